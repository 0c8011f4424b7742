/**
 * Judging a measure against its goal and against its baseline.
 */
import { summarize, type Summary } from './stats.js';
import type { Measure } from './types.js';

/** A measure with its summaries and verdict, as written to the results JSON. */
export interface JudgedMeasure extends Omit<Measure, 'baseline'> {
  summary: Summary;
  baseline?: { label: string; samples: number[]; summary: Summary };
  /** Baseline p50 divided by ours: above 1 means we are that many times faster. */
  ratio: number | null;
  /** null when there is no goal. */
  met: boolean | null;
}

/** Adds summaries, the ratio to the baseline and whether the goal is met. */
export function judge(measure: Measure): JudgedMeasure {
  const summary = summarize(measure.samples);
  const baseline = measure.baseline ? { ...measure.baseline, summary: summarize(measure.baseline.samples) } : undefined;
  const ratio = baseline && summary.p50 > 0 ? baseline.summary.p50 / summary.p50 : null;
  const { goal } = measure;
  const met = goal ? (goal.p50 === undefined || summary.p50 <= goal.p50) && (goal.p95 === undefined || summary.p95 <= goal.p95) : null;
  return { ...measure, summary, baseline, ratio, met };
}

/** "p50 ≤ 60, p95 ≤ 100 ms" */
export function describeGoal(measure: Pick<Measure, 'goal' | 'unit'>): string {
  const { goal, unit } = measure;
  if (!goal) return '—';
  const parts = [];
  if (goal.p50 !== undefined) parts.push(`p50 ≤ ${goal.p50}`);
  if (goal.p95 !== undefined) parts.push(`p95 ≤ ${goal.p95}`);
  return `${parts.join(', ')} ${unit}`;
}
