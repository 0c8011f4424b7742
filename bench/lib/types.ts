/**
 * What a benchmark is and what it reports. A benchmark returns one or more measures (table
 * rows); a measure has our samples, optionally a baseline's samples from the same run, and
 * the goal it is held to.
 */
import type { Browser } from 'playwright';

/** Targets for a measure, in the measure's unit; a missing percentile is not judged. */
export interface Goal {
  p50?: number;
  p95?: number;
}

/** One row of the results table. */
export interface Measure {
  /** Row id as in the table, e.g. "1", "5b", "7-search". */
  id: string;
  what: string;
  unit: 'ms' | 'MB' | 'bytes';
  samples: number[];
  goal?: Goal;
  baseline?: { label: string; samples: number[] };
  note?: string;
}

/** What one benchmark produced: table rows plus figures that are not timings (memory, sizes, phases). */
export interface BenchOutput {
  measures: Measure[];
  extra?: Record<string, unknown>;
}

/** Shared services and knobs handed to every benchmark. */
export interface BenchContext {
  /** Repetitions (interleaved rounds); at least 7 for a real run, 1 in smoke tests. */
  reps: number;
  /** Tiny sizes for smoke tests: checks the code runs, the figures mean nothing. */
  smoke: boolean;
  /** One Chromium for all browser benchmarks, launched on first use. */
  browser(): Promise<Browser>;
  log(message: string): void;
}

/** A benchmark in the suite. */
export interface Benchmark {
  name: string;
  /** The row of the table it answers. */
  row: number;
  title: string;
  run(ctx: BenchContext): Promise<BenchOutput>;
}
