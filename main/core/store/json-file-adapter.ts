/**
 * A lowdb adapter for the data file: reads with migration and quarantine of damaged
 * files, writes atomically and durably. Injected into `new Low()` by hand, because
 * lowdb's presets silently switch to memory under NODE_ENV=test.
 */
import type { Adapter } from 'lowdb';
import { Db } from './schema.js';
import { migrate, UnusableDataError } from './migrate.js';
import { quarantine, readTextIfExists, writeFileDurable, backupFile } from './durable-file.js';

/** Something worth telling the user about the data file (moved aside, migrated…). */
export type StoreNotice = { kind: 'quarantined' | 'migrated' | 'backup-failed'; message: string };

export class JsonFileAdapter implements Adapter<Db> {
  readonly notices: StoreNotice[] = [];

  constructor(
    readonly path: string,
    private readonly clock: () => Date,
  ) {}

  /** Returns the stored data, or null for a new (or quarantined) file. */
  async read(): Promise<Db | null> {
    const text = await readTextIfExists(this.path);
    if (text === null) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return this.moveAside('it is not valid JSON');
    }
    try {
      const { db, migratedFrom } = migrate(raw);
      await this.keepBackup();
      if (migratedFrom !== null) {
        this.notices.push({ kind: 'migrated', message: `Upgraded the data file from schema ${migratedFrom}.` });
      }
      return db;
    } catch (err) {
      if (err instanceof UnusableDataError && err.quarantine) return this.moveAside(err.message);
      throw err;
    }
  }

  async write(data: Db): Promise<void> {
    await writeFileDurable(this.path, JSON.stringify(data));
  }

  private async moveAside(reason: string): Promise<null> {
    const movedTo = await quarantine(this.path, this.clock());
    this.notices.push({
      kind: 'quarantined',
      message: `The data file could not be read (${reason}); it was moved to ${movedTo} and a new one started.`,
    });
    return null;
  }

  /** One backup per start: the last file that opened cleanly. */
  private async keepBackup(): Promise<void> {
    try {
      await backupFile(this.path, `${this.path}.bak`);
    } catch (err) {
      this.notices.push({ kind: 'backup-failed', message: `Could not back up the data file: ${(err as Error).message}` });
    }
  }
}
