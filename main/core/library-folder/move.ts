/**
 * Moving the library to another folder: copy its files, check every copy byte for byte (and
 * the data file as parsed JSON), and only then switch the pointer (location.ts); the old
 * copy is never touched, and a failed copy is removed again.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, realpath, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { acquireLock, LOCK_FILE_NAME } from './lock.js';
import { DATA_FILE_NAME, JOURNAL_FILE_NAME } from '../store/db.js';
import { IMPORTS_FOLDER } from '../articles/import-article.js';
import { kindOf, pointDataDir } from './location.js';

/** Files of the library besides the data file, copied when present. */
const OPTIONAL_FILES = [`${DATA_FILE_NAME}.bak`, JOURNAL_FILE_NAME];
/** Folders of the library, copied with everything in them. */
const DATA_FOLDERS = [IMPORTS_FOLDER];
/** The search index is a cache: copied when it holds still, otherwise rebuilt at the new place. */
const CACHE_PREFIX = 'search-index';

export type MoveRefusal = 'not-absolute' | 'same-folder' | 'inside-source' | 'not-a-folder' | 'holds-library' | 'no-library' | 'damaged-library' | 'in-use';

/** A move that was refused before anything was copied, or that failed and was rolled back. */
export class DataMoveError extends Error {
  constructor(
    readonly reason: MoveRefusal | 'copy-failed' | 'verify-failed',
    message: string,
  ) {
    super(message);
    this.name = 'DataMoveError';
  }
}

/** One copied file, relative to the data folder. */
export type CopiedFile = { name: string; bytes: number; sha256: string };

export type MoveReport = {
  from: string;
  to: string;
  files: CopiedFile[];
  /** Cache files left behind (they changed while being copied); Lectern rebuilds them. */
  skipped: string[];
  /** Lines for the user. */
  lines: string[];
};

/** A path with symbolic links resolved as far as the path exists (the rest appended as is). */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  const tail: string[] = [];
  let head = absolute;
  for (;;) {
    try {
      return join(await realpath(head), ...tail);
    } catch {
      const parent = dirname(head);
      if (parent === head) return absolute;
      tail.unshift(basename(head));
      head = parent;
    }
  }
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Files under `dir` (recursively), as paths relative to `root`. */
async function filesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(root, rel)));
    else if (entry.isFile()) found.push(rel);
  }
  return found;
}

type LibraryFiles = { data: string[]; cache: string[] };

/** What a move copies: the library's own files (the data file first), and the cache apart. */
async function libraryFiles(from: string): Promise<LibraryFiles> {
  const data = [DATA_FILE_NAME];
  for (const name of OPTIONAL_FILES) if ((await kindOf(join(from, name))) === 'file') data.push(name);
  for (const dir of DATA_FOLDERS) data.push(...(await filesUnder(from, dir)));
  const cache: string[] = [];
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (!entry.name.startsWith(CACHE_PREFIX)) continue;
    if (entry.isDirectory()) cache.push(...(await filesUnder(from, entry.name)));
    else if (entry.isFile()) cache.push(entry.name);
  }
  return { data, cache };
}

async function sha256Of(path: string): Promise<{ sha256: string; bytes: number }> {
  const bytes = await readFile(path);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

/** Makes what was written to `path` durable (a folder cannot be opened everywhere; that is harmless). */
async function syncPath(path: string, mode: 'r' | 'r+'): Promise<void> {
  let handle;
  try {
    handle = await open(path, mode);
    await handle.sync();
  } catch {
    // Folders cannot be fsynced on Windows; the copy itself is still complete.
  } finally {
    await handle?.close();
  }
}

/** Everything a copy created in the target, so a failed move can take it back. */
class CopyLog {
  readonly files: string[] = [];
  readonly dirs: string[] = [];

  async ensureDir(dir: string): Promise<void> {
    const missing: string[] = [];
    for (let d = dir; (await kindOf(d)) === null; d = dirname(d)) missing.unshift(d);
    await mkdir(dir, { recursive: true });
    this.dirs.push(...missing);
  }

  /** Copies one file, never over an existing one, and flushes it to disk. */
  async copy(source: string, target: string): Promise<void> {
    await this.ensureDir(dirname(target));
    await copyFile(source, target, constants.COPYFILE_EXCL);
    this.files.push(target);
    await syncPath(target, 'r+');
  }

  async forget(target: string): Promise<void> {
    await rm(target, { force: true });
    this.files.splice(this.files.indexOf(target), 1);
  }

  /** Removes the copies and the folders made for them; the source is never touched. */
  async rollback(): Promise<void> {
    for (const file of this.files.reverse()) await rm(file, { force: true }).catch(() => undefined);
    for (const dir of this.dirs.reverse()) await rmdir(dir).catch(() => undefined);
  }
}

/** Refuses a move that could lose or mix up data, before anything is copied. */
async function checkMove(from: string, to: string, files: string[]): Promise<void> {
  if (from === to) throw new DataMoveError('same-folder', `Your library is already in ${to}.`);
  if (isInside(from, to)) throw new DataMoveError('inside-source', `${to} is inside the current data folder ${from}; choose a folder outside it.`);
  if ((await kindOf(to)) === 'file') throw new DataMoveError('not-a-folder', `${to} is a file, not a folder.`);
  if ((await kindOf(join(to, DATA_FILE_NAME))) !== null) {
    throw new DataMoveError('holds-library', `${to} already holds a Lectern library (${DATA_FILE_NAME}); choose an empty folder, or move that library's files away first.`);
  }
  for (const name of files) {
    const target = join(to, name);
    if (isInside(from, target)) throw new DataMoveError('inside-source', `Moving to ${to} would write into the current data folder ${from}.`);
    if ((await kindOf(target)) !== null) throw new DataMoveError('holds-library', `${to} already holds ${name}; Lectern will not replace it.`);
  }
}

async function checkSource(from: string): Promise<void> {
  const text = await readFile(join(from, DATA_FILE_NAME), 'utf8').catch(() => null);
  if (text === null) throw new DataMoveError('no-library', `${from} holds no Lectern data file (${DATA_FILE_NAME}) to move.`);
  try {
    JSON.parse(text);
  } catch {
    throw new DataMoveError('damaged-library', `${join(from, DATA_FILE_NAME)} is damaged (not valid JSON); Lectern will not move it.`);
  }
}

/** Copies and checks the library's files; cache files that do not copy cleanly are dropped. */
async function copyAll(from: string, to: string, files: LibraryFiles, log: CopyLog): Promise<{ copied: CopiedFile[]; skipped: string[] }> {
  const copied: CopiedFile[] = [];
  const skipped: string[] = [];
  for (const name of [...files.data, ...files.cache]) {
    const isCache = files.cache.includes(name);
    const [source, target] = [join(from, name), join(to, name)];
    try {
      await log.copy(source, target);
      const [a, b] = await Promise.all([sha256Of(source), sha256Of(target)]);
      if (a.sha256 !== b.sha256) throw new DataMoveError('verify-failed', `The copy of ${name} in ${to} does not match the original.`);
      copied.push({ name, bytes: b.bytes, sha256: b.sha256 });
    } catch (err) {
      if (!isCache) throw err;
      await log.forget(target).catch(() => undefined);
      skipped.push(name);
    }
  }
  for (const dir of new Set(copied.map((f) => dirname(join(to, f.name))))) await syncPath(dir, 'r');
  return { copied, skipped };
}

/** The data file, read back from the new place, must parse to exactly what the old one holds. */
async function verifyDataFile(from: string, to: string): Promise<void> {
  const [a, b] = await Promise.all([from, to].map((dir) => readFile(join(dir, DATA_FILE_NAME), 'utf8')));
  if (!isDeepStrictEqual(JSON.parse(a), JSON.parse(b))) {
    throw new DataMoveError('verify-failed', `The copied ${DATA_FILE_NAME} in ${to} does not read back as the original.`);
  }
}

function megabytes(bytes: number): string {
  return bytes < 100_000 ? `${Math.max(1, Math.round(bytes / 1000))} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function reportLines(from: string, to: string, copied: CopiedFile[], skipped: string[]): string[] {
  const total = copied.reduce((n, f) => n + f.bytes, 0);
  const lines = [
    `Copied ${copied.length} file${copied.length === 1 ? '' : 's'} (${megabytes(total)}) to ${to}, and checked each copy against the original.`,
    `Lectern now keeps your library in ${to}.`,
    `The old copy stays in ${from}; delete it once you are happy with the new place.`,
  ];
  if (skipped.length > 0) lines.push(`The search index was not copied (it was changing); Lectern rebuilds it.`);
  return lines;
}

/** A move that passed every check, ready to copy. */
export type DataMovePlan = { from: string; to: string; files: LibraryFiles };

/**
 * Checks a move without copying anything (the library may still be open): both folders
 * absolute, the target outside the current folder and holding no library, the data file
 * readable. Throws a DataMoveError saying what is wrong.
 */
export async function planDataMove(from: string, to: string): Promise<DataMovePlan> {
  if (!isAbsolute(from) || !isAbsolute(to)) throw new DataMoveError('not-absolute', 'Both folders must be absolute paths.');
  const [source, target] = [await canonical(from), await canonical(to)];
  await checkSource(source);
  const files = await libraryFiles(source);
  await checkMove(source, target, [...files.data, ...files.cache]);
  return { from: source, to: target, files };
}

/** Holds the current folder's lock during the copy, so no other Lectern writes to it meanwhile. */
async function lockSource(from: string): Promise<() => Promise<void>> {
  const owner = Number((await readFile(join(from, LOCK_FILE_NAME), 'utf8').catch(() => '')).trim());
  if (owner === process.pid) throw new DataMoveError('in-use', 'The library is still open; close it before moving its folder.');
  try {
    return await acquireLock(from, { refuseOwnProcess: true });
  } catch (err) {
    throw new DataMoveError('in-use', (err as Error).message);
  }
}

/**
 * Moves the library from `from` to `to` and points `defaultDir`'s location.json at it.
 * The caller closes the library first (which flushes its writes). Refusals and failures
 * throw a DataMoveError; a failed copy is removed again and the pointer is left as it was.
 */
export async function moveDataFolder(from: string, to: string, options: { defaultDir: string; now?: () => Date }): Promise<MoveReport> {
  const plan = await planDataMove(from, to);
  const release = await lockSource(plan.from);
  const log = new CopyLog();
  try {
    const { copied, skipped } = await copyAll(plan.from, plan.to, plan.files, log);
    await verifyDataFile(plan.from, plan.to);
    await pointDataDir(options.defaultDir, plan.to, plan.from, options.now?.());
    return { from: plan.from, to: plan.to, files: copied, skipped, lines: reportLines(plan.from, plan.to, copied, skipped) };
  } catch (err) {
    await log.rollback();
    if (err instanceof DataMoveError) throw err;
    throw new DataMoveError('copy-failed', `Could not copy the library to ${to}: ${(err as Error).message}. Nothing was changed; your library stays in ${from}.`);
  } finally {
    await release();
  }
}
