/**
 * Runs benchmarks with a shared, lazily launched Chromium and collects judged results.
 * A benchmark that throws is recorded with its error and the others still run.
 */
import type { Browser } from 'playwright';
import { launchChromium } from './browser.js';
import type { Machine } from './machine.js';
import type { StoredBench } from './report.js';
import type { Benchmark, BenchContext } from './types.js';
import { judge } from './verdict.js';

export interface RunOptions {
  reps: number;
  smoke: boolean;
  machine: Machine;
  log?: (message: string) => void;
}

/** Runs the benchmarks one after the other. */
export async function runBenchmarks(benchmarks: readonly Benchmark[], options: RunOptions): Promise<StoredBench[]> {
  const launched: { browser: Promise<Browser> | null } = { browser: null };
  const log = options.log ?? (() => {});
  const ctx: BenchContext = {
    reps: options.reps,
    smoke: options.smoke,
    browser: () => (launched.browser ??= launchChromium()),
    log,
  };
  const results: StoredBench[] = [];
  try {
    for (const bench of benchmarks) {
      log(`▶ ${bench.name}: ${bench.title}`);
      const t0 = performance.now();
      const base = { name: bench.name, row: bench.row, title: bench.title, measuredAt: new Date().toISOString(), machine: options.machine, reps: options.reps };
      try {
        const out = await bench.run(ctx);
        results.push({ ...base, seconds: (performance.now() - t0) / 1000, measures: out.measures.map(judge), extra: out.extra });
      } catch (err) {
        log(`  ✗ ${bench.name} failed: ${(err as Error).stack ?? err}`);
        results.push({ ...base, seconds: (performance.now() - t0) / 1000, measures: [], error: String((err as Error).message ?? err) });
      }
      log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    if (launched.browser) await (await launched.browser).close();
  }
  return results;
}
