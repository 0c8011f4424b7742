/**
 * The search baseline: no index, a scan of every article per query. Lower-cased copies of
 * each article are made once up front (a fair scan would keep them); a query matches an
 * article holding every query word as a substring, and title matches rank first.
 */
import type { LibraryDoc } from '../../main/core/search/library-search.js';
import { snippetAround } from '../../main/core/search/snippet.js';

/** A scanner over a fixed library. */
export function naiveSearcher(docs: readonly LibraryDoc[]) {
  const lower = docs.map((d) => ({ doc: d, title: d.title.toLowerCase(), rest: `${d.site} ${d.byline} ${d.text}`.toLowerCase() }));
  return (query: string, limit: number) => {
    const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) return [];
    const hits: Array<{ doc: LibraryDoc; score: number }> = [];
    for (const entry of lower) {
      let score = 0;
      for (const w of words) {
        if (entry.title.includes(w)) score += 10;
        else if (entry.rest.includes(w)) score += 1;
        else {
          score = 0;
          break;
        }
      }
      if (score > 0) hits.push({ doc: entry.doc, score });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit).map((h) => ({ articleId: h.doc.id, title: h.doc.title, snippet: snippetAround(h.doc.text, words), score: h.score }));
  };
}
