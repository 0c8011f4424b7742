/**
 * Temporary ids of highlights shown before the server saved them: a new highlight gets
 * `tmp-<n>` at once, becomes the server's id when the save answers, and code holding the old
 * id (an open editor, an undo step) still finds it.
 */

let tempCounter = 0;

/** True for an id this page made up for a highlight not saved yet. */
export function isTempId(id: string): boolean {
  return id.startsWith('tmp-');
}

/** The temporary ids of one store: which became which, and which saves are still pending. */
export interface TempIds {
  /** A fresh temporary id. */
  next(): string;
  /** Remembers that `save` will answer with the server's id for `tempId` (null when it failed). */
  track(tempId: string, save: Promise<string | null>): void;
  /** The save answered: `tempId` is `serverId` from now on. */
  resolve(tempId: string, serverId: string): void;
  /** The save is over, either way. */
  settle(tempId: string): void;
  /** The current id of an annotation that may have been created under a temporary id. */
  currentId(id: string): string;
  /** Waits for a pending save; the server's id, or null when the save failed. */
  serverId(id: string): Promise<string | null>;
  /** The pending save of `id`, if it is one. */
  pendingSave(id: string): Promise<string | null> | undefined;
  /** Temporary ids whose save has not answered yet. */
  unsaved(): string[];
  /** A key that stays the same when a temporary id becomes the server's (so an open editor is kept). */
  stableKey(id: string): string;
}

/** Creates the bookkeeping for one store. */
export function createTempIds(): TempIds {
  const pending = new Map<string, Promise<string | null>>();
  const aliases = new Map<string, string>();
  const origins = new Map<string, string>();
  const currentId = (id: string) => {
    let out = id;
    while (aliases.has(out)) out = aliases.get(out)!;
    return out;
  };
  return {
    next: () => `tmp-${++tempCounter}`,
    track: (tempId, save) => void pending.set(tempId, save),
    resolve(tempId, serverId) {
      aliases.set(tempId, serverId);
      origins.set(serverId, tempId);
    },
    settle: (tempId) => void pending.delete(tempId),
    currentId,
    async serverId(id) {
      const cur = currentId(id);
      return pending.get(cur) ?? cur;
    },
    pendingSave: (id) => pending.get(currentId(id)),
    unsaved: () => [...pending.keys()],
    stableKey: (id) => origins.get(id) ?? id,
  };
}
