/**
 * The data folder's lock on a file system without hard links (a FAT or exFAT drive, some
 * network shares), where link() fails with EPERM: the lock is created in place instead.
 */
import { describe, it, expect, vi } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  const link = async () => {
    throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
  };
  return { ...real, link, default: { ...real, link } };
});

const { acquireLock, LOCK_FILE_NAME } = await import('../../../main/core/library-folder/lock');

describe('the data folder lock without hard links', () => {
  it('is taken, refused to a second taker, and released', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-nolink-'));
    const release = await acquireLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(acquireLock(dir, { refuseOwnProcess: true })).rejects.toThrow(/still open in this process/);
    await release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });
});
