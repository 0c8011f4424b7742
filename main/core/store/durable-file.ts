/**
 * Durable file primitives: a write either lands whole or not at all, and survives a crash
 * (temp file, fsync, rename, fsync of the folder). A file we cannot parse is moved aside,
 * never overwritten, so a user's data is never lost to a bad read.
 */
import { open, rename, readFile, mkdir, copyFile, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Writes `contents` to `path` atomically and durably. */
export async function writeFileDurable(path: string, contents: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await syncDirectory(dir);
}

/** Makes a rename durable; some platforms (Windows) cannot open folders, which is harmless. */
async function syncDirectory(dir: string): Promise<void> {
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

/** Moves an unreadable file aside (`name.corrupt-<time>`) and returns the new path. */
export async function quarantine(path: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${path}.corrupt-${stamp}`;
  await rename(path, target);
  return target;
}

/** Copies a file to `target` durably (used for the backup taken at start). */
export async function backupFile(path: string, target: string): Promise<void> {
  const temp = `${target}.tmp`;
  await copyFile(path, temp);
  const handle = await open(temp, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, target);
}
