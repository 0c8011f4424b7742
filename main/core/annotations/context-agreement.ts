/**
 * When a place found for a quote away from its old position may be trusted. A quote's
 * words alone do not say which passage it was: prose repeats itself (a stock phrase, a
 * pull quote, a sentence an editor pasted elsewhere), so a copy far from the old place
 * counts only when its surroundings agree with what the annotation remembers, and never
 * when the text shows that the passage itself was cut out where it used to be.
 */
import type { AnchorTarget } from './describe.js';
import { occurrencesBetween, type Occurrence } from './shift.js';
import { maxErrorsFor } from './match-quote.js';
import { DISTINCT_QUOTE_LENGTH, FAR_MIN_CONTEXT, MIN_SHIFTED_CONTEXT, NEAR_COPY_DISTANCE } from './match-score.js';

/** How much of the prefix's end and the suffix's start must meet to show the quote was cut out. */
const SEAM_CHARS = 16;
const MIN_SEAM_SIDE = 8;
/** The outer ends of the context, looked for when the quote went with some of its surroundings. */
const OUTER_CHARS = 16;

/**
 * True when the text around the old place shows the quote was deleted there: the end of
 * the remembered prefix runs straight into the start of the remembered suffix, or (when a
 * little of the surroundings went too) the outer ends of prefix and suffix now stand closer
 * together than any edit within the fuzzy tolerance could bring them (unless the quote is
 * still near: then its context was edited, not the quote). Any look-alike elsewhere is
 * then another passage. `nearest` is the best exact copy found, if any.
 */
export function wasCutOutNearby(text: string, target: AnchorTarget, nearest: Occurrence | null): boolean {
  const { prefix, suffix } = target.quote;
  if (prefix.length < MIN_SEAM_SIDE || suffix.length < MIN_SEAM_SIDE) return false;
  const head = prefix.slice(-SEAM_CHARS);
  const seam = head + suffix.slice(0, SEAM_CHARS);
  const around = target.position.start - head.length;
  if (occurrencesBetween(text, seam, around - NEAR_COPY_DISTANCE, around + NEAR_COPY_DISTANCE).length > 0) return true;
  return !(nearest && nearest.distance <= NEAR_COPY_DISTANCE) && slotShrunk(text, target);
}

/** The prefix's first and the suffix's last characters, found close together near the old place. */
function slotShrunk(text: string, target: AnchorTarget): boolean {
  const { prefix, exact, suffix } = target.quote;
  if (prefix.length < OUTER_CHARS + MIN_SEAM_SIDE || suffix.length < OUTER_CHARS + MIN_SEAM_SIDE) return false;
  const outerPrefix = prefix.slice(0, OUTER_CHARS);
  const outerSuffix = suffix.slice(-OUTER_CHARS);
  // Distance from the outer prefix's start to the outer suffix's start as written.
  const span = prefix.length + exact.length + suffix.length - OUTER_CHARS;
  const tolerance = maxErrorsFor(exact.length);
  const oldAt = target.position.start - prefix.length;
  const lefts = occurrencesBetween(text, outerPrefix, oldAt - NEAR_COPY_DISTANCE, oldAt + NEAR_COPY_DISTANCE);
  if (lefts.length === 0) return false;
  const rights = occurrencesBetween(text, outerSuffix, lefts[0], lefts[lefts.length - 1] + span);
  let r = 0;
  for (const left of lefts) {
    while (r < rights.length && rights[r] < left + OUTER_CHARS) r += 1;
    if (r === rights.length) return false;
    // Closer than the tolerance allows, and the quote is not in between: it went, not its context.
    if (rights[r] - left < span - tolerance && text.slice(left, rights[r]).indexOf(exact) === -1) return true;
  }
  return false;
}

/**
 * Whether an exact copy whose context is not intact may stand for the passage. Near the old
 * place a long quote (a sentence is rarely repeated by chance) or half its context is
 * enough; far away, only context agreement is, however long the quote.
 */
export function trustsCopy(copy: Occurrence, target: AnchorTarget): boolean {
  if (copy.distance <= NEAR_COPY_DISTANCE) {
    return copy.context >= MIN_SHIFTED_CONTEXT || target.quote.exact.length >= DISTINCT_QUOTE_LENGTH;
  }
  return copy.context >= FAR_MIN_CONTEXT;
}
