/**
 * One Lectern per data folder: two processes writing the same journal would lose changes.
 *
 * The lock file appears complete or not at all: the record (pid, process start time, boot,
 * host, a unique token) is written to a temp file first and then hard-linked into place, which
 * fails if a lock exists (file systems without hard links create it in place instead).
 * A lock no live Lectern holds is taken over under a takeover guard, published the same way:
 * only the guard's holder may remove the lock, after checking it is still the one judged stale,
 * so two rivals that both saw it stale never both win.
 */
import { link, readFile, rename, rm, mkdir, stat, writeFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataFolderError, describeStorageProblem, storageProblemOf } from '../errors.js';
import { judgeLegacy, judgeRecord, ownRecord, parseLock, processStartTicks, type LockRecord } from './lock-owner.js';

export const LOCK_FILE_NAME = 'lectern.lock';

/** A lock without a complete record younger than this is a rival still writing it (older Lecterns wrote the pid after creating the file). */
const FRESH_PARTIAL_MS = 5_000;
/** Temp and set-aside files older than this are leftovers of a start that crashed. */
const LEFTOVER_MS = 60_000;
/** Rounds of "link, find a stale lock, take it over" before giving up on a folder rivals keep taking. */
const ATTEMPTS = 40;
/** How long to wait for a rival's takeover under way before looking again. */
const GUARD_WAIT_MS = 25;

/** Pauses for tests, to hold a rival at the narrowest point of a race. */
export interface LockHooks {
  /** After the record is in its temp file, before it is linked into place. */
  beforePublish?: () => Promise<void>;
  /** After a lock was judged stale, before it is taken over. */
  beforeTakeover?: () => Promise<void>;
}

export interface LockOptions {
  /** Refuse a lock this very process holds (moving a library that is still open) instead of taking it back. */
  refuseOwnProcess?: boolean;
  hooks?: LockHooks;
}

type Seen = { text: string; ino: number; mtimeMs: number };
type Judgement = { held: true; message: string } | { held: false };

const heldLocks = new Set<() => Promise<void>>();

/** Releases every lock this process holds: for exit paths where the library could not close. */
export async function releaseAllLocks(): Promise<void> {
  await Promise.allSettled([...heldLocks].map((release) => release()));
}

/** The error for a write the data folder refused, in plain words; other errors pass unchanged. */
function folderError(err: unknown, dataDir: string): unknown {
  const problem = storageProblemOf(err);
  return problem ? new DataFolderError(dataDir, problem, describeStorageProblem(problem, `the data folder ${dataDir}`)) : err;
}

/**
 * Creates the data folder. Node's recursive mkdir answers ENOENT on a read-only disk, so on
 * ENOENT one level is made by hand below the nearest existing folder, to learn the real reason.
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    let missing = dir;
    while (dirname(missing) !== missing && !(await stat(dirname(missing)).catch(() => null))) missing = dirname(missing);
    await mkdir(missing);
    throw err;
  }
}

async function look(path: string): Promise<Seen | null> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    return { text, ino: info.ino, mtimeMs: info.mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** link() errors of file systems without hard links (FAT and exFAT drives, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Links the complete temp file into place; false when a lock is already there. Where hard links
 * are not supported the lock is created in place instead: a rival may then briefly see it
 * partial, which it reads as a Lectern starting (held), never as stale.
 */
async function publish(temp: string, path: string, content: string): Promise<boolean> {
  try {
    await link(temp, path);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw err;
  }
  try {
    await writeFile(path, content, { flag: 'wx', mode: 0o600 });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

async function isOwnRecord(record: LockRecord): Promise<boolean> {
  if (record.pid !== process.pid) return false;
  const start = await processStartTicks(process.pid);
  return record.start === null || start === null || record.start === start;
}

/** Whether the lock seen at `path` still belongs to a live Lectern, and what to tell the user if so. */
async function judge(seen: Seen, dataDir: string, options: LockOptions): Promise<Judgement> {
  const parsed = parseLock(seen.text);
  if (parsed === null) {
    const age = Math.abs(Date.now() - seen.mtimeMs);
    if (age < FRESH_PARTIAL_MS) return { held: true, message: `another Lectern is starting in the data folder ${dataDir} (its lock is being written)` };
    return { held: false };
  }
  const own = 'legacyPid' in parsed ? parsed.legacyPid === process.pid : await isOwnRecord(parsed);
  if (own) {
    // One process opens one library; a lock it left (a library reopened after a failure) is its own to take back.
    if (!options.refuseOwnProcess) return { held: false };
    return { held: true, message: `the data folder ${dataDir} is still open in this process; close it before opening it again` };
  }
  const verdict = 'legacyPid' in parsed ? await judgeLegacy(parsed.legacyPid, seen.mtimeMs) : await judgeRecord(parsed);
  if (!verdict.held) return { held: false };
  const hint = verdict.remote ? `; if no Lectern runs there, delete ${join(dataDir, LOCK_FILE_NAME)}` : '';
  return { held: true, message: `the data folder ${dataDir} is in use by another Lectern (${verdict.holder})${hint}` };
}

/**
 * Moves a stale file out of the way, but only the one that was judged: if a rival replaced it
 * since, what was moved is that rival's file, and it goes straight back. Used only for a guard
 * left by a crash in the middle of a takeover; the lock itself is removed under the guard.
 */
async function setAside(path: string, judged: Seen, token: string): Promise<void> {
  const aside = `${path}.${token}.stale`;
  try {
    await rename(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const moved = await look(aside);
  const same = moved !== null && moved.ino === judged.ino && moved.text === judged.text;
  if (!same) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Whether a takeover guard belongs to a takeover still under way (its holder runs, or it is being written). */
async function guardIsLive(guard: Seen): Promise<boolean> {
  const parsed = parseLock(guard.text);
  if (parsed === null || 'legacyPid' in parsed) return Math.abs(Date.now() - guard.mtimeMs) < FRESH_PARTIAL_MS;
  return (await judgeRecord(parsed)).held;
}

/**
 * Removes the stale lock that was judged, holding the takeover guard (`lectern.lock.takeover`,
 * published like the lock) so that no two rivals ever remove locks at once: under the guard the
 * lock can only go away by our hand, so "still the one judged? then remove it" cannot be raced.
 */
async function takeOver(path: string, judged: Seen, token: string, temp: string, content: string): Promise<void> {
  const guard = `${path}.takeover`;
  if (!(await publish(temp, guard, content))) {
    const seen = await look(guard);
    if (seen && (await guardIsLive(seen))) await sleep(GUARD_WAIT_MS);
    else if (seen) await setAside(guard, seen, token);
    return;
  }
  try {
    const now = await look(path);
    if (now && now.ino === judged.ino && now.text === judged.text) await rm(path, { force: true });
  } finally {
    if ((await readFile(guard, 'utf8').catch(() => null)) === content) await rm(guard, { force: true });
  }
}

/** Removes temp and set-aside files that crashed starts left (a rival's in-flight ones are younger). */
async function removeLeftovers(dataDir: string): Promise<void> {
  const pattern = new RegExp(`^${LOCK_FILE_NAME.replace('.', '\\.')}\\.[0-9a-f]+\\.(tmp|stale)$`);
  for (const name of await readdir(dataDir).catch(() => [])) {
    if (!pattern.test(name)) continue;
    const path = join(dataDir, name);
    const info = await stat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs > LEFTOVER_MS) await rm(path, { force: true }).catch(() => undefined);
  }
}

/** The release function of a lock we hold: it removes the lock only while it is still ours. */
function holding(path: string, content: string): () => Promise<void> {
  const release = async () => {
    heldLocks.delete(release);
    const now = await readFile(path, 'utf8').catch(() => null);
    if (now === content) await rm(path, { force: true });
  };
  heldLocks.add(release);
  return release;
}

/**
 * Takes the data folder's lock and returns its release function. Throws a DataFolderError
 * when another Lectern holds the folder, or when the folder is read-only, full or not writable.
 */
export async function acquireLock(dataDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE_NAME);
  const token = randomBytes(8).toString('hex');
  const content = `${JSON.stringify(await ownRecord(token))}\n`;
  const temp = `${path}.${token}.tmp`;
  try {
    await makeFolder(dataDir);
    await writeFile(temp, content, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    throw folderError(err, dataDir);
  }
  try {
    await options.hooks?.beforePublish?.();
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (await publish(temp, path, content)) {
        await removeLeftovers(dataDir);
        return holding(path, content);
      }
      const seen = await look(path);
      if (seen === null) continue;
      const judgement = await judge(seen, dataDir, options);
      if (judgement.held) throw new DataFolderError(dataDir, 'in-use', judgement.message);
      await options.hooks?.beforeTakeover?.();
      await takeOver(path, seen, token, temp, content);
    }
    throw new DataFolderError(dataDir, 'in-use', `could not lock the data folder ${dataDir}: other Lecterns kept taking it; try again`);
  } catch (err) {
    throw folderError(err, dataDir);
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}
