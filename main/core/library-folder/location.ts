/**
 * Where the library lives. A small pointer file, `location.json`, in the default data
 * folder names the folder the library was moved to (a synced folder, another disk).
 * Moving it is move.ts.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileDurable } from '../store/durable-file.js';
import { DATA_FILE_NAME } from '../store/db.js';

export const LOCATION_FILE_NAME = 'location.json';


const Pointer = z.object({
  version: z.literal(1),
  dataDir: z.string().min(1),
  movedFrom: z.string().optional(),
  movedAt: z.string().optional(),
});
type Pointer = z.infer<typeof Pointer>;

/** Where the library opens, and anything the user should be told about it. */
export type DataLocation = {
  dataDir: string;
  /** True when the pointer file sent Lectern somewhere other than the default folder. */
  moved: boolean;
  notices: string[];
};

/** The pointer file's path for a default data folder. */
export function locationFile(defaultDir: string): string {
  return join(defaultDir, LOCATION_FILE_NAME);
}

/** Whether `path` is a folder, a file or nothing (symbolic links followed). */
export async function kindOf(path: string): Promise<'dir' | 'file' | null> {
  const info = await stat(path).catch(() => null);
  return info === null ? null : info.isDirectory() ? 'dir' : 'file';
}

/** Reads the pointer; null when there is none, an Error when it is there but unusable. */
async function readPointer(defaultDir: string): Promise<Pointer | Error | null> {
  const text = await readFile(locationFile(defaultDir), 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? null : err));
  if (text === null || text instanceof Error) return text;
  try {
    const pointer = Pointer.parse(JSON.parse(text));
    return isAbsolute(pointer.dataDir) ? pointer : new Error('the folder it names is not an absolute path');
  } catch {
    return new Error('it is not a location file Lectern understands');
  }
}

/**
 * The data folder to open: the one `location.json` in `defaultDir` names, or `defaultDir`.
 * A pointer to a folder that is missing (an unplugged disk, a synced folder not there yet)
 * or holds no library falls back to the default folder, with a notice saying so.
 */
export async function resolveDataDir(defaultDir: string): Promise<DataLocation> {
  const home = (notice?: string): DataLocation => ({ dataDir: defaultDir, moved: false, notices: notice ? [notice] : [] });
  const pointer = await readPointer(defaultDir);
  if (pointer === null) return home();
  if (pointer instanceof Error) return home(`Lectern could not read ${locationFile(defaultDir)} (${pointer.message}), so it opened the library in ${defaultDir}.`);
  const target = resolve(pointer.dataDir);
  if (target === resolve(defaultDir)) return home();
  const fallback = `Lectern opened the copy in ${defaultDir} instead; changes you make now are kept in that copy, not in ${target}.`;
  if ((await kindOf(target)) !== 'dir') {
    return home(`Your library was moved to ${target}, but that folder cannot be found (is the disk or synced folder available?). ${fallback}`);
  }
  if ((await kindOf(join(target, DATA_FILE_NAME))) === null) return home(`Your library was moved to ${target}, but that folder holds no ${DATA_FILE_NAME}. ${fallback}`);
  return { dataDir: target, moved: true, notices: [] };
}

/** Points `defaultDir`'s location.json at `dataDir` (atomically: the old pointer or the new, never half). */
export async function pointDataDir(defaultDir: string, dataDir: string, movedFrom?: string, now = new Date()): Promise<void> {
  const pointer: Pointer = { version: 1, dataDir, movedFrom, movedAt: now.toISOString() };
  await writeFileDurable(locationFile(defaultDir), `${JSON.stringify(pointer, null, 2)}\n`);
}
