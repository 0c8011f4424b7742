/**
 * The store: one lowdb JSON file holding settings, reading state and annotations, plus
 * an append-only journal. A change is a list of ops: checked, applied in memory at once,
 * appended to the journal and fsynced before `mutate` resolves; if that fails, the change
 * is taken back and the error thrown, so memory never claims what the disk does not hold.
 * When the app is idle (or the journal grows long) the journal is compacted into the file:
 * one compaction at a time, its snapshot exactly the durable state, and the journal rotated
 * rather than truncated, so appends made while it writes are never cut away.
 */
import { Low } from 'lowdb';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Db, emptyDb } from './schema.js';
import { JsonFileAdapter, type StoreNotice } from './json-file-adapter.js';
import { WriteQueue } from './write-queue.js';
import { JournalWriter } from './journal.js';
import { type Op } from './ops.js';
import { opProblem } from './op-schema.js';
import { PendingChanges } from './pending-changes.js';
import { JOURNAL_FILE_NAME, listSegments, removeSegments, segmentPath } from './journal-segments.js';
import { describeSetAside, replayJournals } from './replay.js';
import { Compactor } from './compactor.js';
import { syncDirectory, writeFileDurable } from './durable-file.js';
import { ApiFailure } from '../errors.js';

export { JOURNAL_FILE_NAME };
export const DATA_FILE_NAME = 'lectern.json';

type Journal = Pick<JournalWriter, 'append' | 'clear' | 'close'>;

export interface StoreOptions {
  dataDir: string;
  clock?: () => Date;
  /** Compact after this long without changes (ms). */
  idleCompactMs?: number;
  /** Compact once the journal holds this many ops, whatever the activity. */
  maxJournalOps?: number;
  /** Opens the journal; tests inject one that fails, to check that nothing is lost. */
  openJournal?: (path: string) => Promise<Journal>;
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

/** After a failed compaction, the journal-length trigger waits this long before trying again. */
const COMPACTION_BACKOFF_MS = 5_000;

/** Opens (or creates) the data file in `dataDir`, replaying any journal left by a crash. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const clock = options.clock ?? (() => new Date());
  const openJournal = options.openJournal ?? ((path: string) => JournalWriter.open(path));
  const file = join(options.dataDir, DATA_FILE_NAME);
  const livePath = join(options.dataDir, JOURNAL_FILE_NAME);
  const adapter = new JsonFileAdapter(file, clock);
  const low = new Low<Db>(adapter, emptyDb());
  await low.read();

  const leftover = await listSegments(options.dataDir);
  const replay = await replayJournals(low.data, [...leftover.map((s) => s.path), livePath], options.dataDir, clock());
  if (replay.setAside) adapter.notices.push({ kind: 'journal', message: describeSetAside(replay.setAside) });
  await low.write();
  await removeSegments(leftover.map((s) => s.path));
  let journal: Journal = await openJournal(livePath);
  await journal.clear();

  const pending = new PendingChanges(() => low.data);
  let journalOps = 0;
  let nextSeq = (leftover.at(-1)?.seq ?? 0) + 1;
  const rotated: string[] = [];
  let rotation: { resolve: (r: Rotated) => void; reject: (e: unknown) => void } | null = null;
  let idleTimer: NodeJS.Timeout | null = null;

  type Rotated = { snapshot: string; covers: string[] };

  /** Inside the write queue, so no append is under way: take the snapshot and start a new live file. */
  async function rotateNow(): Promise<Rotated> {
    const snapshot = pending.readDurable(() => JSON.stringify(low.data));
    const target = segmentPath(options.dataDir, nextSeq++);
    await journal.close();
    try {
      await rename(livePath, target);
    } catch (err) {
      journal = await openJournal(livePath);
      throw err;
    }
    try {
      journal = await openJournal(livePath);
    } catch (err) {
      await rename(target, livePath);
      journal = await openJournal(livePath);
      throw err;
    }
    await syncDirectory(options.dataDir);
    journalOps = 0;
    rotated.push(target);
    return { snapshot, covers: [...rotated] };
  }

  const queue = new WriteQueue(async () => {
    if (rotation) {
      const { resolve, reject } = rotation;
      rotation = null;
      await rotateNow().then(resolve, reject);
    }
    const batch = pending.take();
    const ops = batch.flatMap((change) => change.ops);
    try {
      await journal.append(ops);
    } catch (err) {
      pending.rollback(batch);
      throw err;
    }
    journalOps += ops.length;
  });

  function rotate(): Promise<Rotated> {
    const rotated = new Promise<Rotated>((resolve, reject) => (rotation = { resolve, reject }));
    void queue.request().catch(() => undefined);
    return rotated;
  }

  const compactor = new Compactor(async () => {
    if (journalOps === 0 && pending.isEmpty && rotated.length === 0) return;
    const { snapshot, covers } = await rotate();
    await writeFileDurable(file, snapshot);
    await removeSegments(covers);
    rotated.splice(0, covers.length);
  });

  function scheduleCompaction(): void {
    if (idleTimer) clearTimeout(idleTimer);
    const long = journalOps >= (options.maxJournalOps ?? 20_000);
    if (long && !compactor.busy && !compactor.recentlyFailed(COMPACTION_BACKOFF_MS)) void compactor.run().catch(() => undefined);
    idleTimer = setTimeout(() => void compactor.run().catch(() => undefined), options.idleCompactMs ?? 3_000);
    idleTimer.unref();
  }

  return {
    file,
    get data() {
      return low.data;
    },
    notices: adapter.notices,
    async mutate(ops) {
      for (const op of ops) {
        const problem = opProblem(op);
        if (problem) throw new ApiFailure('invalid_input', `Refused a change that is not valid (${problem}); nothing was saved.`);
      }
      pending.apply(ops);
      try {
        await queue.request();
      } catch (err) {
        throw new ApiFailure('io_error', `Could not save to ${livePath}: ${(err as Error).message}`);
      }
      scheduleCompaction();
    },
    async flush() {
      await queue.idle();
      await compactor.run();
    },
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      try {
        await queue.idle();
        await compactor.run();
      } finally {
        await journal.close();
      }
    },
  };
}
