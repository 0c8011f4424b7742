import type { ArticleSummary } from '../../main/contract';

/** How the library lists articles. */
export type SortOrder = 'date' | 'title';

export const SORT_ORDERS: readonly SortOrder[] = ['date', 'title'];

/** Milliseconds since the epoch for a published date, or null when missing or unreadable. */
export function publishedTime(published: string | null): number | null {
  if (!published) return null;
  const time = Date.parse(published);
  return Number.isNaN(time) ? null : time;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** An article with its sort keys worked out once, not once per comparison (a big library compares ~20 times each). */
interface Keyed {
  article: ArticleSummary;
  title: string;
  time: number | null;
}

function byTitle(a: Keyed, b: Keyed): number {
  return collator.compare(a.title, b.title) || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0);
}

/** Newest first; articles without a usable date go last, by title. */
function byDate(a: Keyed, b: Keyed): number {
  const ta = a.time;
  const tb = b.time;
  if (ta !== null && tb !== null && ta !== tb) return tb - ta;
  if (ta === null && tb !== null) return 1;
  if (tb === null && ta !== null) return -1;
  return byTitle(a, b);
}

/** A sorted copy of the library; the input is left alone. */
export function sortArticles(articles: readonly ArticleSummary[], order: SortOrder): ArticleSummary[] {
  const keyed = articles.map((article) => ({ article, title: article.title.trim(), time: order === 'date' ? publishedTime(article.published) : null }));
  keyed.sort(order === 'title' ? byTitle : byDate);
  return keyed.map((k) => k.article);
}

/** The id `step` places from `currentId` in `ordered` (clamped to the ends); the first or last when nothing is open. */
export function neighbourId(ordered: readonly { id: string }[], currentId: string | null, step: number): string | null {
  if (ordered.length === 0) return null;
  const index = currentId === null ? -1 : ordered.findIndex((a) => a.id === currentId);
  if (index === -1) return step > 0 ? ordered[0].id : ordered[ordered.length - 1].id;
  const next = Math.min(ordered.length - 1, Math.max(0, index + step));
  return ordered[next].id;
}
