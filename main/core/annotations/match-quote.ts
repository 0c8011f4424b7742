/**
 * Fuzzy re-anchoring of a quote whose text was edited: approximate search
 * (Myers' bit-parallel algorithm from `approx-string-match`) near the old
 * position first, then in the few windows elsewhere that share enough of the
 * quote's 4-grams (never a scan of the whole text), each hit scored on quote,
 * context and position. Hits below the threshold are dropped, and so are hits
 * away from the old place whose context disagrees, so an annotation whose
 * passage was deleted detaches instead of landing on a look-alike passage.
 */
import approxSearch from 'approx-string-match';
import type { AnchorTarget } from './describe.js';
import { splitsSurrogatePair } from './describe.js';
import { combinedScore, contextScore, FAR_MIN_CONTEXT, MIN_FUZZY_SCORE } from './match-score.js';
import { occurrencesBetween } from './shift.js';
import { candidateWindows } from './text-index.js';

/** Quotes shorter than this are never matched approximately: one edit would be a quarter of them. */
export const MIN_FUZZY_QUOTE_LENGTH = 4;
/** The approximate search first looks this many characters either side of the old passage. */
export const FUZZY_WINDOW = 4096;
/** Spans up to this long are searched whole (a few microseconds); longer ones only in their candidate windows. */
const SEARCHED_WHOLE = 2048;
/**
 * Share of the quote's rarest 4-grams a window must keep on one diagonal: near the old
 * place, where an edited passage most likely is, a quarter; elsewhere, 40%. Each edited
 * character breaks at most 4 grams, so a copy with a few edits keeps most; a passage that
 * merely uses the same words keeps them scattered over many diagonals.
 */
const NEAR_SHARE = 0.25;
const FAR_SHARE = 0.4;

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
  for (const at of occurrencesBetween(text, probe, around - slack, around + slack)) {
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

/**
 * `text.slice(from, to)` with every exact occurrence of the quote blanked out.
 * Approximate search reports only the matches with the fewest errors, so an
 * exact copy elsewhere (already weighed as a shift) would hide the edited
 * original; blanking lets the search see past it.
 */
function searchable(text: string, from: number, to: number, quoteLength: number, exactStarts: readonly number[]): string {
  const blank = '\u0000'.repeat(quoteLength);
  let out = '';
  let at = from;
  for (const start of exactStarts) {
    if (start + quoteLength <= from || start >= to) continue;
    const a = Math.max(at, start);
    const b = Math.min(to, start + quoteLength);
    if (b <= a) continue;
    out += text.slice(at, a) + blank.slice(0, b - a);
    at = b;
  }
  return at === from ? text.slice(from, to) : out + text.slice(at, to);
}

/** Where to search and what a hit there needs: `minContext` is 0 near the old place. */
interface SearchSpan {
  from: number;
  to: number;
  minContext: number;
}

/** The best hit in `span`: searched whole when short, else only in its candidate windows. */
function bestMatchAround(text: string, target: AnchorTarget, span: SearchSpan, share: number, exactStarts: readonly number[]): FuzzyMatch | null {
  if (span.to - span.from <= SEARCHED_WHOLE) return bestMatchIn(text, target, span, exactStarts);
  const quote = target.quote.exact;
  let best: FuzzyMatch | null = null;
  for (const [from, to] of candidateWindows(text, quote, maxErrorsFor(quote.length), { from: span.from, to: span.to, minShare: share })) {
    const found = bestMatchIn(text, target, { from, to, minContext: span.minContext }, exactStarts);
    // Windows come in text order, so on equal scores the earliest wins, as in one whole search.
    if (found && (best === null || found.score > best.score)) best = found;
  }
  return best;
}

function bestMatchIn(text: string, target: AnchorTarget, span: SearchSpan, exactStarts: readonly number[]): FuzzyMatch | null {
  const { from, to, minContext } = span;
  const quote = target.quote.exact;
  const hint = target.position.start;
  const maxErrors = maxErrorsFor(quote.length);
  const slack = Math.min(maxErrors, 32);
  let best: FuzzyMatch | null = null;
  for (const hit of approxSearch(searchable(text, from, to, quote.length, exactStarts), quote, maxErrors)) {
    const [start, end] = fitToContext(text, target, from + hit.start, from + hit.end, slack);
    const quoteScore = 1 - hit.errors / quote.length;
    const context = contextScore(text, start, end, target.quote);
    if (context < minContext) continue;
    const score = combinedScore(quoteScore, context, start, hint, text.length);
    if (score < MIN_FUZZY_SCORE) continue;
    if (best === null || score > best.score || (score === best.score && start < best.start)) {
      best = { start, end, score };
    }
  }
  return best;
}

/**
 * The best approximate place for the target's quote within FUZZY_WINDOW of
 * its old position, or null when nothing there scores high enough.
 * `exactStarts` are the places where the quote occurs exactly (ascending),
 * which this search skips: they are weighed as shifts instead.
 */
export function matchNear(text: string, target: AnchorTarget, exactStarts: readonly number[] = []): FuzzyMatch | null {
  if (target.quote.exact.length < MIN_FUZZY_QUOTE_LENGTH) return null;
  const [from, to] = nearWindow(text, target);
  return bestMatchAround(text, target, { from, to, minContext: 0 }, NEAR_SHARE, exactStarts);
}

/**
 * Like `matchNear`, but when nothing near scores high enough, the rest of the
 * text is searched: only its candidate windows, and a hit there counts only
 * when its context agrees. A match near the old position is preferred to a
 * better-scoring one far away, which keeps anchoring local and fast.
 */
export function matchQuote(text: string, target: AnchorTarget, exactStarts: readonly number[] = []): FuzzyMatch | null {
  if (target.quote.exact.length < MIN_FUZZY_QUOTE_LENGTH) return null;
  const [from, to] = nearWindow(text, target);
  const near = bestMatchAround(text, target, { from, to, minContext: 0 }, NEAR_SHARE, exactStarts);
  if (near || (from === 0 && to === text.length)) return near;
  return bestMatchAround(text, target, { from: 0, to: text.length, minContext: FAR_MIN_CONTEXT }, FAR_SHARE, exactStarts);
}

function nearWindow(text: string, target: AnchorTarget): [number, number] {
  const hint = Math.min(Math.max(0, target.position.start), text.length);
  return [Math.max(0, hint - FUZZY_WINDOW), Math.min(text.length, hint + target.quote.exact.length + FUZZY_WINDOW)];
}
