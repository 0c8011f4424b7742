/**
 * Annotation handlers: create, update, delete (to trash), restore, list with re-anchoring.
 * Logic takes its store, catalog, clock and id source as parameters (as Thorium's
 * annotation controller does), so it runs and is tested in plain Node. Anchors come from
 * a per-article cache (anchor-cache.ts), so listing an unchanged article re-anchors nothing.
 */
import type { AnnotationRecord, AnnotationView, LecternApi, ParsedInput } from '../../contract.js';
import type { Store } from '../store/db.js';
import type { Catalog } from '../articles/catalog.js';
import { describeRange, anchorAll, type AnchorResult } from './anchor.js';
import { createAnchorCache, type AnchorCache } from './anchor-cache.js';
import { ApiFailure, invalid, notFound } from '../errors.js';

export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

export interface AnnotationDeps {
  store: Store;
  catalog: Catalog;
  clock: () => Date;
  newId: () => string;
  /** Where anchors are remembered; one per handler set when not given (tests pass one that counts). */
  anchorCache?: AnchorCache;
}

type AnnotationMethods = Pick<
  LecternApi,
  'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'deleteAnnotation' | 'restoreAnnotation' | 'listTrash' | 'listTags'
>;

/** Re-anchors every annotation of one article against its current text, in document order. */
export function viewsFor(deps: Pick<AnnotationDeps, 'store' | 'catalog'>, articleId: string): AnnotationView[] {
  const article = deps.catalog.get(articleId);
  const records = deps.store.data.annotations.filter((a) => a.articleId === articleId);
  const anchors = anchorAll(article.text, records.map((r) => r.target));
  return sortedViews(records, anchors);
}

function sortedViews(records: readonly AnnotationRecord[], anchors: readonly AnchorResult[]): AnnotationView[] {
  // Frozen, so a reply checked once at the boundary stays checked (see dispatch's checkReply).
  return records.map((record, i) => Object.freeze({ ...record, anchor: Object.freeze({ ...anchors[i] }) })).sort(documentOrder);
}

/** The last list answered per article, reused while its text and its records (the very same objects) are. */
interface ListedViews {
  contentHash: string;
  records: readonly AnnotationRecord[];
  views: AnnotationView[];
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function documentOrder(a: AnnotationView, b: AnnotationView): number {
  const as = a.anchor.start ?? Number.POSITIVE_INFINITY;
  const bs = b.anchor.start ?? Number.POSITIVE_INFINITY;
  return as - bs || (a.anchor.end ?? 0) - (b.anchor.end ?? 0) || a.created.localeCompare(b.created);
}

/** Checks a range against the article's current text and returns the selectors for it. */
function targetFor(deps: AnnotationDeps, articleId: string, range: { start: number; end: number }, exact?: string) {
  const article = deps.catalog.get(articleId);
  if (range.end > article.text.length) {
    throw invalid(`range: ends at ${range.end}, past the end of the article (${article.text.length} characters)`);
  }
  const selectors = describeRange(article.text, range.start, range.end);
  if (exact !== undefined && exact !== selectors.quote.exact) {
    throw new ApiFailure('conflict', 'the selected text does not match the article any more; reload the article');
  }
  if (selectors.quote.exact.trim() === '') throw invalid('range: selects only whitespace');
  return { ...selectors, contentHash: article.contentHash };
}

/** One record placed in its article's current text (anchoring just this one, remembered for the next list). */
async function viewOf(deps: AnnotationDeps, cache: AnchorCache, record: AnnotationRecord): Promise<AnnotationView> {
  const article = deps.catalog.get(record.articleId);
  const [anchor] = await cache.anchorsFor(article, [record]);
  return { ...record, anchor };
}

function uniqueTags(tags: string[]): string[] {
  return [...new Set(tags)];
}

/** Drops trash entries older than 30 days; called at start. */
export async function purgeTrash(deps: Pick<AnnotationDeps, 'store' | 'clock'>): Promise<number> {
  const cutoff = deps.clock().getTime() - TRASH_DAYS * DAY_MS;
  const expired = deps.store.data.trash.filter((t) => Date.parse(t.deletedAt) < cutoff);
  if (expired.length === 0) return 0;
  await deps.store.mutate(expired.map((t) => ({ t: 'removeTrash', id: t.annotation.id })));
  return expired.length;
}

/** The annotation part of the API. */
export function annotationHandlers(deps: AnnotationDeps): AnnotationMethods {
  const { store, clock, newId } = deps;
  const cache = deps.anchorCache ?? createAnchorCache();
  const listed = new Map<string, ListedViews>();

  return {
    async listAnnotations({ articleId }) {
      const article = deps.catalog.get(articleId);
      const records = store.data.annotations.filter((a) => a.articleId === articleId);
      // The very same record objects over the same text: the last answer still holds.
      const reusable = () => {
        const last = listed.get(articleId);
        return last && last.contentHash === article.contentHash && sameItems(last.records, records) ? [...last.views] : null;
      };
      const early = reusable();
      if (early) return early;
      const anchors = await cache.anchorsFor(article, records, true);
      // Callers that waited on the same computation take the list the first of them sorted.
      const shared = reusable();
      if (shared) return shared;
      const views = sortedViews(records, anchors);
      listed.set(articleId, { contentHash: article.contentHash, records, views });
      return [...views];
    },

    async createAnnotation(input: ParsedInput<'createAnnotation'>) {
      const now = clock().toISOString();
      const record: AnnotationRecord = {
        id: newId(),
        articleId: input.articleId,
        created: now,
        modified: now,
        colour: input.colour,
        note: input.note,
        tags: uniqueTags(input.tags),
        target: targetFor(deps, input.articleId, input.range, input.exact),
      };
      await store.mutate([{ t: 'putAnnotation', record }]);
      return viewOf(deps, cache, record);
    },

    async updateAnnotation(input) {
      const current = store.data.annotations.find((a) => a.id === input.id);
      if (!current) throw notFound(`Annotation "${input.id}"`);
      const next: AnnotationRecord = {
        ...current,
        colour: input.colour ?? current.colour,
        note: input.note ?? current.note,
        tags: input.tags ? uniqueTags(input.tags) : current.tags,
        target: input.range ? targetFor(deps, current.articleId, input.range) : current.target,
        modified: clock().toISOString(),
      };
      await store.mutate([{ t: 'putAnnotation', record: next }]);
      return viewOf(deps, cache, next);
    },

    async deleteAnnotation({ id }) {
      const current = store.data.annotations.find((a) => a.id === id);
      if (!current) throw notFound(`Annotation "${id}"`);
      const entry = { deletedAt: clock().toISOString(), annotation: current };
      await store.mutate([
        { t: 'removeAnnotation', id },
        { t: 'putTrash', entry },
      ]);
      return { ok: true as const };
    },

    async restoreAnnotation({ id }) {
      const entry = store.data.trash.find((t) => t.annotation.id === id);
      if (!entry) throw notFound(`Annotation "${id}" in the trash`);
      if (store.data.annotations.some((a) => a.id === id)) throw new ApiFailure('conflict', `Annotation "${id}" already exists`);
      await store.mutate([
        { t: 'removeTrash', id },
        { t: 'putAnnotation', record: entry.annotation },
      ]);
      return viewOf(deps, cache, entry.annotation);
    },

    async listTrash() {
      return [...store.data.trash].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    },

    async listTags() {
      const counts = new Map<string, number>();
      for (const a of store.data.annotations) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
      return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
    },
  };
}
