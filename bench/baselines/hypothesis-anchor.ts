/**
 * The re-anchoring baseline: per quote, scan the whole text for exact occurrences, and only
 * when there are none run an approximate search over the whole text; score every candidate
 * on quote, context and position and keep the best. This is the order the Hypothesis client
 * follows (exact whole-text scan, then fuzzy), without Lectern's local-first search or its
 * shift detection. Written for the benchmark, on the same approx-string-match library.
 */
import approxSearch from 'approx-string-match';
import type { AnchorTarget } from '../../main/core/annotations/describe.js';

const QUOTE = 50;
const CONTEXT = 20;
const POSITION = 2;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function similarity(expected: string, actual: string): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  const [best] = approxSearch(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

function exactCandidates(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

function score(text: string, target: AnchorTarget, c: Candidate): number {
  const { exact, prefix, suffix } = target.quote;
  const quote = 1 - c.errors / exact.length;
  const before = prefix ? similarity(prefix, text.slice(Math.max(0, c.start - prefix.length), c.start)) : 1;
  const after = suffix ? similarity(suffix, text.slice(c.end, c.end + suffix.length)) : 1;
  const position = 1 - Math.abs(c.start - target.position.start) / text.length;
  return (QUOTE * quote + CONTEXT * before + CONTEXT * after + POSITION * position) / (QUOTE + 2 * CONTEXT + POSITION);
}

/** Where the baseline puts one annotation, or null when nothing matches. */
export function anchorLikeHypothesis(text: string, target: AnchorTarget): { start: number; end: number } | null {
  const { exact } = target.quote;
  if (exact.length === 0) return null;
  let candidates = exactCandidates(text, exact);
  if (candidates.length === 0) candidates = approxSearch(text, exact, Math.min(256, Math.floor(exact.length / 2)));
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const s = score(text, target, c);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best ? { start: best.start, end: best.end } : null;
}
