/**
 * A fresh back end for a test: a temp data folder, a temp copy of the seeds,
 * a fixed clock and counting ids so results are repeatable.
 */
import { mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLectern, type Lectern } from '../../main/core/library';

export interface TestLectern {
  lectern: Lectern;
  dataDir: string;
  seedsDir: string;
  /** Opens the same folders again, as a restart would. */
  reopen(): Promise<Lectern>;
}

/** Creates a back end over fresh temp folders. */
export async function makeLectern(options: { seeds?: boolean } = {}): Promise<TestLectern> {
  const root = await mkdtemp(join(tmpdir(), 'lectern-test-'));
  const seedsDir = join(root, 'seeds');
  const dataDir = join(root, 'data');
  if (options.seeds !== false) await cp(resolve('seeds'), seedsDir, { recursive: true });
  let n = 0;
  const open = () =>
    createLectern({
      seedsDir,
      dataDir,
      clock: () => new Date('2026-03-01T10:00:00.000Z'),
      newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    });
  return { lectern: await open(), dataDir, seedsDir, reopen: open };
}
