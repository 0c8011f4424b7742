/**
 * Finding an unchanged quote that moved: among all exact occurrences, the one
 * whose context agrees best wins, then the one nearest the old position, then
 * the earliest. Because the order is lexicographic, an occurrence with intact
 * context at distance d can be proven best by looking only within d of the
 * old position, which is what keeps anchoring local and fast.
 */
import type { AnchorTarget } from './describe.js';
import { contextScore, FAR_COPY_HANDICAP, hasPerfectContext, NEAR_COPY_DISTANCE } from './match-score.js';
import { occurrencesInText } from './text-index.js';

/** Exact occurrences are first looked for this many characters either side of the old start. */
export const LOCAL_WINDOW = 4096;

/** An exact occurrence of the quote and how it ranks. */
export interface Occurrence {
  start: number;
  context: number;
  distance: number;
}

/** Starts of every occurrence of `exact` whose start lies in `from..to` (inclusive). */
export function occurrencesBetween(text: string, exact: string, from: number, to: number): number[] {
  const offset = Math.max(0, from);
  // indexOf cannot be told where to stop, so search a slice that ends where the window does.
  const window = text.slice(offset, Math.max(offset, to + exact.length));
  const starts: number[] = [];
  for (let at = window.indexOf(exact); at !== -1; at = window.indexOf(exact, at + 1)) starts.push(offset + at);
  return starts;
}

function ranksAbove(a: Occurrence, b: Occurrence): boolean {
  if (a.context !== b.context) return a.context > b.context;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.start < b.start;
}

/** The occurrence with intact context nearest the old start, or null. */
export function nearestPerfect(text: string, target: AnchorTarget, starts: number[]): Occurrence | null {
  const length = target.quote.exact.length;
  let best: Occurrence | null = null;
  for (const start of starts) {
    if (!hasPerfectContext(text, start, start + length, target.quote)) continue;
    const candidate = { start, context: 1, distance: Math.abs(start - target.position.start) };
    if (best === null || ranksAbove(candidate, best)) best = candidate;
  }
  return best;
}

/** Context agreement as ranked among imperfect copies: a far one is handicapped. */
function rankedContext(o: Occurrence): number {
  return o.distance > NEAR_COPY_DISTANCE ? o.context - FAR_COPY_HANDICAP : o.context;
}

/**
 * The best-ranked of `starts`, or null when there are none: one with intact context,
 * else the best context agreement (far copies handicapped), then the nearest, then the earliest.
 */
export function bestOccurrence(text: string, target: AnchorTarget, starts: number[]): Occurrence | null {
  const perfect = nearestPerfect(text, target, starts);
  if (perfect) return perfect;
  const length = target.quote.exact.length;
  let best: Occurrence | null = null;
  for (const start of starts) {
    const context = contextScore(text, start, start + length, target.quote);
    const candidate = { start, context, distance: Math.abs(start - target.position.start) };
    if (best === null || ranksImperfectAbove(candidate, best)) best = candidate;
  }
  return best;
}

function ranksImperfectAbove(a: Occurrence, b: Occurrence): boolean {
  const ra = rankedContext(a);
  const rb = rankedContext(b);
  return ra !== rb ? ra > rb : ranksAbove(a, b);
}

/** The outcome of looking for the unchanged quote. */
export interface ShiftSearch {
  /** The best-ranked occurrence, or null when the quote occurs nowhere. */
  best: Occurrence | null;
  /** Every occurrence in the text, known whenever `best` is not a perfect one. */
  starts: number[];
}

/**
 * The best exact occurrence of the quote anywhere in `text`, searched near
 * the old position first; the result is the same as a whole-text ranking.
 */
export function findShifted(text: string, target: AnchorTarget): ShiftSearch {
  const { exact } = target.quote;
  const hint = target.position.start;
  const near = occurrencesBetween(text, exact, hint - LOCAL_WINDOW, hint + LOCAL_WINDOW);
  const local = nearestPerfect(text, target, near);
  // Anything ranking above it would have to be nearer, hence inside the window.
  if (local) return { best: local, starts: near };
  const starts = occurrencesInText(text, exact);
  return { best: bestOccurrence(text, target, starts), starts };
}
