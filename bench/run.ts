/**
 * `npm run bench [-- NAME…] [--reps N] [--smoke]`: runs the benchmarks (all, or the named
 * ones), prints the table of p50/p95 beside goals and baselines, and writes
 * bench/results/latest.json with the machine it ran on.
 */
import { fileURLToPath } from 'node:url';
import { describeMachine } from './lib/machine.js';
import { saveResults } from './lib/report.js';
import { updateReadme } from './lib/readme.js';
import { runBenchmarks } from './lib/runner.js';
import { renderTable } from './lib/table.js';
import { selectBenchmarks } from './suites/index.js';

const RESULTS = fileURLToPath(new URL('./results/latest.json', import.meta.url));
const README = fileURLToPath(new URL('./README.md', import.meta.url));
const DEFAULT_REPS = 7;

function parseArgs(argv: string[]): { names: string[]; reps: number; smoke: boolean } {
  const names: string[] = [];
  let reps = DEFAULT_REPS;
  let smoke = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reps') reps = Number(argv[++i]);
    else if (argv[i] === '--smoke') smoke = true;
    else names.push(argv[i]);
  }
  if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps needs a positive integer');
  return { names, reps, smoke };
}

async function main(): Promise<void> {
  const { names, reps, smoke } = parseArgs(process.argv.slice(2));
  const benchmarks = selectBenchmarks(names);
  const machine = await describeMachine();
  console.log(`Lectern benchmarks on ${machine.cpuModel} × ${machine.cores}, Node ${machine.node}, ${machine.chromium ?? 'no Chromium'}; ${reps} reps${smoke ? ' (smoke sizes)' : ''}`);
  const t0 = performance.now();
  const run = await runBenchmarks(benchmarks, { reps, smoke, machine, log: (m) => console.log(m) });
  const measures = run.flatMap((b) => b.measures);
  console.log(`\n${renderTable(measures)}\n`);
  for (const b of run) if (b.extra) console.log(`${b.name}: ${JSON.stringify(b.extra)}`);
  if (!smoke) {
    const results = await saveResults(RESULTS, machine, run);
    const readme = (await updateReadme(README, results)) ? ` and the table in ${README}` : '';
    console.log(`\nWrote ${RESULTS}${readme} (${((performance.now() - t0) / 1000).toFixed(0)} s in all)`);
  }
  const failed = run.filter((b) => b.error);
  if (failed.length > 0) {
    console.error(`Failed: ${failed.map((b) => `${b.name} (${b.error})`).join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
