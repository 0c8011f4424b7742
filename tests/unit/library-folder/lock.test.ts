/**
 * The data folder's lock: one Lectern per folder, a lock no live Lectern holds is taken over,
 * and rivals starting at the same moment never both win.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, utimesSync, readdirSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { acquireLock, LOCK_FILE_NAME } from '../../../main/core/library-folder/lock';
import { startRivals, type Rivals } from '../../helpers/lock-rivals';

const HAS_PROC = existsSync('/proc/1/stat');
const running: Rivals[] = [];

afterEach(async () => {
  for (const rivals of running.splice(0)) await rivals.stop();
});

function freshFolder(): string {
  return mkdtempSync(join(tmpdir(), 'lectern-lock-'));
}

function lockPath(dir: string): string {
  return join(dir, LOCK_FILE_NAME);
}

/** The pid a lock file names, in either the current format or the older plain-pid one. */
function ownerOf(dir: string): number {
  const text = readFileSync(lockPath(dir), 'utf8').trim();
  return /^\d+$/.test(text) ? Number(text) : (JSON.parse(text) as { pid: number }).pid;
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

function writeLock(dir: string, content: string, ageSeconds = 0): void {
  writeFileSync(lockPath(dir), content);
  const when = new Date(Date.now() - ageSeconds * 1000);
  utimesSync(lockPath(dir), when, when);
}

const A_LONG_TIME = 60 * 60 * 24 * 365 * 20;
const pid1Record = () => JSON.stringify({ pid: 1, start: '999999999999', host: hostname(), token: 'old' });

describe('the data folder lock', () => {
  it.each([
    { name: 'an empty lock older than a few seconds (a start that crashed mid-write)', content: () => '', age: 60, proc: false },
    { name: 'a lock naming a process that has exited', content: () => String(deadPid()), age: 0, proc: false },
    { name: 'a lock naming pid 1 with a start time that is not pid 1’s', content: pid1Record, age: 0, proc: true },
    { name: 'an old plain-pid lock naming pid 1, written before pid 1 started (a reused pid)', content: () => '1', age: A_LONG_TIME, proc: true },
  ])('takes over $name', async ({ content, age, proc }) => {
    if (proc && !HAS_PROC) return console.log('skipped: no /proc here to read process start times from');
    const dir = freshFolder();
    writeLock(dir, content(), age);
    const release = await acquireLock(dir);
    expect(ownerOf(dir)).toBe(process.pid);
    await release();
    expect(existsSync(lockPath(dir))).toBe(false);
  });

  it.each([
    { name: 'an empty lock just created (a rival still writing it)', content: '' },
    { name: 'a half-written lock just created', content: '{"pid":12' },
  ])('refuses $name and leaves it as it was', async ({ content }) => {
    const dir = freshFolder();
    writeLock(dir, content);
    await expect(acquireLock(dir)).rejects.toThrow(/another Lectern is starting/);
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(content);
  });

  it('refuses a folder a live rival Lectern holds, naming the folder and the rival’s process', async () => {
    const dir = freshFolder();
    const rivals = await startRivals(dir, 1);
    running.push(rivals);
    const [answer] = rivals.answers;
    expect(answer.won).toBe(true);
    const rivalPid = answer.won ? answer.pid : 0;
    const refusal = acquireLock(dir);
    await expect(refusal).rejects.toThrow(dir);
    await expect(refusal).rejects.toThrow(`process ${rivalPid}`);
    expect(ownerOf(dir)).toBe(rivalPid);
  });

  it('refuses a second lock in this process when asked to (a library that is still open)', async () => {
    const dir = freshFolder();
    const release = await acquireLock(dir);
    await expect(acquireLock(dir, { refuseOwnProcess: true })).rejects.toThrow(/still open in this process/);
    await release();
  });

  it('release leaves alone a lock a rival has taken since', async () => {
    const dir = freshFolder();
    const release = await acquireLock(dir);
    const rivals = JSON.stringify({ pid: 4242, start: '1', host: hostname(), token: 'rival' });
    writeFileSync(lockPath(dir), rivals);
    await release();
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(rivals);
  });

  it('leaves no temp files behind, whether it wins or is refused', async () => {
    const dir = freshFolder();
    const release = await acquireLock(dir);
    await expect(acquireLock(dir, { refuseOwnProcess: true })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
    await release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lets exactly one of two rivals that both judged a lock stale take it over', async () => {
    const dir = freshFolder();
    writeLock(dir, String(deadPid()));
    // Both judge the lock stale before either acts on it: the widest window a takeover has.
    let arrived = 0;
    let bothArrived!: () => void;
    const barrier = new Promise<void>((done) => (bothArrived = done));
    const beforeTakeover = () => (++arrived === 2 && bothArrived(), barrier);
    const attempts = [0, 1].map(() => acquireLock(dir, { refuseOwnProcess: true, hooks: { beforeTakeover } }));
    const results = await Promise.allSettled(attempts);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(ownerOf(dir)).toBe(process.pid);
    for (const r of results) if (r.status === 'fulfilled') await r.value();
  });
});

describe('three Lecterns started at once on one folder', () => {
  it.each([
    { name: 'an empty folder, each writing its lock slowly', rounds: 5, setup: () => undefined, pauses: { beforePublishMs: 40 } },
    { name: 'a folder with a stale lock, each pausing before taking it over', rounds: 3, setup: (dir: string) => writeLock(dir, String(deadPid())), pauses: { beforeTakeoverMs: 40 } },
  ])('exactly one wins in every round: $name', async ({ rounds, setup, pauses }) => {
    // Rounds run side by side, each on its own folder, to keep the test short.
    const results = await Promise.all(
      Array.from({ length: rounds }, async () => {
        const dir = freshFolder();
        setup(dir);
        const rivals = await startRivals(dir, 3, pauses);
        running.push(rivals);
        return rivals.answers;
      }),
    );
    expect(results.map((answers) => answers.filter((a) => a.won).length)).toEqual(Array(rounds).fill(1));
    for (const answer of results.flat()) if (!answer.won) expect(answer.message).toMatch(/in use by another Lectern|another Lectern is starting/);
  });
});
