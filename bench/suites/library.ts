/**
 * Row 7: a library of 10,000 articles. The list's first frame (the real LibrarySidebar in
 * Chromium); a search query through the real searchLibrary handler (baseline: a naive scan);
 * building the index from nothing (in worker threads, off the thread that answers the app);
 * loading the saved index; and re-indexing after one article changed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../main/contract.js';
import type { Catalog } from '../../main/core/articles/catalog.js';
import { LibrarySearch } from '../../main/core/search/library-search.js';
import { createSearchService } from '../../main/core/search/service.js';
import { naiveSearcher } from '../baselines/naive-search.js';
import { makeLibrary, type LibraryArticle } from '../data/library.js';
import { makeQueries } from '../data/queries.js';
import { openPage, serveBenchPage } from '../lib/browser.js';
import { bundleSearchWorker } from '../lib/search-worker.js';
import { interleave, timed } from '../lib/interleave.js';
import type { BenchContext, Measure } from '../lib/types.js';
import type { Benchmark } from '../lib/types.js';

const LIST_ENTRY = fileURLToPath(new URL('../browser/library-page.tsx', import.meta.url));

/** A catalog over generated articles, as the handler sees the real one. */
function fakeCatalog(library: readonly LibraryArticle[]): Catalog {
  const byId = new Map(library.map((a) => [a.doc.id, a]));
  return {
    refresh: async () => null,
    problem: () => null,
    has: (id) => byId.has(id),
    summaries: (count) => library.map((a) => ({ ...a.summary, annotationCount: count(a.summary.id) })),
    get(id) {
      const a = byId.get(id)!;
      return { ...a.summary, annotationCount: 0, blocks: [], text: a.doc.text, contentHash: a.doc.contentHash } satisfies Article;
    },
  };
}

async function listFirstFrame(ctx: BenchContext, library: readonly LibraryArticle[]): Promise<{ samples: number[]; rendered: number }> {
  const site = await serveBenchPage(LIST_ENTRY, 'Lectern library bench');
  try {
    await site.put('data.json', JSON.stringify(library.map((a) => a.summary)));
    const page = await openPage(await ctx.browser(), site.url);
    const samples: number[] = [];
    const perRep = ctx.smoke ? 1 : 5;
    for (let k = 0; k < ctx.reps * perRep; k++) samples.push(await page.evaluate(() => (window as unknown as { bench: { renderList(): Promise<number> } }).bench.renderList()));
    const rendered = await page.evaluate(() => (window as unknown as { bench: { rendered(): number } }).bench.rendered());
    await page.close();
    return { samples, rendered };
  } finally {
    await site.close();
  }
}

async function indexTimes(ctx: BenchContext, library: readonly LibraryArticle[], workerScript: string) {
  const docs = library.map((a) => a.doc);
  const build: number[] = [];
  const load: number[] = [];
  const update: number[] = [];
  const inside = { buildAdd: [] as number[], loadOpen: [] as number[] };
  let inWorkers = false;
  let shards = 0;
  for (let rep = 0; rep < ctx.reps; rep++) {
    const dataDir = await mkdtemp(join(tmpdir(), 'lectern-bench-index-'));
    try {
      const buildStart = performance.now();
      const fresh = new LibrarySearch({ dataDir, workerScript });
      const built = await fresh.sync(docs);
      build.push(performance.now() - buildStart);
      inside.buildAdd.push(built.shardMs.add);
      ({ inWorkers, shards } = built);
      await fresh.close();
      // Timed from the start: creating the search starts its workers reading their files.
      const loadStart = performance.now();
      const again = new LibrarySearch({ dataDir, workerScript });
      const loaded = await again.sync(docs);
      if (loaded.indexed !== 0) throw new Error(`the saved index was not reused (${loaded.indexed} re-indexed)`);
      load.push(performance.now() - loadStart);
      inside.loadOpen.push(loaded.shardMs.open);
      const changed = docs.map((d, i) => (i === rep ? { ...d, text: `${d.text} Edited.`, contentHash: `${d.contentHash}-edited` } : d));
      update.push((await again.sync(changed)).ms);
      await again.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  return { build, load, update, inWorkers, shards, inside };
}

async function queryTimes(ctx: BenchContext, library: readonly LibraryArticle[], workerScript: string) {
  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-bench-search-'));
  try {
    const docs = library.map((a) => a.doc);
    const service = createSearchService({ catalog: fakeCatalog(library), store: { file: join(dataDir, 'lectern.json') } }, { workerScript });
    const { api } = service;
    const naive = naiveSearcher(docs);
    const queries = makeQueries(docs, ctx.smoke ? 5 : 60, 77);
    await api.searchLibrary({ query: queries[0], limit: 50 }); // waits for the index
    let resultCount = 0;
    const samples = await interleave(ctx.reps, {
      index: async () => {
        const times: number[] = [];
        for (const query of queries) times.push(await timed(async () => (resultCount += (await api.searchLibrary({ query, limit: 50 })).length)));
        return times;
      },
      naive: async () => Promise.all(queries.map((q) => timed(() => naive(q, 50)))),
    });
    await service.close();
    return { ...samples, queries: queries.length, meanResults: resultCount / (queries.length * ctx.reps) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export const librarySearch: Benchmark = {
  name: 'library',
  row: 7,
  title: 'Library of 10,000 articles: list, search, index build and load',
  async run(ctx) {
    const count = ctx.smoke ? 200 : 10_000;
    const library = makeLibrary(count);
    const list = await listFirstFrame(ctx, library);
    const worker = await bundleSearchWorker();
    const index = await indexTimes(ctx, library, worker.file).finally(() => undefined);
    const queries = await queryTimes(ctx, library, worker.file).finally(() => worker.dispose());
    const n = count.toLocaleString('en');
    const measures: Measure[] = [
      { id: '7-list', what: `Library list of ${n} → first frame (LibrarySidebar)`, unit: 'ms', samples: list.samples, goal: { p95: 16 } },
      { id: '7-search', what: `Search query, ${n} articles (searchLibrary)`, unit: 'ms', samples: queries.index, goal: { p95: 5 }, baseline: { label: 'naive scan', samples: queries.naive } },
      { id: '7-build', what: `Index build from nothing, ${n} articles (${index.shards} worker shards)`, unit: 'ms', samples: index.build, goal: { p95: 1000 } },
      { id: '7-load', what: `Saved index load, ${n} articles`, unit: 'ms', samples: index.load, goal: { p95: 200 } },
      { id: '7-update', what: 'Re-index after one article changed (context)', unit: 'ms', samples: index.update },
    ];
    const textMB = library.reduce((s, a) => s + a.doc.text.length, 0) / 1e6;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
      measures,
      extra: {
        articles: count,
        textMB,
        listItemsRendered: list.rendered,
        indexInWorkers: index.inWorkers,
        // Inside the slowest worker: indexing its shard, and reading + decoding its saved file.
        medianShardMs: { buildIndexing: median(index.inside.buildAdd), loadReading: median(index.inside.loadOpen) },
        queriesPerRep: queries.queries,
        meanResultsPerQuery: queries.meanResults,
      },
    };
  },
};
