/**
 * Anchors remembered per article, so listing an article's annotations re-anchors only what
 * changed. An anchor depends on nothing but the article's text and the annotation's
 * selectors, so an entry is keyed by the article's content hash and checked, record by
 * record, against the selectors it was computed from: a changed text drops the article's
 * entry, a created, edited, restored or replaced record misses and is anchored again, and
 * no path that changes the data (a handler, a backup import, an undone write) can leave a
 * stale answer behind. Concurrent callers share one computation per article; it runs in
 * slices that yield to the event loop, so other calls are served while it runs.
 */
import type { AnnotationRecord } from '../../contract.js';
import { anchorAll } from './anchor-all.js';
import type { AnchorResult } from './anchor-target.js';
import type { AnchorTarget } from './describe.js';

/** What the cache needs of an article. */
export interface AnchoredText {
  id: string;
  text: string;
  contentHash: string;
}

/** Anchors for an article's records, computed once per (text, selectors). */
export interface AnchorCache {
  /**
   * The anchor of each record in the article's text, in the order given. `allOfArticle`
   * says `records` are all the article has, so remembered ones not among them can go.
   */
  anchorsFor(article: AnchoredText, records: readonly AnnotationRecord[], allOfArticle?: boolean): Promise<AnchorResult[]>;
}

export interface AnchorCacheOptions {
  /** Told how many annotations were anchored each time the cache had to compute (tests count with it). */
  onAnchored?: (count: number) => void;
  /** Annotations anchored between two yields to the event loop. */
  sliceSize?: number;
  /** Articles kept; the least recently used is dropped past this. */
  maxArticles?: number;
}

interface Remembered {
  target: AnchorTarget;
  anchor: AnchorResult;
}

interface ArticleEntry {
  contentHash: string;
  byId: Map<string, Remembered>;
  running: Promise<void> | null;
}

function sameTarget(a: AnchorTarget, b: AnchorTarget): boolean {
  if (a === b) return true;
  return (
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix
  );
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Creates an empty cache. */
export function createAnchorCache(options: AnchorCacheOptions = {}): AnchorCache {
  const sliceSize = options.sliceSize ?? 1_000;
  const maxArticles = options.maxArticles ?? 32;
  const articles = new Map<string, ArticleEntry>();

  function entryFor(article: AnchoredText): ArticleEntry {
    let entry = articles.get(article.id);
    if (!entry || entry.contentHash !== article.contentHash) {
      entry = { contentHash: article.contentHash, byId: new Map(), running: null };
    }
    // Re-inserted so the Map's order is least recently used first.
    articles.delete(article.id);
    articles.set(article.id, entry);
    while (articles.size > maxArticles) articles.delete(articles.keys().next().value!);
    return entry;
  }

  const isCurrent = (entry: ArticleEntry, record: AnnotationRecord) => {
    const known = entry.byId.get(record.id);
    return known !== undefined && sameTarget(known.target, record.target);
  };

  async function compute(entry: ArticleEntry, text: string, records: AnnotationRecord[]): Promise<void> {
    for (let from = 0; from < records.length; from += sliceSize) {
      if (from > 0) await yieldToEventLoop();
      const slice = records.slice(from, from + sliceSize);
      // anchorAll equals anchoring one by one, so slicing changes no result.
      const anchors = anchorAll(text, slice.map((r) => r.target));
      slice.forEach((r, i) => entry.byId.set(r.id, { target: r.target, anchor: anchors[i] }));
      options.onAnchored?.(slice.length);
    }
  }

  return {
    async anchorsFor(article, records, allOfArticle = false) {
      const entry = entryFor(article);
      let computedHere = false;
      for (;;) {
        // Someone else is computing this article: wait, then take what is still missing.
        if (entry.running) {
          await entry.running;
          continue;
        }
        const missing = records.filter((r) => !isCurrent(entry, r));
        if (missing.length === 0) break;
        // Still missing after our own round: changed again meanwhile, or an id given twice.
        if (computedHere) return anchorsDirect(entry, article.text, records);
        computedHere = true;
        entry.running = compute(entry, article.text, missing).finally(() => (entry.running = null));
        await entry.running;
      }
      if (allOfArticle && entry.byId.size > 2 * records.length + 64) prune(entry, records);
      return records.map((r) => entry.byId.get(r.id)!.anchor);
    },
  };

  /** The answer for exactly these records, from the cache where current and computed (not kept) where not. */
  function anchorsDirect(entry: ArticleEntry, text: string, records: readonly AnnotationRecord[]): AnchorResult[] {
    const stale = records.filter((r) => !isCurrent(entry, r));
    const fresh = anchorAll(text, stale.map((r) => r.target));
    options.onAnchored?.(stale.length);
    let next = 0;
    return records.map((r) => (isCurrent(entry, r) ? entry.byId.get(r.id)!.anchor : fresh[next++]));
  }
}

/** Forgets records that are gone (deleted annotations), so an entry does not grow without end. */
function prune(entry: ArticleEntry, records: readonly AnnotationRecord[]): void {
  const live = new Set(records.map((r) => r.id));
  for (const id of entry.byId.keys()) if (!live.has(id)) entry.byId.delete(id);
}
