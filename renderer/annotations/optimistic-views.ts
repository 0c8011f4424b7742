/** The views a store shows before the server answers: a new highlight, an edited one, in document order. */
import type { AnnotationView, Colour } from '../../main/contract';

export interface AnnotationPatch {
  colour?: Colour;
  note?: string;
  tags?: string[];
  range?: { start: number; end: number };
}

/** The article a store works on: its id, its plain text and the hash of that text. */
export type StoreArticle = { id: string; text: string; contentHash: string };

/** A highlight as shown at once, before the server saved it. */
export function newView(article: StoreArticle, id: string, range: { start: number; end: number }, colour: Colour, extra: { note: string; tags: string[]; stamp: string }): AnnotationView {
  const exact = article.text.slice(range.start, range.end);
  return {
    id,
    articleId: article.id,
    created: extra.stamp,
    modified: extra.stamp,
    colour,
    note: extra.note,
    tags: extra.tags,
    target: { quote: { exact, prefix: '', suffix: '' }, position: { ...range }, contentHash: article.contentHash },
    anchor: { status: 'exact', start: range.start, end: range.end, score: 1 },
  };
}

/** `before` with `patch` applied, as shown while the server saves it. */
export function patchedView(article: StoreArticle, before: AnnotationView, patch: AnnotationPatch, stamp: string): AnnotationView {
  return {
    ...before,
    ...(patch.colour !== undefined && { colour: patch.colour }),
    ...(patch.note !== undefined && { note: patch.note }),
    ...(patch.tags !== undefined && { tags: patch.tags }),
    ...(patch.range && {
      anchor: { status: 'exact' as const, start: patch.range.start, end: patch.range.end, score: 1 },
      target: { ...before.target, quote: { ...before.target.quote, exact: article.text.slice(patch.range.start, patch.range.end) } },
    }),
    modified: stamp,
  };
}

/** Document order: by start, then end, then creation; detached highlights last. */
export function documentOrder(a: AnnotationView, b: AnnotationView): number {
  const as = a.anchor.status === 'detached' || a.anchor.start === null ? Infinity : a.anchor.start;
  const bs = b.anchor.status === 'detached' || b.anchor.start === null ? Infinity : b.anchor.start;
  if (as !== bs) return as - bs;
  return (a.anchor.end ?? 0) - (b.anchor.end ?? 0) || a.created.localeCompare(b.created);
}
