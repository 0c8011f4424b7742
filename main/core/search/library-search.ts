/**
 * The library's search index: the articles split over a few shards by a hash of their id,
 * each shard in its own worker thread (built, loaded and queried off the thread that
 * answers the app), saved under `<dataDir>/search-index/`. `sync` brings the shards in line
 * with the library, indexing only new or changed articles; `search` asks every shard and
 * merges their best hits.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { readdir, rm } from 'node:fs/promises';
import type { SearchDoc } from './options.js';
import type { ShardHit } from './shard.js';
import { startShardHost, type ShardHost } from './shard-host.js';

export const INDEX_DIR_NAME = 'search-index';

/** An article to index, with the content hash that tells when it changed. */
export type LibraryDoc = SearchDoc & { contentHash: string };

export interface LibrarySearchOptions {
  /** The data folder; shards are saved in its `search-index` folder. */
  dataDir: string;
  /** How many shards (and worker threads); defaults to the cores available, at most 4. */
  shards?: number;
  /** Keep every shard in this thread (tests of the fallback, tools). */
  inProcess?: boolean;
  /** A bundled worker script to run the shards in (default: found next to this module). */
  workerScript?: string;
}

/** What a sync did, for logs and benchmarks. */
export interface SyncReport {
  shards: number;
  inWorkers: boolean;
  /** Shards whose saved file was loaded. */
  loaded: number;
  /** Articles (re)indexed. */
  indexed: number;
  ms: number;
  /** The slowest shard's own time to load its file and to index, inside its thread. */
  shardMs: { open: number; add: number };
}

/** The fingerprint of everything indexed about an article. */
export function stampOf(doc: LibraryDoc): string {
  return `${doc.contentHash}\u0001${doc.title}\u0001${doc.site}\u0001${doc.byline}`;
}

/** FNV-1a of the id: a stable shard for each article as the library grows. */
export function shardOf(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

function shardFile(dir: string, i: number, n: number): string {
  return join(dir, `shard-${i + 1}-of-${n}.json`);
}

/** The library index over a data folder. */
export class LibrarySearch {
  private readonly dir: string;
  private readonly count: number;
  private hosts: ShardHost[];
  private saving: Promise<void> = Promise.resolve();
  private synced = false;
  /** The last background save's failure, if any (kept for diagnostics). */
  saveError: Error | null = null;

  constructor(private readonly options: LibrarySearchOptions) {
    this.dir = join(options.dataDir, INDEX_DIR_NAME);
    this.count = Math.max(1, options.shards ?? Math.min(4, availableParallelism()));
    this.hosts = this.startHosts(options.inProcess ?? false);
  }

  /** Below this many exact hits in all, a query is asked again forgiving typos. */
  static readonly FUZZY_BELOW = 5;

  /** True once a sync has finished, so `search` answers from a complete index. */
  get ready(): boolean {
    return this.synced;
  }

  /** Loads the saved shards and indexes what is new or changed; saving continues in the background. */
  async sync(docs: readonly LibraryDoc[]): Promise<SyncReport> {
    try {
      return await this.syncOn(docs);
    } catch (err) {
      if (!this.hosts[0]?.inWorker) throw err;
      // A worker that cannot start (no loader for its script, no threads): do it here instead.
      await Promise.all(this.hosts.map((h) => h.close().catch(() => undefined)));
      this.hosts = this.startHosts(true);
      return this.syncOn(docs);
    }
  }

  /**
   * The best `limit` hits over the whole library, best first. Exact words first; only when
   * they find (almost) nothing is the query asked again with typos forgiven, which costs
   * several times more and is rarely needed.
   */
  async search(query: string, limit: number): Promise<ShardHit[]> {
    let hits = await this.searchShards(query, limit, false);
    if (hits.length < Math.min(limit, LibrarySearch.FUZZY_BELOW)) hits = await this.searchShards(query, limit, true);
    return hits;
  }

  private async searchShards(query: string, limit: number, fuzzy: boolean): Promise<ShardHit[]> {
    const perShard = await Promise.all(this.hosts.map((h) => h.call({ op: 'search', query, limit, fuzzy })));
    return perShard.flat().sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  /** Waits for pending saves and stops the workers. */
  async close(): Promise<void> {
    await this.saving;
    await Promise.all(this.hosts.map((h) => h.close()));
  }

  /** Waits until every shard changed by the last sync is on disk (or failed to be: see saveError). */
  async saved(): Promise<void> {
    await this.saving;
  }

  /** Starts the shard hosts, each reading its saved file at once, while the library is being listed. */
  private startHosts(inProcess: boolean): ShardHost[] {
    return Array.from({ length: this.count }, (_, i) => {
      const host = startShardHost({ inProcess, workerScript: this.options.workerScript });
      host.call({ op: 'preload', file: shardFile(this.dir, i, this.count) }).catch(() => undefined);
      return host;
    });
  }

  private async syncOn(docs: readonly LibraryDoc[]): Promise<SyncReport> {
    const t0 = performance.now();
    await this.saving;
    const parts = Array.from({ length: this.count }, () => [] as LibraryDoc[]);
    for (const doc of docs) parts[shardOf(doc.id, this.count)].push(doc);
    const results = await Promise.all(
      this.hosts.map(async (host, i) => {
        const wanted = parts[i].map((d) => ({ id: d.id, stamp: stampOf(d) }));
        const opened = await host.call({ op: 'open', file: shardFile(this.dir, i, this.count), wanted });
        const need = new Set(opened.need);
        const fresh = parts[i].filter((d) => need.has(d.id));
        let addMs = 0;
        if (fresh.length > 0) {
          const payload = fresh.map((d) => ({ id: d.id, title: d.title, site: d.site, byline: d.byline, text: d.text, stamp: stampOf(d) }));
          addMs = (await host.call({ op: 'add', docs: payload })).ms;
        }
        return { loaded: opened.loaded, indexed: fresh.length, openMs: opened.ms, addMs };
      }),
    );
    this.synced = true;
    // A failed save is not an error for the reader: the index is simply built again next time.
    const saves = Promise.all([...this.hosts.map((h) => h.call({ op: 'save' })), this.removeOtherShardFiles()]);
    this.saving = saves.then(
      () => undefined,
      (err: Error) => {
        this.saveError = err;
      },
    );
    return {
      shards: this.count,
      inWorkers: this.hosts[0]?.inWorker ?? false,
      loaded: results.filter((r) => r.loaded).length,
      indexed: results.reduce((n, r) => n + r.indexed, 0),
      ms: performance.now() - t0,
      shardMs: { open: Math.max(...results.map((r) => r.openMs)), add: Math.max(...results.map((r) => r.addMs)) },
    };
  }

  /** Shard files of another shard count (another machine) are stale once these are written. */
  private async removeOtherShardFiles(): Promise<void> {
    const keep = new Set(Array.from({ length: this.count }, (_, i) => `shard-${i + 1}-of-${this.count}.json`));
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    await Promise.all(names.filter((n) => /^shard-\d+-of-\d+\.json$/.test(n) && !keep.has(n)).map((n) => rm(join(this.dir, n), { force: true })));
  }
}
