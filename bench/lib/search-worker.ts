/**
 * The search worker as the built app runs it: main/core/search/worker.ts bundled by esbuild
 * into one plain JavaScript file (from source, a worker would first compile TypeScript,
 * which would be counted against the index load).
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../main/core/search/worker.ts', import.meta.url));

/** Bundles the worker; returns its path and a cleanup. */
export async function bundleSearchWorker(): Promise<{ file: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-bench-worker-'));
  const file = join(dir, 'search-worker.mjs');
  await build({ entryPoints: [ENTRY], outfile: file, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  return { file, dispose: () => rm(dir, { recursive: true, force: true }) };
}
