/**
 * Library search: a MiniSearch index over titles, sites, bylines and text of every article
 * (main/core/search/), saved in the data folder and brought up to date off the hot path,
 * shortly after start and again in the background when the library changes. Queries are
 * answered from the loaded index, each hit with a snippet around its first match.
 */
import { dirname } from 'node:path';
import type { LecternApi, Output } from '../../contract.js';
import type { Catalog } from '../articles/catalog.js';
import { LibrarySearch, type SyncReport } from './library-search.js';
import { docsFromCatalog, libraryFingerprint } from './catalog-docs.js';
import { snippetAround } from './snippet.js';

export interface SearchHandlerOptions {
  /** Wait this long after start before loading or building the index (ms). */
  startDelayMs?: number;
  /** Look for changes in the library at most this often while searching (ms). */
  recheckMs?: number;
  /** Keep the index in this thread (no worker threads). */
  inProcess?: boolean;
  shards?: number;
  /** A bundled worker script for the shards (default: found next to the search module). */
  workerScript?: string;
  onSync?: (report: SyncReport) => void;
}

type SearchResults = Output<'searchLibrary'>;

/** The search part of the API. */
export function searchHandlers(deps: SearchDeps, options: SearchHandlerOptions = {}): Pick<LecternApi, 'searchLibrary'> {
  return createSearchService(deps, options).api;
}

type SearchDeps = { catalog: Catalog; store: { file: string } };

/** The search API plus a way to stop its workers once pending saves are done (tools, tests, benchmarks). */
export function createSearchService(deps: SearchDeps, options: SearchHandlerOptions = {}): { api: Pick<LecternApi, 'searchLibrary'>; close(): Promise<void> } {
  const { catalog } = deps;
  // Created on first use (a moment after start, or the first query): the app's own start
  // does not share the CPU with starting the search workers.
  let created: LibrarySearch | null = null;
  const searchIndex = () =>
    (created ??= new LibrarySearch({ dataDir: dirname(deps.store.file), inProcess: options.inProcess, shards: options.shards, workerScript: options.workerScript }));
  let fingerprint: string | null = null;
  let syncing: Promise<void> | null = null;
  let lastCheck = 0;

  /** Syncs the index with the catalog unless it already matches; one sync at a time. */
  function syncNow(): Promise<void> {
    syncing ??= (async () => {
      try {
        const docs = docsFromCatalog(catalog);
        const print = libraryFingerprint(docs);
        if (print === fingerprint) return;
        const report = await searchIndex().sync(docs);
        fingerprint = print;
        options.onSync?.(report);
      } finally {
        syncing = null;
        lastCheck = Date.now();
      }
    })();
    return syncing;
  }

  const timer = setTimeout(() => void syncNow().catch(() => undefined), options.startDelayMs ?? 300);
  timer.unref();

  function recheckLater(): void {
    if (syncing || Date.now() - lastCheck < (options.recheckMs ?? 5_000)) return;
    lastCheck = Date.now();
    setImmediate(() => void syncNow().catch(() => undefined));
  }

  const api: Pick<LecternApi, 'searchLibrary'> = {
    async searchLibrary({ query, limit }): Promise<SearchResults> {
      if (query.trim() === '') return [];
      if (!searchIndex().ready) await syncNow();
      const hits = await searchIndex().search(query, limit);
      recheckLater();
      const results: SearchResults = [];
      for (const hit of hits) {
        if (!catalog.has(hit.id)) continue;
        try {
          const article = catalog.get(hit.id);
          results.push({ articleId: hit.id, title: article.title, snippet: snippetAround(article.text, hit.terms), score: hit.score });
        } catch {
          // Unreadable since it was indexed: leave it out.
        }
      }
      return results;
    },
  };
  return {
    api,
    async close() {
      clearTimeout(timer);
      await syncing?.catch(() => undefined);
      await created?.close();
    },
  };
}
