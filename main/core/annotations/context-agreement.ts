/**
 * When a place found for a quote away from its old position may be trusted. A quote's
 * words alone do not say which passage it was: prose repeats itself (a stock phrase, a
 * pull quote, a sentence an editor pasted elsewhere), so a copy far from the old place
 * counts only when its surroundings agree with what the annotation remembers, and never
 * when the text shows that the passage itself was cut out where it used to be.
 */
import type { AnchorTarget } from './describe.js';
import { occurrencesBetween, type Occurrence } from './shift.js';
import { DISTINCT_QUOTE_LENGTH, MIN_SHIFTED_CONTEXT, NEAR_COPY_DISTANCE } from './match-score.js';

/** Context agreement (0..1) a copy or an edited match needs away from the old place. */
export const FAR_MIN_CONTEXT = 0.6;
/** How much of the prefix's end and the suffix's start must meet to show the quote was cut out. */
const SEAM_CHARS = 16;
const MIN_SEAM_SIDE = 8;

/**
 * True when the text around the old place holds the end of the remembered prefix followed
 * at once by the start of the remembered suffix: the quote was deleted from between them,
 * so any look-alike elsewhere is another passage.
 */
export function wasCutOutNearby(text: string, target: AnchorTarget): boolean {
  const { prefix, suffix } = target.quote;
  if (prefix.length < MIN_SEAM_SIDE || suffix.length < MIN_SEAM_SIDE) return false;
  const head = prefix.slice(-SEAM_CHARS);
  const seam = head + suffix.slice(0, SEAM_CHARS);
  const around = target.position.start - head.length;
  return occurrencesBetween(text, seam, around - NEAR_COPY_DISTANCE, around + NEAR_COPY_DISTANCE).length > 0;
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
