/**
 * A lowdb adapter for the data file: reads with migration, quarantine of damaged files and
 * recovery from the newest good backup; writes atomically and durably. Injected into
 * `new Low()` by hand, because lowdb's presets silently switch to memory under NODE_ENV=test.
 * `read()` runs before the journal is replayed, so a restored backup gets the journal's newer ops.
 */
import type { Adapter } from 'lowdb';
import { Db } from './schema.js';
import { migrate, UnusableDataError } from './migrate.js';
import { quarantine, readTextIfExists, writeFileDurable, removeStaleTempFiles } from './durable-file.js';
import { holdsNoUserData, newestGoodBackup, rotateBackups, type Rejected, type Restored } from './backups.js';

/** Something worth telling the user about the data file (moved aside, restored, migrated…). */
export type StoreNotice = {
  kind: 'quarantined' | 'restored' | 'migrated' | 'backup-failed' | 'journal';
  /** A whole sentence for a person: the banner, the terminal and the desktop dialog show it as is. */
  message: string;
  /** Where a damaged data file was moved. */
  movedTo?: string;
  /** The backup the data came back from, and when that backup was taken (ISO 8601). */
  restoredFrom?: string;
  backupTime?: string;
};

type Opened = { db: Db; migratedFrom: number | null };

/** Parses, migrates and validates the data file's text; throws UnusableDataError with a reason. */
function openText(text: string): Opened {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UnusableDataError(text.trim() === '' ? 'it is empty' : 'it is not valid JSON', true);
  }
  return migrate(raw);
}

/** A date as people read it, in this machine's time zone: "3 February 2026 at 14:05". */
function readableDate(date: Date): string {
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

function describeRejected(rejected: Rejected[]): string {
  return rejected.map((r) => ` The backup ${r.path} could not be read either (${r.reason}).`).join('');
}

export class JsonFileAdapter implements Adapter<Db> {
  readonly notices: StoreNotice[] = [];

  constructor(
    readonly path: string,
    private readonly clock: () => Date,
  ) {}

  /** Returns the stored data (or the newest good backup's), or null for a new library. */
  async read(): Promise<Db | null> {
    // The data folder's lock is held: no write of ours is under way, so its temp files are stale.
    await removeStaleTempFiles(this.path);
    const text = await readTextIfExists(this.path);
    if (text === null) return this.recoverMissing();
    let opened: Opened;
    try {
      opened = openText(text);
    } catch (err) {
      if (err instanceof UnusableDataError && err.quarantine) return this.recoverDamaged(err.message);
      throw err;
    }
    this.noteMigration(opened.migratedFrom);
    await this.keepBackup(text, opened.db);
    return opened.db;
  }

  async write(data: Db): Promise<void> {
    await writeFileDurable(this.path, JSON.stringify(data));
  }

  /** The file is gone: a new library, unless a backup says there was one. */
  private async recoverMissing(): Promise<Db | null> {
    const { restored, rejected } = await newestGoodBackup(this.path, openText);
    if (!restored) {
      if (rejected.length > 0) {
        this.notices.push({ kind: 'quarantined', message: `Lectern could not find your data file ${this.path} and no backup could be read, so it started a new library.${describeRejected(rejected)}` });
      }
      return null;
    }
    await this.putBack(restored);
    this.notices.push({
      kind: 'restored',
      message: `Lectern could not find your data file ${this.path}. Your highlights were restored from the backup of ${readableDate(restored.takenAt)} (${restored.from}).${describeRejected(rejected)}`,
      restoredFrom: restored.from,
      backupTime: restored.takenAt.toISOString(),
    });
    return restored.db;
  }

  /** The file is damaged: move it aside, never overwrite it, and bring back the newest good backup. */
  private async recoverDamaged(reason: string): Promise<Db | null> {
    const movedTo = await quarantine(this.path, this.clock());
    const { restored, rejected } = await newestGoodBackup(this.path, openText);
    const opening = `Lectern could not read your data file (${reason}). It was moved to ${movedTo}`;
    if (!restored) {
      this.notices.push({
        kind: 'quarantined',
        message: `${opening}, and no usable backup was found, so Lectern started with an empty library; your highlights may still be in the moved file.${describeRejected(rejected)}`,
        movedTo,
      });
      return null;
    }
    await this.putBack(restored);
    this.notices.push({
      kind: 'quarantined',
      message: `${opening}. Your highlights were restored from the backup of ${readableDate(restored.takenAt)} (${restored.from}).${describeRejected(rejected)}`,
      movedTo,
      restoredFrom: restored.from,
      backupTime: restored.takenAt.toISOString(),
    });
    return restored.db;
  }

  /** Writes a restored backup as the data file at once, so the next start finds it whatever happens. */
  private async putBack(restored: Restored): Promise<void> {
    this.noteMigration(restored.migratedFrom);
    await this.write(restored.db);
  }

  private noteMigration(migratedFrom: number | null): void {
    if (migratedFrom !== null) {
      this.notices.push({ kind: 'migrated', message: `Upgraded the data file from schema ${migratedFrom}.` });
    }
  }

  /** Keeps the state that just opened cleanly as the newest backup, unless it holds nothing of the user's. */
  private async keepBackup(text: string, db: Db): Promise<void> {
    if (holdsNoUserData(db)) return;
    try {
      await rotateBackups(this.path, text);
    } catch (err) {
      this.notices.push({ kind: 'backup-failed', message: `Could not back up the data file: ${(err as Error).message}` });
    }
  }
}
