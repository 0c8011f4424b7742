/**
 * Runs a benchmark at smoke sizes (tiny data, one repetition) and checks it produced figures:
 * benchmarks are not timed tests, this only keeps them from rotting.
 */
import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium } from '../../bench/lib/browser';
import { CHROMIUM_PATH } from '../../bench/lib/machine';
import type { Benchmark, BenchContext } from '../../bench/lib/types';
import { judge } from '../../bench/lib/verdict';
import { renderTable } from '../../bench/lib/table';

export const hasChromium = existsSync(CHROMIUM_PATH);

/** A smoke context sharing one browser, which `close` shuts. */
export function smokeContext(): BenchContext & { close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  return {
    reps: 1,
    smoke: true,
    browser: () => (browser ??= launchChromium()),
    log: () => {},
    async close() {
      if (browser) await (await browser).close();
    },
  };
}

/** Runs `bench` and checks every measure has finite, non-negative samples and renders. */
export async function expectFigures(bench: Benchmark, ctx: BenchContext): Promise<void> {
  const out = await bench.run(ctx);
  expect(out.measures.length).toBeGreaterThan(0);
  for (const m of out.measures) {
    expect(m.samples.length, `${m.id} has samples`).toBeGreaterThan(0);
    for (const x of m.samples) expect(Number.isFinite(x) && x >= 0, `${m.id}: ${x}`).toBe(true);
    if (m.baseline) expect(m.baseline.samples.length, `${m.id} baseline`).toBeGreaterThan(0);
  }
  expect(renderTable(out.measures.map(judge))).toContain(`| ${out.measures[0].id} |`);
}
