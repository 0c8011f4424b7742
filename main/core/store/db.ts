/**
 * The store: one lowdb JSON file holding settings, reading state and annotations, plus
 * an append-only journal. A change is a list of ops: applied in memory at once, appended
 * to the journal and fsynced before `mutate` resolves; if that fails, the change is undone
 * and the error thrown, so memory never claims what the disk does not hold. When the app
 * is idle (or the journal grows long) the journal is compacted into the lowdb file.
 */
import { Low } from 'lowdb';
import { join } from 'node:path';
import { Db, emptyDb } from './schema.js';
import { JsonFileAdapter, type StoreNotice } from './json-file-adapter.js';
import { WriteQueue } from './write-queue.js';
import { JournalWriter, readJournal } from './journal.js';
import { applyAll, applyOp, type Op } from './ops.js';
import { ApiFailure } from '../errors.js';

export const DATA_FILE_NAME = 'lectern.json';
export const JOURNAL_FILE_NAME = 'lectern.journal';

export interface StoreOptions {
  dataDir: string;
  clock?: () => Date;
  /** Compact after this long without changes (ms). */
  idleCompactMs?: number;
  /** Compact once the journal holds this many ops, whatever the activity. */
  maxJournalOps?: number;
  /** Opens the journal; tests inject one that fails, to check that nothing is lost. */
  openJournal?: (path: string) => Promise<Pick<JournalWriter, 'append' | 'clear' | 'close'>>;
}

export interface Store {
  readonly file: string;
  /** The data as of the last change (read only: change it through `mutate`). */
  readonly data: Db;
  readonly notices: readonly StoreNotice[];
  /** Applies ops and resolves once they are durable. */
  mutate(ops: Op[]): Promise<void>;
  /** Waits for pending writes and folds the journal into the data file. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Opens (or creates) the data file in `dataDir`, replaying any journal left by a crash. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const clock = options.clock ?? (() => new Date());
  const file = join(options.dataDir, DATA_FILE_NAME);
  const adapter = new JsonFileAdapter(file, clock);
  const low = new Low<Db>(adapter, emptyDb());
  await low.read();

  const journalPath = join(options.dataDir, JOURNAL_FILE_NAME);
  const replay = await readJournal(journalPath);
  for (const op of replay.ops) applyOp(low.data, op);
  if (replay.skipped > 0) {
    adapter.notices.push({ kind: 'quarantined', message: `Skipped ${replay.skipped} unreadable line(s) of ${journalPath}.` });
  }
  await low.write();
  const journal = await (options.openJournal ?? JournalWriter.open)(journalPath);
  await journal.clear();

  let buffered: Op[] = [];
  let journalOps = 0;
  let compacting: Promise<void> | null = null;
  let idleTimer: NodeJS.Timeout | null = null;

  const queue = new WriteQueue(async () => {
    if (compacting) await compacting;
    const ops = buffered;
    buffered = [];
    await journal.append(ops);
    journalOps += ops.length;
  });

  async function compact(): Promise<void> {
    await queue.idle();
    if (journalOps === 0 && buffered.length === 0) return;
    let release!: () => void;
    compacting = new Promise((resolve) => (release = resolve));
    try {
      // The snapshot holds every op applied so far; ops applied later wait and then go to the emptied journal.
      await low.write();
      await journal.clear();
      journalOps = 0;
    } finally {
      compacting = null;
      release();
    }
  }

  function scheduleCompaction(): void {
    if (idleTimer) clearTimeout(idleTimer);
    if (journalOps >= (options.maxJournalOps ?? 20_000)) {
      void compact().catch(() => undefined);
      return;
    }
    idleTimer = setTimeout(() => void compact().catch(() => undefined), options.idleCompactMs ?? 3_000);
    idleTimer.unref();
  }

  return {
    file,
    get data() {
      return low.data;
    },
    notices: adapter.notices,
    async mutate(ops) {
      const undo = applyAll(low.data, ops);
      buffered.push(...ops);
      try {
        await queue.request();
      } catch (err) {
        buffered = buffered.filter((op) => !ops.includes(op));
        applyAll(low.data, undo);
        throw new ApiFailure('io_error', `Could not save to ${journalPath}: ${(err as Error).message}`);
      }
      scheduleCompaction();
    },
    flush: compact,
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      await compact();
      await journal.close();
    },
  };
}
