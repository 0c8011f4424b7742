/**
 * Which words of a search result to emphasise. The back end matches each query word as a
 * prefix of a word in the text (and forgives small typos), so a word of the result that
 * begins with one of the query's words is shown as a match; typo matches stay plain.
 */

/** A run of text, emphasised or not. */
export interface Segment {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a query, lower case, without repeats; single letters match too much to be useful. */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const [word] of query.toLowerCase().matchAll(WORD)) if (word.length > 1) terms.add(word);
  return [...terms];
}

/**
 * Splits `text` into runs so that every word starting with one of `terms` is a run of its
 * own marked as a match. Joining the runs gives `text` back unchanged.
 */
export function emphasise(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  const segments: Segment[] = [];
  let plainFrom = 0;
  for (const found of text.matchAll(WORD)) {
    const word = found[0].toLowerCase();
    if (!terms.some((term) => word.startsWith(term))) continue;
    const at = found.index;
    if (at > plainFrom) segments.push({ text: text.slice(plainFrom, at), match: false });
    segments.push({ text: found[0], match: true });
    plainFrom = at + found[0].length;
  }
  if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom), match: false });
  return segments;
}
