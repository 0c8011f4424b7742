/** A bounded stack of undoable changes (deletions, edits) for Ctrl+Z and the Undo toast. */

/** One change that can be reverted. */
export interface UndoEntry {
  /** What happened, for the toast: "Highlight deleted". */
  label: string;
  /** Reverts the change; rejects when it could not. */
  undo: () => Promise<void>;
  /** Whether the change shows an Undo toast (deletions do; small edits only go on the stack). */
  toast: boolean;
}

/** A stack of undo entries with a change listener. */
export interface UndoStack {
  push(entry: UndoEntry): void;
  /** Reverts the newest change; false when there is none. */
  undoLast(): Promise<boolean>;
  /** Reverts a specific change (the toast's button), removing it from the stack. */
  undo(entry: UndoEntry): Promise<boolean>;
  peek(): UndoEntry | undefined;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

/** Creates an undo stack holding at most `limit` changes. */
export function createUndoStack(limit = 50): UndoStack {
  let entries: UndoEntry[] = [];
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());

  async function run(entry: UndoEntry): Promise<boolean> {
    if (!entries.includes(entry)) return false;
    entries = entries.filter((e) => e !== entry);
    emit();
    await entry.undo();
    return true;
  }

  return {
    push(entry) {
      entries = [...entries.slice(-(limit - 1)), entry];
      emit();
    },
    undoLast: () => (entries.length ? run(entries[entries.length - 1]) : Promise.resolve(false)),
    undo: run,
    peek: () => entries[entries.length - 1],
    clear() {
      entries = [];
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
