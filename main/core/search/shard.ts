/**
 * One shard of the library index: a MiniSearch index over some of the articles, saved to
 * its own file with the fingerprint of every article it holds. Opening a shard loads the
 * file and reports which articles are new or changed since it was saved; only those are
 * (re)indexed, so a changed article costs milliseconds, not a rebuild of the library.
 * Pure Node: runs inside a worker thread or, as a fallback, in the main thread.
 */
import { readFile } from 'node:fs/promises';
import { writeFileDurable } from '../store/durable-file.js';
import { decodeShardFile, encodeShardFile } from './shard-file.js';
import { FUZZY_QUERY_OPTIONS, INDEX_FORMAT, QUERY_OPTIONS, type SearchDoc } from './options.js';
import { ShardIndex } from './shard-index.js';

/** An article's identity and fingerprint (changes whenever its indexed content does). */
export interface DocStamp {
  id: string;
  stamp: string;
}

/** One search hit from a shard: the article, its score and the index terms that matched. */
export interface ShardHit {
  id: string;
  score: number;
  terms: string[];
}

/** A loaded (or new) shard. */
export class SearchShard {
  private index = new ShardIndex();
  private stamps = new Map<string, string>();
  private dirty = false;
  private loading: Promise<boolean> | null = null;
  /** Set by the first `open`: later ones report no load, the file was read once. */
  private opened = false;

  constructor(readonly file: string) {}

  /** Reads the saved shard, once (later calls wait for the same read); true when one was loaded. */
  preload(): Promise<boolean> {
    this.loading ??= this.load();
    return this.loading;
  }

  /**
   * Loads the saved shard (first call only), if any and of this format, drops articles that
   * are gone or changed, and returns the ids that must be (re)indexed with `add`.
   */
  async open(wanted: readonly DocStamp[]): Promise<{ need: string[]; loaded: boolean }> {
    // The file is read once; later syncs compare with what is in memory.
    const loaded = (await this.preload()) && !this.opened;
    this.opened = true;
    const current = new Map(wanted.map((d) => [d.id, d.stamp]));
    for (const [id, stamp] of this.stamps) {
      if (current.get(id) !== stamp) this.drop(id);
    }
    const need = wanted.filter((d) => !this.stamps.has(d.id)).map((d) => d.id);
    return { need, loaded };
  }

  /** Indexes articles (new or changed ones, as `open` asked for). */
  add(docs: ReadonlyArray<SearchDoc & { stamp: string }>): void {
    if (this.stamps.size === 0 && docs.length > 1) {
      // A shard built from nothing: one pass instead of one insertion per word.
      this.index = ShardIndex.fromDocs(docs);
      for (const doc of docs) this.stamps.set(doc.id, doc.stamp);
      this.dirty = true;
      return;
    }
    for (const doc of docs) {
      if (this.stamps.has(doc.id)) this.drop(doc.id);
      this.index.add(doc);
      this.stamps.set(doc.id, doc.stamp);
      this.dirty = true;
    }
  }

  /** Writes the shard if anything changed since it was loaded or last saved. */
  async save(): Promise<boolean> {
    if (!this.dirty) return false;
    const bytes = encodeShardFile(INDEX_FORMAT, { ids: [...this.stamps.keys()], stamps: [...this.stamps.values()], index: this.index.toCompact() });
    await writeFileDurable(this.file, bytes);
    this.dirty = false;
    return true;
  }

  /** The best `limit` hits for a query, exact words only or forgiving typos. */
  search(query: string, limit: number, fuzzy: boolean): ShardHit[] {
    const results = this.index.search(query, fuzzy ? FUZZY_QUERY_OPTIONS : QUERY_OPTIONS);
    const hits: ShardHit[] = [];
    for (let i = 0; i < results.length && i < limit; i++) {
      hits.push({ id: String(results[i].id), score: results[i].score, terms: results[i].terms });
    }
    return hits;
  }

  get size(): number {
    return this.stamps.size;
  }

  private drop(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.stamps.delete(id);
    this.dirty = true;
  }

  /** Reads the file; a missing, unreadable or other-format file is an empty shard. */
  private async load(): Promise<boolean> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.file);
    } catch {
      return false;
    }
    try {
      const saved = decodeShardFile(INDEX_FORMAT, bytes);
      if (!saved) return false;
      this.index = ShardIndex.fromCompact(saved.index);
      this.stamps = new Map(saved.ids.map((id, i) => [id, saved.stamps[i]]));
      return true;
    } catch {
      this.index = new ShardIndex();
      this.stamps = new Map();
      this.dirty = true;
      return false;
    }
  }
}
