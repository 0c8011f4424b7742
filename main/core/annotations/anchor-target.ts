/**
 * Re-anchoring one annotation in the current text: exact where it was, else
 * the same quote moved with its context intact (shifted), else detached when
 * the text shows the passage was cut out where it was, else the better of a
 * trusted copy of the quote elsewhere (shifted) and an edited passage near the
 * old place (fuzzy), else an edited passage elsewhere whose context agrees
 * (fuzzy), else detached. It never guesses: a place that does not score well
 * enough, or lies far away without its context, is not used.
 */
import type { AnchorStatus } from '../../contract.js';
import type { AnchorTarget } from './describe.js';
import { combinedScore } from './match-score.js';
import { trustsCopy, wasCutOutNearby } from './context-agreement.js';
import { matchNear, matchQuote } from './match-quote.js';
import { findShifted, type Occurrence } from './shift.js';

/** Where an annotation lands in the current text; start/end/score are null when detached. */
export interface AnchorResult {
  status: AnchorStatus;
  start: number | null;
  end: number | null;
  score: number | null;
}

/** The result for an annotation whose passage could not be found. */
export function detached(): AnchorResult {
  return { status: 'detached', start: null, end: null, score: null };
}

/** True when the quote is still exactly at its recorded position. */
export function isExactAt(text: string, target: AnchorTarget): boolean {
  const { exact } = target.quote;
  const { start, end } = target.position;
  return exact.length > 0 && start >= 0 && end - start === exact.length && text.startsWith(exact, start);
}

/** The exact-position result. */
export function exactResult(target: AnchorTarget): AnchorResult {
  return { status: 'exact', start: target.position.start, end: target.position.end, score: 1 };
}

/** The shifted result for an accepted occurrence. */
export function shiftedResult(text: string, target: AnchorTarget, occurrence: Occurrence): AnchorResult {
  const { start, context } = occurrence;
  const score = combinedScore(1, context, start, target.position.start, text.length);
  return { status: 'shifted', start, end: start + target.quote.exact.length, score };
}

/**
 * Anchors one annotation in `text`. Offsets are JS string (UTF-16) offsets.
 * An empty quote has nothing to highlight and is always detached.
 */
export function anchorTarget(text: string, target: AnchorTarget): AnchorResult {
  if (target.quote.exact.length === 0) return detached();
  if (isExactAt(text, target)) return exactResult(target);
  const { best, starts } = findShifted(text, target);
  // A moved quote with its context intact is as sure as it gets.
  if (best && best.context === 1) return shiftedResult(text, target, best);
  // The old place shows the passage was deleted there (its prefix runs into its suffix): not moved.
  if (wasCutOutNearby(text, target, best)) return detached();
  const shifted = best && trustsCopy(best, target) ? shiftedResult(text, target, best) : null;
  // An edited passage at the old place may still fit better than a copy elsewhere;
  // the whole text is searched only when there is no copy to fall back on.
  const fuzzy = shifted ? matchNear(text, target, starts) : matchQuote(text, target, starts);
  if (fuzzy && (shifted === null || fuzzy.score > shifted.score!)) return { status: 'fuzzy', ...fuzzy };
  return shifted ?? detached();
}
