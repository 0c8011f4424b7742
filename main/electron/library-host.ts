/**
 * Holds the open library and knows where it lives. The data folder is the one location.json
 * names (see core/library-folder/location.ts); moving it closes the library (flushing every write),
 * copies and checks it, and opens it again at the new place, or at the old one if anything
 * went wrong, so the app always ends with an open library.
 */
import type { LecternApi } from '../contract.js';
import { pointDataDir, resolveDataDir } from '../core/library-folder/location.js';
import { moveDataFolder, planDataMove, type MoveReport } from '../core/library-folder/move.js';
import { createLectern, type Lectern, type LecternOptions } from '../core/library.js';
import { ChangeBus } from '../core/changes/change-bus.js';

export type LibraryHostOptions = {
  seedsDir: string;
  /** The default data folder (userData), which holds location.json. */
  defaultDir: string;
  /** Opens a library (tests may count calls); createLectern by default. */
  open?: (options: LecternOptions) => Promise<Lectern>;
};

export class LibraryHost {
  private lectern: Lectern | null = null;
  private folder: string;
  private moving: Promise<unknown> | null = null;
  private readonly openLibrary: (options: LecternOptions) => Promise<Lectern>;
  /** The change stream: one for the app's life, so windows keep listening across a move of the library. */
  readonly changes = new ChangeBus();

  constructor(private readonly options: LibraryHostOptions) {
    this.folder = options.defaultDir;
    this.openLibrary = options.open ?? createLectern;
  }

  /** The API, or null while the library is closed (opening, moving, quitting). */
  get api(): LecternApi | null {
    return this.lectern?.api ?? null;
  }

  /** The API as one window calls it (its changes reach it as `local`), or null while the library is closed. */
  apiFor(clientId: string | null): LecternApi | null {
    if (!this.lectern) return null;
    return clientId === null ? this.lectern.api : this.lectern.apiFor(clientId);
  }

  /** The folder the library lives in now. */
  get dataDir(): string {
    return this.folder;
  }

  /** Opens the library where location.json says; returns what the user should be told. */
  async start(): Promise<string[]> {
    const location = await resolveDataDir(this.options.defaultDir);
    this.folder = location.dataDir;
    this.lectern = await this.openAt(this.folder);
    return [...location.notices, ...this.lectern.notices];
  }

  /** Flushes and closes the library (quitting); waits for a move under way first. */
  async close(): Promise<void> {
    await this.moving?.catch(() => undefined);
    await this.closeLibrary();
  }

  private async closeLibrary(): Promise<void> {
    const lectern = this.lectern;
    this.lectern = null;
    await lectern?.close();
  }

  /** Refuses a move that cannot work, before anything is closed or copied. */
  async check(to: string): Promise<void> {
    await planDataMove(this.folder, to);
  }

  /** Moves the library to `to` and reopens it there; on failure it is reopened where it was. */
  relocate(to: string): Promise<MoveReport> {
    if (this.moving) return Promise.reject(new Error('the library is already being moved'));
    const run = this.relocateNow(to).finally(() => {
      this.moving = null;
    });
    this.moving = run;
    return run;
  }

  private async relocateNow(to: string): Promise<MoveReport> {
    const from = this.folder;
    await planDataMove(from, to);
    await this.closeLibrary();
    let report: MoveReport;
    try {
      report = await moveDataFolder(from, to, { defaultDir: this.options.defaultDir });
    } catch (err) {
      this.lectern = await this.openAt(from);
      throw err;
    }
    try {
      this.lectern = await this.openAt(report.to);
      this.folder = report.to;
      return { ...report, lines: [...report.lines, ...this.lectern.notices] };
    } catch (err) {
      // The copy is there but will not open: point back at the old copy, which is intact.
      await pointDataDir(this.options.defaultDir, from);
      this.lectern = await this.openAt(from);
      throw new Error(`The copy in ${report.to} did not open (${(err as Error).message}); Lectern went back to ${from}.`);
    }
  }

  private openAt(dataDir: string): Promise<Lectern> {
    return this.openLibrary({ seedsDir: this.options.seedsDir, dataDir, changes: this.changes });
  }
}
