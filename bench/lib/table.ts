/**
 * The results table, as Markdown: readable in a terminal and pasteable into the README.
 */
import { describeGoal, type JudgedMeasure } from './verdict.js';

/** A number with about three significant digits (0.0123, 1.23, 12.3, 1234). */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  if (abs >= 0.01) return value.toFixed(3);
  return value.toPrecision(2);
}

function ratioText(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return ratio >= 1 ? `${fmt(ratio)}× faster` : `${fmt(1 / ratio)}× slower`;
}

function verdictText(met: boolean | null): string {
  if (met === null) return '—';
  return met ? 'yes' : '**no**';
}

const HEADER = ['#', 'Measure', 'p50', 'p95', 'Goal', 'Met', 'Baseline', 'Baseline p50', 'Baseline p95', 'Ratio (p50)'];

/** The Markdown table of judged measures. */
export function renderTable(measures: readonly JudgedMeasure[]): string {
  const rows = measures.map((m) => [
    m.id,
    m.what,
    fmt(m.summary.p50),
    fmt(m.summary.p95),
    describeGoal(m),
    verdictText(m.met),
    m.baseline?.label ?? '—',
    m.baseline ? fmt(m.baseline.summary.p50) : '—',
    m.baseline ? fmt(m.baseline.summary.p95) : '—',
    ratioText(m.ratio),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows.map(line)].join('\n');
}
