/**
 * Anchoring many annotations at once, with exactly the results of
 * `anchorTarget` for each, but fast when the text moved as a whole: the
 * offsets by which earlier annotations moved are tried first, and a quote
 * found there with its context intact only needs a look as far from its old
 * position as it moved to prove no better occurrence exists.
 */
import type { AnchorTarget } from './describe.js';
import { anchorTarget, detached, exactResult, isExactAt, shiftedResult, type AnchorResult } from './anchor-target.js';
import { hasPerfectContext } from './match-score.js';
import { nearestPerfect, occurrencesBetween } from './shift.js';

const REMEMBERED_DELTAS = 8;

/** Moves `delta` to the front of the list of recently seen shifts. */
function remember(deltas: number[], delta: number): void {
  const at = deltas.indexOf(delta);
  if (at === 0) return;
  if (at > 0) deltas.splice(at, 1);
  deltas.unshift(delta);
  if (deltas.length > REMEMBERED_DELTAS) deltas.pop();
}

/** A shifted result at one of the known deltas, or null when none fits. */
function shiftedByKnownDelta(text: string, target: AnchorTarget, deltas: number[]): AnchorResult | null {
  const { exact } = target.quote;
  const old = target.position.start;
  for (const delta of deltas) {
    const moved = old + delta;
    if (moved < 0 || !text.startsWith(exact, moved)) continue;
    if (!hasPerfectContext(text, moved, moved + exact.length, target.quote)) continue;
    // Intact context at distance |delta|: only nearer (or equally near) occurrences
    // with intact context can rank above it, and those are occurrences of the whole
    // prefix + quote + suffix, a longer string that indexOf skips through faster.
    const reach = Math.abs(delta);
    const { prefix, suffix } = target.quote;
    const whole = occurrencesBetween(text, prefix + exact + suffix, old - reach - prefix.length, old + reach - prefix.length);
    const best = nearestPerfect(text, target, whole.map((at) => at + prefix.length));
    if (!best) continue;
    remember(deltas, best.start - old);
    return shiftedResult(text, target, best);
  }
  return null;
}

/**
 * Anchors every target in `text`; `anchorAll(text, ts)` deep-equals
 * `ts.map((t) => anchorTarget(text, t))`.
 */
export function anchorAll(text: string, targets: readonly AnchorTarget[]): AnchorResult[] {
  const deltas: number[] = [];
  return targets.map((target) => {
    if (target.quote.exact.length === 0) return detached();
    if (isExactAt(text, target)) return exactResult(target);
    const known = shiftedByKnownDelta(text, target, deltas);
    if (known) return known;
    const result = anchorTarget(text, target);
    if (result.start !== null) remember(deltas, result.start - target.position.start);
    return result;
  });
}
