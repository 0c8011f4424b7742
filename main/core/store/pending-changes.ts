/**
 * Changes applied in memory but not yet on disk. A change is applied at once (so a caller
 * reads its own write), then written with the next journal append. When an append fails,
 * its batch and every change made after it are taken back newest first, as one unit, and the
 * later changes are applied again: memory then holds exactly what the disk holds plus the
 * changes still waiting for their own write.
 */
import type { Db } from './schema.js';
import { applyAll, type Op } from './ops.js';

/** One caller's change: its ops and the ops that take it back. */
export interface Change {
  readonly ops: readonly Op[];
  undo: Op[];
}

export class PendingChanges {
  private unwritten: Change[] = [];

  constructor(private readonly db: () => Db) {}

  /** Applies a change in memory; it waits for the next `take`. */
  apply(ops: readonly Op[]): Change {
    const change = { ops, undo: applyAll(this.db(), ops) };
    this.unwritten.push(change);
    return change;
  }

  /** Hands every waiting change to one write. */
  take(): Change[] {
    const batch = this.unwritten;
    this.unwritten = [];
    return batch;
  }

  get isEmpty(): boolean {
    return this.unwritten.length === 0;
  }

  /** The write of `batch` failed: memory forgets it, later changes stay applied. */
  rollback(batch: readonly Change[]): void {
    const later = this.unwritten;
    this.takeBack([...batch, ...later]);
    for (const change of later) change.undo = applyAll(this.db(), change.ops);
  }

  /**
   * Runs `read` on the durable state: every waiting change taken back, then applied again.
   * Synchronous, so no caller ever sees the state in between.
   */
  readDurable<T>(read: () => T): T {
    const waiting = this.unwritten;
    this.takeBack(waiting);
    try {
      return read();
    } finally {
      for (const change of waiting) change.undo = applyAll(this.db(), change.ops);
    }
  }

  private takeBack(changes: readonly Change[]): void {
    for (let i = changes.length - 1; i >= 0; i--) applyAll(this.db(), changes[i].undo);
  }
}
