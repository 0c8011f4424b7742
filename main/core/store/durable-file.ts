/**
 * Durable file primitives: a write either lands whole or not at all, and survives a crash
 * (temp file, fsync, rename, fsync of the folder). A file we cannot parse is moved aside,
 * never overwritten, so a user's data is never lost to a bad read.
 */
import { open, rename, readFile, mkdir, rm, readdir, stat } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Writes `contents` to `path` atomically and durably. */
export async function writeFileDurable(path: string, contents: string | Uint8Array): Promise<void> {
  const temp = await writeTempBeside(path, contents);
  await commitTemp(temp, path);
}

/**
 * Writes `contents` to a fresh temp file beside `path` (`.<name>.<pid>.<hex>.tmp`) and fsyncs it;
 * a temp file that cannot be written whole is removed. `commitTemp` puts it in place.
 */
export async function writeTempBeside(path: string, contents: string | Uint8Array): Promise<string> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    // A full disk leaves a partial temp file: it must not keep the space it took.
    await rm(temp, { force: true });
    throw err;
  }
  return temp;
}

/** Renames a temp file from `writeTempBeside` onto `path`, durably; removes the temp file if that fails. */
export async function commitTemp(temp: string, path: string): Promise<void> {
  try {
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await syncDirectory(dirname(path));
}

/**
 * True for the name of a temp file `writeTempBeside` made for `baseName` (or for one of its
 * backups, `<baseName>.bak…`), or the `<baseName>.bak.tmp` earlier versions made. Nothing else
 * matches, so cleaning by this test never touches another program's file.
 */
export function isOurTempFile(name: string, baseName: string): boolean {
  const base = baseName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const backup = '(?:\\.bak(?:\\.\\d+)?)?';
  return new RegExp(`^\\.${base}${backup}\\.\\d+\\.[0-9a-f]{8}\\.tmp$`).test(name) || new RegExp(`^${base}\\.bak\\.tmp$`).test(name);
}

/**
 * Removes the temp files interrupted writes of `path` left behind (a crash between write and
 * rename). Only call it while holding the data folder's lock: then no such write is under way.
 * Returns the names removed.
 */
export async function removeStaleTempFiles(path: string): Promise<string[]> {
  const dir = dirname(path);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const stale = names.filter((name) => isOurTempFile(name, basename(path)));
  for (const name of stale) await rm(join(dir, name), { force: true });
  return stale;
}

/** Makes a rename or a new file in `dir` durable; some platforms (Windows) cannot open folders, which is harmless. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported here: the rename itself is still atomic.
  } finally {
    await handle?.close();
  }
}

/** Reads a text file, or null when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Moves an unreadable file aside (`name.corrupt-<time>`, with `-2`, `-3`… if that name is
 * taken, so an earlier damaged file is never replaced) and returns the new path.
 */
export async function quarantine(path: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = `${path}.corrupt-${stamp}`;
  for (let n = 2; await exists(target); n++) target = `${path}.corrupt-${stamp}-${n}`;
  await rename(path, target);
  await syncDirectory(dirname(path));
  return target;
}

/** True when something is at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}
