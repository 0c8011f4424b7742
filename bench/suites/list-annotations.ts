/**
 * Row 5's list figures (issue 9): `listAnnotations` on the 1 MB article with 6,200
 * annotations, 50 callers at once, each call's latency from the moment all 50 were made.
 * Lectern's handlers (anchors cached per article) against the same list re-anchored on every
 * call (`viewsFor`, what listAnnotations did before the cache). The article is the version
 * with an inserted paragraph, so anchoring is not just "still exact" (the unchanged text is
 * a context row). A context row also goes through `dispatch`, which validates the reply
 * against the contract, as both transports do.
 */
import type { AnnotationRecord, Article } from '../../main/contract.js';
import { annotationHandlers, viewsFor, type AnnotationDeps } from '../../main/core/annotations/service.js';
import { dispatch } from '../../main/core/dispatch.js';
import type { LecternApi } from '../../main/contract.js';
import type { Catalog } from '../../main/core/articles/catalog.js';
import type { Store } from '../../main/core/store/db.js';
import { makeAnchoringFixture } from '../fixtures/anchoring-fixture.js';
import { ARTICLE_SEED, SIZES } from '../data/article.js';
import { interleave, type Variant } from '../lib/interleave.js';
import type { BenchContext, Measure } from '../lib/types.js';

const ARTICLE_ID = 'long-read';

/** Handler dependencies over a fixed set of records and one article (nothing is written). */
function depsFor(text: string, records: AnnotationRecord[]): AnnotationDeps {
  const article = { id: ARTICLE_ID, text, contentHash: `bench-${text.length}` } as Article;
  const catalog = { get: () => article, has: (id: string) => id === ARTICLE_ID } as unknown as Catalog;
  const store = { data: { annotations: records, trash: [] }, mutate: async () => {} } as unknown as Store;
  return { store, catalog, clock: () => new Date(0), newId: () => 'unused' };
}

/** Latency of each of `callers` simultaneous calls, from when they were all made. */
async function concurrentLatencies(callers: number, call: () => Promise<unknown>): Promise<number[]> {
  const t0 = performance.now();
  return Promise.all(Array.from({ length: callers }, () => call().then(() => performance.now() - t0)));
}

/** The list rows: cached handlers against re-anchoring per call, interleaved. */
export async function listAnnotationMeasures(ctx: BenchContext): Promise<Measure[]> {
  const bytes = ctx.smoke ? SIZES.smoke.bytes : SIZES.full.bytes;
  const count = ctx.smoke ? 100 : 6_200;
  const callers = ctx.smoke ? 5 : 50;
  const fixture = makeAnchoringFixture(ARTICLE_SEED, bytes, count);
  const records: AnnotationRecord[] = fixture.targets.map((target, i) => ({
    id: `ann-${i}`,
    articleId: ARTICLE_ID,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    colour: 'yellow',
    note: '',
    tags: [],
    target: { ...target, contentHash: 'saved' },
  }));
  const measures: Measure[] = [];
  for (const variant of ['shifted', 'unchanged'] as const) {
    const deps = depsFor(fixture.variants[variant], records);
    // One handler set for all rounds: the cache fills on the first call of the first round, as in the app.
    const api = annotationHandlers(deps) as LecternApi;
    const list = { articleId: ARTICLE_ID };
    viewsFor(deps, ARTICLE_ID); // warm-up of the anchoring code itself, outside any cache
    const variants: Record<string, Variant> = {
      cached: () => concurrentLatencies(callers, () => api.listAnnotations(list)),
      everyCall: () => concurrentLatencies(callers, async () => viewsFor(deps, ARTICLE_ID)),
    };
    if (variant === 'shifted') variants.dispatched = () => concurrentLatencies(callers, () => dispatch(api, 'listAnnotations', list));
    const samples = await interleave(ctx.reps, variants);
    const what = `listAnnotations, ${count} annotations, ${callers} concurrent callers (${variant === 'shifted' ? 'article changed since' : 'article unchanged'})`;
    measures.push({
      id: variant === 'shifted' ? '5-list' : '5-list-unchanged',
      what,
      unit: 'ms',
      samples: samples.cached,
      baseline: { label: 're-anchoring on every call (before the cache)', samples: samples.everyCall },
    });
    if (samples.dispatched) {
      measures.push({ id: '5-list-dispatch', what: `${what}, through dispatch (reply checked against the contract; context)`, unit: 'ms', samples: samples.dispatched });
    }
  }
  return measures;
}
