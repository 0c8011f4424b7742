/**
 * One Lectern per data folder: two processes writing the same journal would lose changes.
 * A lock file holds the owner's pid; a lock left by a process that no longer runs is taken over.
 */
import { open, readFile, rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'lectern.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data folder's lock, or throws a clear error naming the process that holds it. */
export async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new Error(`the data folder ${dataDir} is in use by another Lectern (process ${owner}); close it first, or choose another folder with --data-dir`);
      }
      await rm(path, { force: true });
    }
  }
  throw new Error(`could not lock the data folder ${dataDir}`);
}
