/**
 * The results file: `bench/results/latest.json`, one file rewritten per run. A run of a
 * few benchmarks (`npm run bench -- NAME`) replaces only their entries, so the file keeps
 * the latest figure of every benchmark; each entry says when and on what it was measured.
 */
import { readFile, writeFile, rename, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Machine } from './machine.js';
import type { JudgedMeasure } from './verdict.js';

/** One benchmark's figures as stored. */
export interface StoredBench {
  name: string;
  row: number;
  title: string;
  measuredAt: string;
  machine: Machine;
  reps: number;
  seconds: number;
  measures: JudgedMeasure[];
  extra?: Record<string, unknown>;
  error?: string;
}

export interface ResultsFile {
  updatedAt: string;
  machine: Machine;
  benchmarks: StoredBench[];
}

async function readResults(path: string): Promise<ResultsFile | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ResultsFile;
  } catch {
    return null;
  }
}

/** Merges this run's benchmarks into the results file (replacing same-named ones) and returns it. */
export async function saveResults(path: string, machine: Machine, run: StoredBench[]): Promise<ResultsFile> {
  const previous = (await readResults(path))?.benchmarks ?? [];
  const names = new Set(run.map((b) => b.name));
  const benchmarks = [...previous.filter((b) => !names.has(b.name)), ...run].sort((a, b) => a.row - b.row || a.name.localeCompare(b.name));
  const results: ResultsFile = { updatedAt: new Date().toISOString(), machine, benchmarks };
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp`;
  // Samples are kept (they are what p50/p95 come from), rounded to keep the file readable.
  await writeFile(temp, JSON.stringify(results, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(4)) : v), 1) + '\n');
  await rename(temp, path);
  return results;
}
