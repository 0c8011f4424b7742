/**
 * A full disk, for real: a tiny tmpfs is filled until an append fails, then given room again.
 * The op after the failure must survive a crash (the torn line it used to be glued to is gone).
 * Mounting needs root; where it is not allowed the test says so and is skipped.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, JOURNAL_FILE_NAME } from '../../../main/core/store/db';
import { put } from '../../helpers/store-records';

const mountPoint = mkdtempSync(join(tmpdir(), 'lectern-tmpfs-'));
let mounted = false;
let why = '';
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], { stdio: 'pipe' });
  mounted = true;
} catch (err) {
  why = `cannot mount a tmpfs here (${(err as Error).message.split('\n')[0]}): the full-disk test needs root`;
  console.log(`Skipping the full-disk tests: ${why}`);
}

afterAll(() => {
  // Lazy: a file handle the test runner still holds must not make the unmount fail the run.
  if (mounted) execFileSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** Fills the disk until a write fails; returns the filler so room can be given back. */
async function fillDisk(): Promise<string> {
  const filler = join(mountPoint, 'filler');
  let size = 256 * 1024;
  while (size > 0) {
    try {
      await writeFile(filler, Buffer.alloc(size), { flag: 'w' });
      return filler;
    } catch {
      size -= 512;
    }
  }
  return filler;
}

describe.skipIf(!mounted)('store on a disk that fills up', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(mountPoint, 'data-'));
  });

  it('refuses the change that did not fit, then keeps the next one across a crash', async () => {
    const store = await openStore({ dataDir, idleCompactMs: 3_600_000 });
    await store.mutate(put('before'));
    const filler = await fillDisk();
    const big = 'a long note that cannot fit '.repeat(400);
    await expect(store.mutate(put('too-big', big))).rejects.toThrow(/Could not save/);
    expect(store.data.annotations.map((a) => a.id)).toEqual(['before']);
    await rm(filler);
    await store.mutate(put('after'));
    // Crash: no close. The journal must hold whole lines only.
    const journal = await readFile(join(dataDir, JOURNAL_FILE_NAME), 'utf8');
    expect(journal.endsWith('\n')).toBe(true);
    const reopened = await openStore({ dataDir, idleCompactMs: 3_600_000 });
    expect(reopened.data.annotations.map((a) => a.id).sort()).toEqual(['after', 'before']);
    await reopened.close();
    await store.close();
  });
});

describe.skipIf(!mounted)('closing the library on a full disk', () => {
  it('releases the data folder even when the final save fails, and keeps what was acknowledged', async () => {
    const { createLectern } = await import('../../../main/core/library');
    const { LOCK_FILE_NAME } = await import('../../../main/core/library-folder/lock');
    const dataDir = mkdtempSync(join(mountPoint, 'library-'));
    const seedsDir = mkdtempSync(join(mountPoint, 'seeds-'));
    const lectern = await createLectern({ seedsDir, dataDir });
    await lectern.api.saveSettings({ theme: 'dark' });
    const filler = await fillDisk();
    await expect(lectern.close()).rejects.toThrow();
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    await rm(filler);
    const reopened = await createLectern({ seedsDir, dataDir });
    expect((await reopened.api.getState({})).settings.theme).toBe('dark');
    await reopened.close();
  });
});
