/**
 * Fuzzy re-anchoring of a quote whose text was edited: approximate search
 * (Myers' bit-parallel algorithm from `approx-string-match`) near the old
 * position first, then over the whole text, each hit scored on quote,
 * context and position. Hits below the threshold are dropped, so an
 * annotation whose passage was deleted detaches instead of landing on a
 * look-alike passage.
 */
import approxSearch from 'approx-string-match';
import type { AnchorTarget } from './describe.js';
import { splitsSurrogatePair } from './describe.js';
import { combinedScore, contextScore, MIN_FUZZY_SCORE } from './match-score.js';

/** Quotes shorter than this are never matched approximately: one edit would be a quarter of them. */
export const MIN_FUZZY_QUOTE_LENGTH = 4;
/** The approximate search first looks this many characters either side of the old passage. */
export const FUZZY_WINDOW = 4096;

/** A place found for an edited quote. */
export interface FuzzyMatch {
  start: number;
  end: number;
  score: number;
}

/** Up to a quarter of the quote may differ, so edits of a few characters still match. */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(256, Math.floor(quoteLength / 4));
}

/** How many context characters are looked for when trimming a match's edges. */
const EDGE_PROBE = 8;

/** Start of the occurrence of `probe` starting nearest `around` (within `slack`), or null. */
function nearestOccurrence(text: string, probe: string, around: number, slack: number): number | null {
  let nearest: number | null = null;
  for (let at = text.indexOf(probe, Math.max(0, around - slack)); at !== -1 && at <= around + slack; at = text.indexOf(probe, at + 1)) {
    if (nearest === null || Math.abs(at - around) < Math.abs(nearest - around)) nearest = at;
  }
  return nearest;
}

/**
 * Approximate search only reports the ends with the fewest errors, which can
 * stop short of an edited last word ("standsti" for "standstill"). Where the
 * remembered suffix (or prefix) begins right next to the match, the match is
 * stretched or trimmed to meet it, so the highlight covers the edited words.
 */
function fitToContext(text: string, target: AnchorTarget, start: number, end: number, slack: number): [number, number] {
  const head = target.quote.suffix.slice(0, EDGE_PROBE);
  const suffixAt = head.length > 0 ? nearestOccurrence(text, head, end, slack) : null;
  if (suffixAt !== null && suffixAt > start) end = suffixAt;
  const tail = target.quote.prefix.slice(-EDGE_PROBE);
  const prefixAt = tail.length > 0 ? nearestOccurrence(text, tail, start - tail.length, slack) : null;
  if (prefixAt !== null && prefixAt + tail.length < end) start = prefixAt + tail.length;
  // Never start or end a highlight inside an emoji.
  if (splitsSurrogatePair(text, start)) start -= 1;
  if (splitsSurrogatePair(text, end)) end += 1;
  return [start, end];
}

function bestMatchIn(text: string, target: AnchorTarget, from: number, to: number): FuzzyMatch | null {
  const quote = target.quote.exact;
  const hint = target.position.start;
  const maxErrors = maxErrorsFor(quote.length);
  const slack = Math.min(maxErrors, 32);
  let best: FuzzyMatch | null = null;
  for (const hit of approxSearch(text.slice(from, to), quote, maxErrors)) {
    const [start, end] = fitToContext(text, target, from + hit.start, from + hit.end, slack);
    const quoteScore = 1 - hit.errors / quote.length;
    const context = contextScore(text, start, end, target.quote);
    const score = combinedScore(quoteScore, context, start, hint, text.length);
    if (score < MIN_FUZZY_SCORE) continue;
    if (best === null || score > best.score || (score === best.score && start < best.start)) {
      best = { start, end, score };
    }
  }
  return best;
}

/**
 * The best approximate place for the target's quote, or null when nothing
 * scores high enough. A match near the old position is preferred to a
 * better-scoring one far away, which keeps anchoring local and fast.
 */
export function matchQuote(text: string, target: AnchorTarget): FuzzyMatch | null {
  const quote = target.quote.exact;
  if (quote.length < MIN_FUZZY_QUOTE_LENGTH) return null;
  const hint = Math.min(Math.max(0, target.position.start), text.length);
  const from = Math.max(0, hint - FUZZY_WINDOW);
  const to = Math.min(text.length, hint + quote.length + FUZZY_WINDOW);
  const near = bestMatchIn(text, target, from, to);
  if (near || (from === 0 && to === text.length)) return near;
  return bestMatchIn(text, target, 0, text.length);
}
