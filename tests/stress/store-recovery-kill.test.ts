/**
 * Temp files of interrupted compactions: SIGKILL a store while it rewrites a large data file,
 * ten times, then start once. The start removes every temp file the kills left (and nothing
 * else), and the data file opens with every annotation.
 */
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../../main/core/store/db';

const CHILD = resolve('tests/helpers/store-recovery-child.ts');
const ANNOTATIONS = 20_000;
const KILLS = 10;

/** Starts the rewriting child, lets it write for `ms` after it is ready, then kills it. */
function runThenKill(dataDir: string, ms: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(ANNOTATIONS)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`child exited with ${code}: ${errors}`))));
  });
}

async function tempFiles(dataDir: string): Promise<{ count: number; bytes: number }> {
  const names = (await readdir(dataDir)).filter((name) => name.endsWith('.tmp'));
  let bytes = 0;
  for (const name of names) bytes += (await stat(join(dataDir, name))).size;
  return { count: names.length, bytes };
}

describe('stale temp files after kills during compaction', () => {
  it(`removes what ${KILLS} kills mid-write left, keeps other files, and opens every annotation`, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lectern-stress-recovery-'));
    await writeFile(join(dataDir, 'notes.tmp'), 'not ours');
    // Each kill may leave a temp file; the next start (the child's own) must remove it before writing more.
    const leftByKill: number[] = [];
    let leftBytes = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      await runThenKill(dataDir, 50 + ((kill * 97) % 400));
      const left = await tempFiles(dataDir);
      leftByKill.push(left.count - 1);
      leftBytes += left.bytes - 'not ours'.length;
      expect(left.count - 1, 'temp files never pile up across starts').toBeLessThanOrEqual(2);
    }
    console.log(`temp files of ours left by each of ${KILLS} kills: ${leftByKill.join(', ')} (${(leftBytes / 1e6).toFixed(1)} MB in all)`);
    // Without a kill landing mid-write the test would prove nothing.
    expect(leftByKill.some((n) => n > 0)).toBe(true);

    const started = performance.now();
    const store = await openStore({ dataDir });
    const openMs = performance.now() - started;
    const after = await tempFiles(dataDir);
    console.log(`start removed them in an open of ${openMs.toFixed(0)} ms; .tmp files left: ${after.count} (notes.tmp)`);

    expect(after.count).toBe(1);
    expect(await readdir(dataDir)).toContain('notes.tmp');
    expect(store.data.annotations.filter((a) => a.id.startsWith('a'))).toHaveLength(ANNOTATIONS);
    await store.close();
  }, 180_000);
});
