/**
 * The open article's annotations, outside React: optimistic changes first, the API call
 * second, and a visible revert when the call fails. Each change is announced as one small
 * event so the painter and hit index update one range instead of rebuilding everything.
 */
import type { AnnotationView, Colour, LecternClient } from '../../main/contract';
import type { UndoStack } from './undo-stack';

/** The API methods the store needs (the app's Client has them all). */
export type AnnotationsApi = Pick<LecternClient, 'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'deleteAnnotation' | 'restoreAnnotation'>;

export type StoreEvent =
  | { type: 'reset' }
  | { type: 'upsert'; view: AnnotationView; previous: AnnotationView | undefined }
  | { type: 'remove'; view: AnnotationView }
  /** A temporary (optimistic) id became the server's id. */
  | { type: 'replace'; fromId: string; view: AnnotationView };

export interface AnnotationPatch {
  colour?: Colour;
  note?: string;
  tags?: string[];
  range?: { start: number; end: number };
}

export interface StoreOptions {
  article: { id: string; text: string; contentHash: string };
  api: AnnotationsApi;
  undo: UndoStack;
  onError: (message: string) => void;
  now?: () => Date;
}

export type LoadStatus = 'loading' | 'ready' | 'error';

/** The annotations of one article. */
export interface AnnotationStore {
  readonly articleId: string;
  status(): LoadStatus;
  /** A number that changes with every change, for useSyncExternalStore. */
  version(): number;
  get(id: string): AnnotationView | undefined;
  /** All annotations in document order (detached ones last). */
  list(): readonly AnnotationView[];
  subscribe(listener: (event: StoreEvent) => void): () => void;
  /**
   * Fetches the annotations. Run again later (someone else changed them), it keeps what is
   * shown until the answer comes, keeps highlights still being saved, and asks again when
   * the reader changed something while it waited.
   */
  load(): Promise<void>;
  /** True when an annotations-changed event was caused by this store's own call (by its input object). */
  owns(change: { input?: unknown; origin?: unknown }): boolean;
  /** Adds a highlight at once; returns its temporary id (the server's id follows by a replace event). */
  create(range: { start: number; end: number }, colour: Colour, extra?: { note?: string; tags?: string[] }): string;
  update(id: string, patch: AnnotationPatch, opts?: { undoable?: boolean }): Promise<AnnotationView | null>;
  remove(id: string, opts?: { undoable?: boolean }): Promise<boolean>;
  /** The current id of an annotation that may have been created under a temporary id. */
  currentId(id: string): string;
  /** A key that stays the same when a temporary id becomes the server's (so an open editor is kept). */
  stableKey(id: string): string;
}

let tempCounter = 0;

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function documentOrder(a: AnnotationView, b: AnnotationView): number {
  const as = a.anchor.status === 'detached' || a.anchor.start === null ? Infinity : a.anchor.start;
  const bs = b.anchor.status === 'detached' || b.anchor.start === null ? Infinity : b.anchor.start;
  if (as !== bs) return as - bs;
  return (a.anchor.end ?? 0) - (b.anchor.end ?? 0) || a.created.localeCompare(b.created);
}

/** Creates the store for one article; call load() to fill it. */
export function createAnnotationStore(opts: StoreOptions): AnnotationStore {
  const { article, api, undo, onError } = opts;
  const now = opts.now ?? (() => new Date());
  const views = new Map<string, AnnotationView>();
  const listeners = new Set<(e: StoreEvent) => void>();
  const pending = new Map<string, Promise<string | null>>();
  const aliases = new Map<string, string>();
  const origins = new Map<string, string>();
  let status: LoadStatus = 'loading';
  let version = 0;
  let sorted: AnnotationView[] | null = null;
  let disposed = false;
  // The input objects of this store's own API calls: the client's change events carry them back.
  const ownInputs = new WeakSet<object>();
  // Bumped by every local change, so a load whose answer may predate one can tell.
  let localChanges = 0;

  /** Marks an API input as this store's own, and returns it. */
  function own<T extends object>(input: T): T {
    ownInputs.add(input);
    localChanges += 1;
    return input;
  }

  function emit(event: StoreEvent): void {
    version += 1;
    sorted = null;
    listeners.forEach((l) => l(event));
  }

  function put(view: AnnotationView): void {
    const previous = views.get(view.id);
    views.set(view.id, view);
    emit({ type: 'upsert', view, previous });
  }

  function drop(id: string): void {
    const view = views.get(id);
    if (!view) return;
    views.delete(id);
    emit({ type: 'remove', view });
  }

  function currentId(id: string): string {
    let out = id;
    while (aliases.has(out)) out = aliases.get(out)!;
    return out;
  }

  /** Waits for a pending create; null when it failed. */
  async function serverId(id: string): Promise<string | null> {
    const cur = currentId(id);
    const wait = pending.get(cur);
    return wait ? wait : cur;
  }

  function localView(id: string, range: { start: number; end: number }, colour: Colour, note: string, tags: string[]): AnnotationView {
    const stamp = now().toISOString();
    const exact = article.text.slice(range.start, range.end);
    return {
      id,
      articleId: article.id,
      created: stamp,
      modified: stamp,
      colour,
      note,
      tags,
      target: { quote: { exact, prefix: '', suffix: '' }, position: { ...range }, contentHash: article.contentHash },
      anchor: { status: 'exact', start: range.start, end: range.end, score: 1 },
    };
  }

  function remove(id: string, opts: { undoable?: boolean } = {}): Promise<boolean> {
    const cur = currentId(id);
    const wait = pending.get(cur);
    if (wait) return wait.then((real) => (real ? remove(real, opts) : false));
    const view = views.get(cur);
    if (!view) return Promise.resolve(false);
    drop(cur); // at once, before the call
    return confirmRemove(view, opts.undoable ?? true);
  }

  async function confirmRemove(view: AnnotationView, undoable: boolean): Promise<boolean> {
    try {
      await api.deleteAnnotation(own({ id: view.id }));
    } catch (err) {
      if (!disposed) put(view);
      onError(`Could not delete the highlight: ${describe(err)}`);
      return false;
    }
    if (undoable) {
      undo.push({ label: 'Highlight deleted', toast: true, undo: () => restore(view) });
    }
    return true;
  }

  async function restore(view: AnnotationView): Promise<void> {
    put(view);
    try {
      const back = await api.restoreAnnotation(own({ id: view.id }));
      if (!disposed) put(back);
    } catch (err) {
      drop(view.id);
      onError(`Could not bring the highlight back: ${describe(err)}`);
      throw err;
    }
  }

  function inverse(prev: AnnotationView, patch: AnnotationPatch): AnnotationPatch | null {
    const back: AnnotationPatch = {};
    if (patch.colour !== undefined) back.colour = prev.colour;
    if (patch.note !== undefined) back.note = prev.note;
    if (patch.tags !== undefined) back.tags = prev.tags;
    if (patch.range) {
      if (prev.anchor.start === null || prev.anchor.end === null || prev.anchor.status === 'detached') return null;
      back.range = { start: prev.anchor.start, end: prev.anchor.end };
    }
    return back;
  }

  async function update(id: string, patch: AnnotationPatch, { undoable = true } = {}): Promise<AnnotationView | null> {
    const before = views.get(currentId(id));
    if (!before) return null;
    const optimistic: AnnotationView = {
      ...before,
      ...(patch.colour !== undefined && { colour: patch.colour }),
      ...(patch.note !== undefined && { note: patch.note }),
      ...(patch.tags !== undefined && { tags: patch.tags }),
      ...(patch.range && {
        anchor: { status: 'exact' as const, start: patch.range.start, end: patch.range.end, score: 1 },
        target: { ...before.target, quote: { ...before.target.quote, exact: article.text.slice(patch.range.start, patch.range.end) } },
      }),
      modified: now().toISOString(),
    };
    put(optimistic);
    const real = await serverId(before.id);
    if (!real) return null;
    try {
      const saved = await api.updateAnnotation(own({ id: real, ...patch }));
      if (!disposed && views.has(real)) put(saved);
      const back = undoable ? inverse(before, patch) : null;
      if (back) {
        const clearedNote = patch.note !== undefined && patch.note.trim() === '' && before.note.trim() !== '';
        undo.push({
          label: clearedNote ? 'Note deleted' : 'Highlight changed',
          toast: clearedNote,
          undo: async () => {
            if (!(await update(real, back, { undoable: false }))) throw new Error('the highlight is gone');
          },
        });
      }
      return saved;
    } catch (err) {
      if (!disposed && views.has(real)) put({ ...before, id: real });
      onError(`Could not save the change: ${describe(err)}`);
      return null;
    }
  }

  const store: AnnotationStore = {
    articleId: article.id,
    status: () => status,
    version: () => version,
    get: (id) => views.get(currentId(id)),
    list() {
      if (!sorted) sorted = [...views.values()].sort(documentOrder);
      return sorted;
    },
    subscribe(listener) {
      listeners.add(listener);
      disposed = false;
      return () => {
        listeners.delete(listener);
        if (!listeners.size) disposed = true;
      };
    },
    async load() {
      // A reload keeps showing the highlights while it fetches: no skeleton flash.
      if (status !== 'ready') status = 'loading';
      try {
        let all: AnnotationView[];
        let changesBefore: number;
        do {
          changesBefore = localChanges;
          const t0 = performance.now();
          all = await api.listAnnotations({ articleId: article.id });
          // Fetch plus the back end's re-anchoring, for the performance panel and the benchmarks.
          performance.measure('lectern:annotations-load', { start: t0, end: performance.now(), detail: { count: all.length } });
        } while (changesBefore !== localChanges && !disposed);
        // Highlights still being created are not on the server yet; their replace event follows.
        const unsaved = [...pending.keys()].map((id) => views.get(id)).filter((v): v is AnnotationView => v !== undefined);
        views.clear();
        for (const v of all) views.set(v.id, v);
        for (const v of unsaved) views.set(v.id, v);
        status = 'ready';
        emit({ type: 'reset' });
      } catch (err) {
        status = 'error';
        emit({ type: 'reset' });
        onError(`Could not load the highlights: ${describe(err)}`);
      }
    },
    create(range, colour, extra = {}) {
      const tempId = `tmp-${++tempCounter}`;
      const note = extra.note ?? '';
      const tags = extra.tags ?? [];
      put(localView(tempId, range, colour, note, tags));
      const exact = article.text.slice(range.start, range.end);
      const done = api
        .createAnnotation(own({ articleId: article.id, range, colour, note, tags, exact }))
        .then((saved) => {
          const local = views.get(tempId);
          views.delete(tempId);
          aliases.set(tempId, saved.id);
          origins.set(saved.id, tempId);
          // Edits made while the call was in flight win over what the server echoed back.
          const merged = local ? { ...saved, colour: local.colour, note: local.note, tags: local.tags } : saved;
          views.set(saved.id, merged);
          emit({ type: 'replace', fromId: tempId, view: merged });
          undo.push({ label: 'Highlight added', toast: false, undo: async () => void (await remove(saved.id, { undoable: false })) });
          return saved.id;
        })
        .catch((err) => {
          drop(tempId);
          onError(`Could not save the highlight: ${describe(err)}`);
          return null;
        })
        .finally(() => pending.delete(tempId));
      pending.set(tempId, done);
      return tempId;
    },
    update,
    remove,
    owns: (change) => change.origin === store || (typeof change.input === 'object' && change.input !== null && ownInputs.has(change.input)),
    currentId,
    stableKey: (id) => origins.get(id) ?? id,
  };
  return store;
}
