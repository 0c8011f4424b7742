/**
 * A data folder on a read-only or full disk: the CLI says which folder and what to do and
 * exits non-zero without a stack trace; an import answers `io_error`; SIGTERM on a full disk
 * still releases the lock and keeps every acknowledged change (the journal holds it).
 *
 * A real read-only folder cannot be made with chmod as root, so these tests mount a small
 * tmpfs (remounted read-only where needed) and skip, saying why, where mounting is not allowed.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLectern } from '../../../main/core/library';
import { dispatch } from '../../../main/core/dispatch';
import { runCli, apiClient, type CliRun } from '../../helpers/cli-process';

const mounts: string[] = [];

/** A fresh tmpfs of `size` (e.g. "2m"), or the reason none can be mounted here. */
function mountTmpfs(size: string): { dir: string } | { skip: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (err) {
    return { skip: `cannot mount a tmpfs here (${String((err as Error).message).split('\n')[0]})` };
  }
  mounts.push(dir);
  return { dir };
}

function remountReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
}

/** Fills the disk holding `dir` to the last byte. */
function fillDisk(dir: string): string {
  const filler = join(dir, 'filler');
  for (const chunk of [Buffer.alloc(64 * 1024), Buffer.alloc(1)]) {
    try {
      for (;;) appendFileSync(filler, chunk);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
    }
  }
  return filler;
}

afterAll(() => {
  for (const dir of mounts) execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
});

/** What a user must be told: the folder, what is wrong, what to do, and no stack trace or raw error code. */
function expectPlainRefusal(run: CliRun, folder: string, problem: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(folder);
  expect(run.stderr).toMatch(problem);
  expect(run.stderr).toContain('--data-dir');
  expect(run.stderr).not.toMatch(/\n\s+at |EROFS|ENOSPC/);
}

describe.concurrent('a data folder on a read-only disk', () => {
  it.each([
    { command: 'serve', args: (data: string) => ['serve', '--port', '0', '--data-dir', data, '--seeds-dir', resolve('seeds')] },
    { command: 'export', args: (data: string) => ['export', '--data-dir', data, '--seeds-dir', resolve('seeds'), '--out', mkdtempSync(join(tmpdir(), 'lectern-out-'))] },
    { command: 'serve, for a folder still to be made,', args: (data: string) => ['serve', '--port', '0', '--data-dir', join(data, 'new'), '--seeds-dir', resolve('seeds')] },
  ])('makes $command say the folder is read-only and exit with 1', async ({ args }) => {
    const disk = mountTmpfs('1m');
    if ('skip' in disk) return console.log(`skipped: ${disk.skip}`);
    const data = join(disk.dir, 'library');
    mkdirSync(data);
    remountReadOnly(disk.dir);
    const run = await runCli(args(data)).done;
    expectPlainRefusal(run, data, /read-only/);
  });
});

describe.concurrent('a data folder on a full disk', () => {
  it('refuses to start serve, saying the disk is full', async () => {
    const disk = mountTmpfs('256k');
    if ('skip' in disk) return console.log(`skipped: ${disk.skip}`);
    const data = join(disk.dir, 'library');
    mkdirSync(data);
    fillDisk(disk.dir);
    const run = await runCli(['serve', '--port', '0', '--data-dir', data, '--seeds-dir', resolve('seeds')]).done;
    expectPlainRefusal(run, data, /full/);
  });

  it('answers an import with io_error, says the disk is full, and leaves no file behind', async () => {
    const disk = mountTmpfs('2m');
    if ('skip' in disk) return console.log(`skipped: ${disk.skip}`);
    const data = join(disk.dir, 'library');
    const lectern = await createLectern({ dataDir: data, seedsDir: resolve('seeds') });
    try {
      const filler = fillDisk(disk.dir);
      const before = await dispatch(lectern.api, 'listArticles', {});
      const reply = await dispatch(lectern.api, 'importArticle', { fileName: 'big.md', content: 'A paragraph to read.\n'.repeat(5_000) });
      expect(reply).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringMatching(/full/) } });
      expect(existsSync(join(data, 'articles')) ? readdirSync(join(data, 'articles')) : []).toEqual([]);
      expect(await dispatch(lectern.api, 'listArticles', {})).toEqual(before);
      rmSync(filler);
    } finally {
      await lectern.close();
    }
  });

  it('on SIGTERM says the last save failed, keeps the change in the journal, and releases the lock', async () => {
    const disk = mountTmpfs('4m');
    if ('skip' in disk) return console.log(`skipped: ${disk.skip}`);
    const data = join(disk.dir, 'library');
    const serve = runCli(['serve', '--port', '0', '--token', 't0ken', '--data-dir', data, '--seeds-dir', resolve('seeds')], 'Lectern is running at');
    const call = apiClient(await serve.ready, 't0ken');
    const [article] = (await call('listArticles', {})).value as { id: string }[];
    const made = await call('createAnnotation', { articleId: article.id, range: { start: 0, end: 12 }, colour: 'yellow', note: 'written before the disk filled' });
    expect(made.ok).toBe(true);
    const filler = fillDisk(disk.dir);
    serve.child.kill('SIGTERM');
    const run = await serve.done;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/full/);
    expect(run.stderr).toMatch(/journal/);
    expect(run.stderr).not.toMatch(/\n\s+at |ENOSPC/);
    expect(existsSync(join(data, 'lectern.lock'))).toBe(false);

    rmSync(filler);
    const reopened = await createLectern({ dataDir: data, seedsDir: resolve('seeds') });
    try {
      const listed = await reopened.api.listAnnotations({ articleId: article.id });
      expect(listed.map((a) => a.note)).toEqual(['written before the disk filled']);
    } finally {
      await reopened.close();
    }
  });
});
