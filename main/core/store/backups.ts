/**
 * Rotating backups of the data file: the last few states that opened cleanly, newest first,
 * as `lectern.json.bak`, `lectern.json.bak.1`, `lectern.json.bak.2`. A start that finds the data
 * file damaged or missing restores the newest backup that itself reads and validates.
 */
import { readFile, rename, stat } from 'node:fs/promises';
import { commitTemp, writeTempBeside } from './durable-file.js';
import { emptyDb, type Db } from './schema.js';

/** How many backups are kept: enough to step past a damaged one, few enough for a full disk. */
export const BACKUP_COUNT = 3;

/** The backups of `path`, newest first. */
export function backupPaths(path: string): string[] {
  return Array.from({ length: BACKUP_COUNT }, (_, n) => (n === 0 ? `${path}.bak` : `${path}.bak.${n}`));
}

/**
 * True when a state holds nothing of the user's (no highlights, trash, notes, reading positions
 * or changed settings), like the empty library a failed recovery starts: such a state must never
 * push a backup that holds the user's work down the rotation.
 */
export function holdsNoUserData(db: Db): boolean {
  return (
    JSON.stringify(db.settings) === JSON.stringify(emptyDb().settings) &&
    db.annotations.length === 0 &&
    db.trash.length === 0 &&
    Object.keys(db.articleNotes).length === 0 &&
    Object.keys(db.reading.byArticle).length === 0
  );
}

/**
 * Makes `text` (the data file as it just opened cleanly) the newest backup, shifting the older
 * ones down and dropping the oldest. Does nothing when the newest backup already holds exactly
 * this text, so an unchanged library is not copied on every start. The new copy is written and
 * fsynced before anything shifts: a full disk leaves the existing backups as they were.
 */
export async function rotateBackups(path: string, text: string): Promise<'kept' | 'unchanged'> {
  const paths = backupPaths(path);
  if (await sameText(paths[0], text)) return 'unchanged';
  const temp = await writeTempBeside(paths[0], text);
  for (let n = paths.length - 1; n > 0; n--) await renameIfExists(paths[n - 1], paths[n]);
  await commitTemp(temp, paths[0]);
  return 'kept';
}

async function sameText(path: string, text: string): Promise<boolean> {
  try {
    // Sizes differ for almost every change: only read the backup when they agree.
    if ((await stat(path)).size !== Buffer.byteLength(text)) return false;
    return (await readFile(path, 'utf8')) === text;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

async function renameIfExists(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/** A backup that read and validated, with the time it was taken. */
export type Restored = { db: Db; from: string; takenAt: Date; migratedFrom: number | null };
/** A backup that exists but could not be used, and why. */
export type Rejected = { path: string; reason: string };

/**
 * Finds the newest backup that `open` accepts (it parses, migrates and validates the text and
 * throws with a reason otherwise). Backups that are missing are skipped silently; those that
 * exist but fail are listed in `rejected`, newest first, and left where they are.
 */
export async function newestGoodBackup(
  path: string,
  open: (text: string) => { db: Db; migratedFrom: number | null },
): Promise<{ restored: Restored | null; rejected: Rejected[] }> {
  const rejected: Rejected[] = [];
  for (const candidate of backupPaths(path)) {
    let text: string;
    let takenAt: Date;
    try {
      takenAt = (await stat(candidate)).mtime;
      text = await readFile(candidate, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      rejected.push({ path: candidate, reason: (err as Error).message });
      continue;
    }
    try {
      const { db, migratedFrom } = open(text);
      return { restored: { db, from: candidate, takenAt, migratedFrom }, rejected };
    } catch (err) {
      rejected.push({ path: candidate, reason: (err as Error).message });
    }
  }
  return { restored: null, rejected };
}
