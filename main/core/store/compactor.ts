/**
 * Runs compactions one at a time. A request made while one runs gets the next one, which
 * starts after it (so `flush` always covers what was acknowledged before it was called);
 * any number of requests in that time share that single next run.
 */
export class Compactor {
  private current: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  private lastFailure = -Infinity;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly now: () => number = Date.now,
  ) {}

  get busy(): boolean {
    return this.current !== null;
  }

  /** True for a while after a failed compaction, so a full disk is not retried on every write. */
  recentlyFailed(backoffMs: number): boolean {
    return this.now() - this.lastFailure < backoffMs;
  }

  /** A compaction that starts now, or right after the one running. */
  run(): Promise<void> {
    if (!this.current) return this.start();
    this.next ??= this.current
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.start();
      });
    return this.next;
  }

  private start(): Promise<void> {
    const running = this.work().catch((err: unknown) => {
      this.lastFailure = this.now();
      throw err;
    });
    this.current = running.finally(() => {
      if (this.current === tracked) this.current = null;
    });
    const tracked = this.current;
    return tracked;
  }
}
