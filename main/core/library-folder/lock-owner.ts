/**
 * Who holds a lock, and whether that holder still runs. A pid alone is not enough: after a
 * crash or a reboot the pid may belong to an unrelated process (pid 1, say), which would block
 * start-up forever. So a lock also records the process's start time and the boot it ran in
 * (Linux: /proc); where /proc is missing, the pid alone decides.
 */
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';

/** What a lock file says about its holder. `start` and `boot` are null where /proc is missing. */
export interface LockRecord {
  pid: number;
  start: string | null;
  boot: string | null;
  host: string;
  /** Unique per acquisition: tells this lock from any other, even one of the same process. */
  token: string;
}

/** `remote`: held by a process on another machine, which cannot be checked from here. */
export type Verdict = { held: true; holder: string; remote?: boolean } | { held: false; why: string };

/** Linux ticks per second for /proc start times (USER_HZ: 100 on every common architecture). */
const USER_HZ = 100;
/** Slack when comparing a process's start with a lock file's time (clock granularity, rounding). */
const START_SLACK_MS = 2_000;

async function readProc(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat: the start time in ticks since boot (the name in field 2 may hold spaces and parentheses). */
export async function processStartTicks(pid: number): Promise<string | null> {
  const stat = await readProc(`/proc/${pid}/stat`);
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[22 - 3] ?? null;
}

async function bootId(): Promise<string | null> {
  return (await readProc('/proc/sys/kernel/random/boot_id'))?.trim() || null;
}

/** When the process started, in ms since the epoch, or null where /proc cannot say. */
async function processStartedAt(pid: number): Promise<number | null> {
  const [ticks, stat] = [await processStartTicks(pid), await readProc('/proc/stat')];
  const boot = stat?.match(/^btime (\d+)$/m);
  if (ticks === null || !boot) return null;
  return Number(boot[1]) * 1000 + (Number(ticks) / USER_HZ) * 1000;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The record this process writes into a lock it takes. */
export async function ownRecord(token: string): Promise<LockRecord> {
  return { pid: process.pid, start: await processStartTicks(process.pid), boot: await bootId(), host: hostname(), token };
}

/** Reads a lock file's text: a record, the plain pid older Lecterns wrote, or null when empty or damaged. */
export function parseLock(text: string): LockRecord | { legacyPid: number } | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { legacyPid: Number(trimmed) };
  try {
    const value = JSON.parse(trimmed) as Partial<LockRecord>;
    const ok = Number.isInteger(value.pid) && (value.pid as number) > 0 && typeof value.host === 'string' && typeof value.token === 'string';
    return ok ? { pid: value.pid!, start: value.start ?? null, boot: value.boot ?? null, host: value.host!, token: value.token! } : null;
  } catch {
    return null;
  }
}

/** Whether a lock in the current format is still held by a running Lectern. */
export async function judgeRecord(record: LockRecord): Promise<Verdict> {
  const holder = `process ${record.pid}`;
  // Another machine's processes cannot be checked from here (a folder on a shared drive).
  if (record.host !== hostname()) return { held: true, holder: `${holder} on ${record.host}`, remote: true };
  const ourBoot = await bootId();
  if (record.boot && ourBoot && record.boot !== ourBoot) return { held: false, why: 'it was left before the computer restarted' };
  if (!isRunning(record.pid)) return { held: false, why: `${holder} no longer runs` };
  const start = await processStartTicks(record.pid);
  if (record.start && start && record.start !== start) return { held: false, why: `${holder} is now another program (its pid was reused)` };
  return { held: true, holder };
}

/** Whether a plain-pid lock (older Lecterns) is still held: the pid runs and started before the lock was written. */
export async function judgeLegacy(pid: number, lockWrittenAt: number): Promise<Verdict> {
  const holder = `process ${pid}`;
  if (!isRunning(pid)) return { held: false, why: `${holder} no longer runs` };
  const startedAt = await processStartedAt(pid);
  if (startedAt !== null && startedAt > lockWrittenAt + START_SLACK_MS) return { held: false, why: `${holder} started after the lock was written (its pid was reused)` };
  return { held: true, holder };
}
