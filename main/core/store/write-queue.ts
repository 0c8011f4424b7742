/**
 * Serialises durable writes and coalesces bursts: while one write is on its way to disk,
 * every later request joins a single follow-up write, which snapshots the data when it
 * starts and so covers all of them. A caller's promise resolves only once a write that
 * began after its change is on disk.
 */
export class WriteQueue {
  private inflight: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(private readonly writeNow: () => Promise<void>) {}

  /** Resolves when the current state is durably written. */
  request(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.inflight.then(() => {
      this.queued = null;
      return this.writeNow();
    });
    this.queued = next;
    this.inflight = next.catch(() => undefined);
    return next;
  }

  /** Waits for every requested write to settle. */
  async idle(): Promise<void> {
    while (this.queued) await this.queued.catch(() => undefined);
    await this.inflight;
  }
}
