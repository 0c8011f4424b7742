/**
 * An append-only journal of ops next to the data file. A save appends one line and
 * fsyncs it, which costs the same with 50 or 50,000 annotations stored; the lowdb file
 * stays the readable store of record and absorbs the journal when the app is idle.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import type { Op } from './ops.js';

export interface ReplayResult {
  ops: Op[];
  /** Set when lines could not be read (a torn last write after a crash, or damage). */
  skipped: number;
}

/** Reads the ops in a journal file; a missing file is an empty journal. */
export async function readJournal(path: string): Promise<ReplayResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ops: [], skipped: 0 };
    throw err;
  }
  const ops: Op[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      ops.push(JSON.parse(line) as Op);
    } catch {
      skipped += 1;
    }
  }
  return { ops, skipped };
}

/** An open journal for appending. */
export class JournalWriter {
  private constructor(
    private handle: FileHandle,
    readonly path: string,
  ) {}

  static async open(path: string): Promise<JournalWriter> {
    return new JournalWriter(await open(path, 'a', 0o600), path);
  }

  /** Appends ops and waits until they are on disk. */
  async append(ops: Op[]): Promise<void> {
    if (ops.length === 0) return;
    await this.handle.appendFile(ops.map((op) => JSON.stringify(op)).join('\n') + '\n');
    await this.handle.datasync();
  }

  /** Empties the journal once its ops are safely in the data file. */
  async clear(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.sync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
