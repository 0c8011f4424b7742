/**
 * Keeps the results table in bench/README.md in step with bench/results/latest.json: the
 * text between the two marker comments is replaced after every run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { ResultsFile } from './report.js';
import { renderTable } from './table.js';

export const START = '<!-- results:start -->';
export const END = '<!-- results:end -->';

/** The Markdown for the results section: machine, table, and extra figures per benchmark. */
export function resultsSection(results: ResultsFile): string {
  const m = results.machine;
  const lines = [
    `Measured ${results.updatedAt.slice(0, 16).replace('T', ' ')} UTC on ${m.cpuModel} × ${m.cores} cores, ${m.memoryGB} GB, ${m.os}; Node ${m.node}; ${m.chromium ?? 'no Chromium'}. ` +
      `Load average when the run started: ${m.loadAverageAtStart.toFixed(1)}.`,
    '',
    renderTable(results.benchmarks.flatMap((b) => b.measures)),
    '',
  ];
  for (const b of results.benchmarks) {
    if (b.error) lines.push(`- **${b.name}** failed: ${b.error}`);
    else if (b.extra) lines.push(`- ${b.name} (${b.reps} reps, ${b.seconds.toFixed(0)} s): \`${JSON.stringify(b.extra)}\``);
  }
  return lines.join('\n');
}

/** Rewrites the section between the markers; leaves the file alone when they are missing. */
export async function updateReadme(path: string, results: ResultsFile): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return false;
  }
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a === -1 || b < a) return false;
  await writeFile(path, `${text.slice(0, a + START.length)}\n${resultsSection(results)}\n${text.slice(b)}`);
  return true;
}
