/**
 * How well a candidate place in the text fits what an annotation remembers.
 * The weights follow the idea of the Hypothesis client's quote matcher: the
 * quote itself matters most, the surrounding context next, and the distance
 * to the old position only breaks near-ties.
 */
import type { TextQuoteSelector } from '../../contract.js';

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 40;
const POSITION_WEIGHT = 2;

/** A fuzzy match is kept only when its combined score reaches this. */
export const MIN_FUZZY_SCORE = 0.75;
/**
 * A copy of the quote elsewhere, without its full context, is trusted when it
 * brought at least half its context, or when the quote is this long (a
 * sentence is rarely repeated by chance, a word or a name often is); even
 * then an edited passage at the old place wins if it scores higher.
 */
export const DISTINCT_QUOTE_LENGTH = 32;
export const MIN_SHIFTED_CONTEXT = 0.5;
/**
 * A copy this close to the old start is "where the passage was", give or take the edits
 * before it; farther away it is a different place and must bring its context along.
 */
export const NEAR_COPY_DISTANCE = 8192;
/** Context agreement (0..1) a copy or an edited match needs away from the old place. */
export const FAR_MIN_CONTEXT = 0.6;
/**
 * When no copy kept its whole context, one far away must agree this much better than a
 * near one to be preferred: stock phrases recur, and their surroundings often half agree.
 */
export const FAR_COPY_HANDICAP = 0.25;

let column = new Int32Array(64);

/**
 * Fewest edits turning `expected` into some substring of `actual` (the
 * semi-global edit distance that approx-string-match also computes). Written
 * out here because contexts are only ~32 characters and are compared
 * thousands of times, where the library's per-call setup would dominate.
 */
function editsWithin(expected: string, actual: string): number {
  const m = expected.length;
  if (column.length <= m) column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i += 1) column[i] = i;
  let best = m;
  for (let j = 0; j < actual.length; j += 1) {
    const ch = actual.charCodeAt(j);
    let diagonal = 0; // a match may start anywhere in `actual`
    for (let i = 1; i <= m; i += 1) {
      const left = column[i];
      const substitute = diagonal + (expected.charCodeAt(i - 1) === ch ? 0 : 1);
      column[i] = Math.min(substitute, left + 1, column[i - 1] + 1);
      diagonal = left;
    }
    if (column[m] < best) best = column[m];
  }
  return best;
}

/**
 * Similarity of `actual` to `expected` in 0..1 by edit distance;
 * exactly 1 only when `actual` contains `expected` (for context slices of the
 * same length: when they are equal).
 */
export function textSimilarity(expected: string, actual: string): number {
  if (actual === expected) return 1;
  if (actual.length === 0 || expected.length === 0) return 0;
  return 1 - editsWithin(expected, actual) / expected.length;
}

/**
 * Mean similarity of the remembered prefix and suffix to the text around
 * `start..end`. An empty prefix or suffix (the quote sat at the text's edge)
 * says nothing, so it is left out rather than counted as a free match.
 */
export function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  let total = 0;
  let parts = 0;
  if (quote.prefix.length > 0) {
    total += textSimilarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
    parts += 1;
  }
  if (quote.suffix.length > 0) {
    total += textSimilarity(quote.suffix, text.slice(end, end + quote.suffix.length));
    parts += 1;
  }
  return parts === 0 ? 1 : total / parts;
}

/** Cheap test for `contextScore(...) === 1`: prefix and suffix are both intact. */
export function hasPerfectContext(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  const { prefix, suffix } = quote;
  const prefixOk = prefix.length === 0 || (start >= prefix.length && text.startsWith(prefix, start - prefix.length));
  return prefixOk && (suffix.length === 0 || text.startsWith(suffix, end));
}

/** Combined score in 0..1 from quote similarity, context similarity and distance to the old start. */
export function combinedScore(quote: number, context: number, start: number, hint: number, textLength: number): number {
  const position = textLength > 0 ? 1 - Math.min(1, Math.abs(start - hint) / textLength) : 1;
  const raw = QUOTE_WEIGHT * quote + CONTEXT_WEIGHT * context + POSITION_WEIGHT * position;
  return raw / (QUOTE_WEIGHT + CONTEXT_WEIGHT + POSITION_WEIGHT);
}
