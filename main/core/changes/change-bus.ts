/**
 * The one change stream of the back end. Every change is announced once, naming the client
 * whose call made it; each subscriber hears it as `local` when it is that client and as
 * `external` otherwise (another window, a restore from the desktop menu, later a sync).
 * Transports subscribe one listener per connected client and carry the notices to it.
 */
import type { Change, ChangeNotice } from '../../contract.js';

/** Who made a change: a client id, or null for the back end's own work (desktop menus, imports, sync). */
export type ChangeOrigin = string | null;

type Subscriber = { clientId: string | null; listener: (notice: ChangeNotice) => void };

/** Fans each announced change out to every subscriber, with the source as that subscriber sees it. */
export class ChangeBus {
  private readonly subscribers = new Set<Subscriber>();

  /**
   * Hears every change from now on. `clientId` names the subscriber's own calls (null: it makes
   * none, so everything is external). Returns the function that stops listening.
   */
  subscribe(clientId: string | null, listener: (notice: ChangeNotice) => void): () => void {
    const subscriber = { clientId, listener };
    this.subscribers.add(subscriber);
    return () => void this.subscribers.delete(subscriber);
  }

  /** Tells every subscriber about `change`; a listener that throws does not keep it from the others. */
  announce(change: Change, origin: ChangeOrigin): void {
    for (const { clientId, listener } of [...this.subscribers]) {
      const source = origin !== null && clientId === origin ? 'local' : 'external';
      try {
        listener({ ...change, source });
      } catch {
        // A transport whose connection just broke; its own close handler unsubscribes it.
      }
    }
  }

  /** How many listen now (transports count open streams in tests). */
  get size(): number {
    return this.subscribers.size;
  }
}
