/**
 * An append-only journal of ops next to the data file. A save appends one line per op and
 * fsyncs it, which costs the same with 50 or 50,000 annotations stored; the lowdb file
 * stays the readable store of record and absorbs the journal when the app is idle.
 *
 * A failed append (a full disk) can leave part of a line behind. The writer cuts the file
 * back to its last good length; if even that fails, the next append starts on a new line,
 * so a torn line can never swallow the acknowledged op written after it.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import type { Op } from './ops.js';

/** One line of a journal that was not an op, kept so it can be set aside rather than lost. */
export interface UnreadLine {
  line: string;
  reason: string;
}

/** One parsed line: the value still has to pass the op schema; the line is kept to set it aside. */
export interface ReadLine {
  value: unknown;
  line: string;
}

export interface ReplayResult {
  /** Parsed lines in order. */
  values: ReadLine[];
  /** Lines that are not JSON at all (a torn last write after a crash, or damage). */
  unreadable: UnreadLine[];
}

/** Where a glued line's second op starts: a torn line is always followed by a whole op line. */
const OP_START = '{"t":"';

/** Splits journal text into values; a torn line glued to a whole op gives up the whole op. */
export function parseJournal(text: string): ReplayResult {
  const values: ReadLine[] = [];
  const unreadable: UnreadLine[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      values.push({ value: JSON.parse(line), line });
      continue;
    } catch {
      // Fall through: maybe an old torn line with the next op glued on.
    }
    const glued = line.lastIndexOf(OP_START);
    if (glued > 0) {
      try {
        const value = JSON.parse(line.slice(glued));
        unreadable.push({ line: line.slice(0, glued), reason: 'a torn line from a write that did not finish' });
        values.push({ value, line: line.slice(glued) });
        continue;
      } catch {
        // Not a whole op either: the line is damaged as a whole.
      }
    }
    unreadable.push({ line, reason: 'not valid JSON' });
  }
  return { values, unreadable };
}

/** Reads a journal file; a missing file is an empty journal. */
export async function readJournal(path: string): Promise<ReplayResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { values: [], unreadable: [] };
    throw err;
  }
  return parseJournal(text);
}

/** The file operations a journal needs; tests pass one that fails on cue, as a full disk does. */
export type JournalHandle = Pick<FileHandle, 'appendFile' | 'datasync' | 'truncate' | 'sync' | 'stat' | 'close'>;

/** An open journal for appending. */
export class JournalWriter {
  /** Set when a failed append left bytes behind that could not be cut off. */
  private torn = false;

  private constructor(
    private handle: JournalHandle,
    private goodLength: number,
    readonly path: string,
  ) {}

  static async open(path: string, openHandle: (path: string) => Promise<JournalHandle> = (p) => open(p, 'a', 0o600)): Promise<JournalWriter> {
    const handle = await openHandle(path);
    const { size } = await handle.stat();
    return new JournalWriter(handle, size, path);
  }

  /** Appends ops and waits until they are on disk; on failure the file holds no part of them. */
  async append(ops: readonly Op[]): Promise<void> {
    if (ops.length === 0) return;
    const text = (this.torn ? '\n' : '') + ops.map((op) => JSON.stringify(op)).join('\n') + '\n';
    try {
      await this.handle.appendFile(text);
      await this.handle.datasync();
    } catch (err) {
      await this.cutBack();
      throw err;
    }
    if (!this.torn) {
      this.goodLength += Buffer.byteLength(text);
      return;
    }
    try {
      this.goodLength = (await this.handle.stat()).size;
      this.torn = false;
    } catch {
      // The ops are on disk; the length stays unknown, so the next append still starts on a new line.
    }
  }

  private async cutBack(): Promise<void> {
    try {
      await this.handle.truncate(this.goodLength);
      await this.handle.datasync();
    } catch {
      this.torn = true;
    }
  }

  /** Empties the journal once its ops are safely in the data file. */
  async clear(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.sync();
    this.goodLength = 0;
    this.torn = false;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
