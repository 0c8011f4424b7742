/**
 * The open article's annotations, outside React: optimistic changes first, the API call
 * second, and a visible revert when the call fails. Each change is announced as one small
 * event so the painter and hit index update one range instead of rebuilding everything.
 * Temporary ids live in temp-ids.ts, undo inverses in undo-inverses.ts, optimistic views in
 * optimistic-views.ts; this file holds the state and the calls.
 */
import type { AnnotationView, ChangeNotice, Colour, LecternClient } from '../../main/contract';
import { describeError } from '../ui/describe-error';
import { documentOrder, newView, patchedView, type AnnotationPatch, type StoreArticle } from './optimistic-views';
import { createTempIds } from './temp-ids';
import { createUnheardSaves } from './unheard-saves';
import { editUndoLabel, inversePatch } from './undo-inverses';
import type { UndoStack } from './undo-stack';

export type { AnnotationPatch };

/** The API methods the store needs (the app's Client has them all). */
export type AnnotationsApi = Pick<LecternClient, 'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'deleteAnnotation' | 'restoreAnnotation'>;

export type StoreEvent =
  | { type: 'reset' }
  | { type: 'upsert'; view: AnnotationView; previous: AnnotationView | undefined }
  | { type: 'remove'; view: AnnotationView }
  /** A temporary (optimistic) id became the server's id. */
  | { type: 'replace'; fromId: string; view: AnnotationView };

export interface StoreOptions {
  article: StoreArticle;
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
  /**
   * A notice from the change stream: reloads when this article's annotations changed and the
   * store did not make the change itself (another window's, or the trash's in this page).
   */
  hear(notice: ChangeNotice): void;
  /** Adds a highlight at once; returns its temporary id (the server's id follows by a replace event). */
  create(range: { start: number; end: number }, colour: Colour, extra?: { note?: string; tags?: string[] }): string;
  update(id: string, patch: AnnotationPatch, opts?: { undoable?: boolean }): Promise<AnnotationView | null>;
  remove(id: string, opts?: { undoable?: boolean }): Promise<boolean>;
  /** The current id of an annotation that may have been created under a temporary id. */
  currentId(id: string): string;
  /** A key that stays the same when a temporary id becomes the server's (so an open editor is kept). */
  stableKey(id: string): string;
}

/** True when `notice` says this article's annotations changed. */
function concerns(notice: ChangeNotice, articleId: string): boolean {
  return notice.kind === 'annotations' && (notice.articleIds === null || notice.articleIds.includes(articleId));
}

/** Creates the store for one article; call load() to fill it. */
export function createAnnotationStore(opts: StoreOptions): AnnotationStore {
  const { article, api, undo, onError } = opts;
  const now = () => (opts.now ?? (() => new Date()))().toISOString();
  const views = new Map<string, AnnotationView>();
  const listeners = new Set<(e: StoreEvent) => void>();
  const ids = createTempIds();
  const unheard = createUnheardSaves();
  let status: LoadStatus = 'loading';
  let version = 0;
  let sorted: AnnotationView[] | null = null;
  let disposed = false;
  // Bumped by every save, so a load whose answer may predate one can tell.
  let localChanges = 0;

  /** Sends one save; what it changes will be announced back once, as this page's own. */
  async function save<T>(call: () => Promise<T>): Promise<T> {
    localChanges += 1;
    const failed = unheard.sent();
    try {
      return await call();
    } catch (err) {
      failed();
      throw err;
    }
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

  function remove(id: string, opts: { undoable?: boolean } = {}): Promise<boolean> {
    const wait = ids.pendingSave(id);
    if (wait) return wait.then((real) => (real ? remove(real, opts) : false));
    const cur = ids.currentId(id);
    const view = views.get(cur);
    if (!view) return Promise.resolve(false);
    drop(cur); // at once, before the call
    return confirmRemove(view, opts.undoable ?? true);
  }

  async function confirmRemove(view: AnnotationView, undoable: boolean): Promise<boolean> {
    try {
      await save(() => api.deleteAnnotation({ id: view.id }));
    } catch (err) {
      if (!disposed) put(view);
      onError(`Could not delete the highlight: ${describeError(err)}`);
      return false;
    }
    if (undoable) undo.push({ label: 'Highlight deleted', toast: true, undo: () => restore(view) });
    return true;
  }

  async function restore(view: AnnotationView): Promise<void> {
    put(view);
    try {
      const back = await save(() => api.restoreAnnotation({ id: view.id }));
      if (!disposed) put(back);
    } catch (err) {
      drop(view.id);
      onError(`Could not bring the highlight back: ${describeError(err)}`);
      throw err;
    }
  }

  async function update(id: string, patch: AnnotationPatch, { undoable = true } = {}): Promise<AnnotationView | null> {
    const before = views.get(ids.currentId(id));
    if (!before) return null;
    put(patchedView(article, before, patch, now()));
    const real = await ids.serverId(before.id);
    if (!real) return null;
    try {
      const saved = await save(() => api.updateAnnotation({ id: real, ...patch }));
      if (!disposed && views.has(real)) put(saved);
      const back = undoable ? inversePatch(before, patch) : null;
      if (back) {
        undo.push({
          ...editUndoLabel(before, patch),
          undo: async () => {
            if (!(await update(real, back, { undoable: false }))) throw new Error('the highlight is gone');
          },
        });
      }
      return saved;
    } catch (err) {
      if (!disposed && views.has(real)) put({ ...before, id: real });
      onError(`Could not save the change: ${describeError(err)}`);
      return null;
    }
  }

  /** The server saved a new highlight: it takes the server's id, keeping edits made meanwhile. */
  function saved(tempId: string, view: AnnotationView): string {
    const local = views.get(tempId);
    views.delete(tempId);
    ids.resolve(tempId, view.id);
    // Edits made while the call was in flight win over what the server echoed back.
    const merged = local ? { ...view, colour: local.colour, note: local.note, tags: local.tags } : view;
    views.set(view.id, merged);
    emit({ type: 'replace', fromId: tempId, view: merged });
    undo.push({ label: 'Highlight added', toast: false, undo: async () => void (await remove(view.id, { undoable: false })) });
    return view.id;
  }

  function create(range: { start: number; end: number }, colour: Colour, extra: { note?: string; tags?: string[] } = {}): string {
    const tempId = ids.next();
    const note = extra.note ?? '';
    const tags = extra.tags ?? [];
    put(newView(article, tempId, range, colour, { note, tags, stamp: now() }));
    const exact = article.text.slice(range.start, range.end);
    const done = save(() => api.createAnnotation({ articleId: article.id, range, colour, note, tags, exact }))
      .then((view) => saved(tempId, view))
      .catch((err: unknown) => {
        drop(tempId);
        onError(`Could not save the highlight: ${describeError(err)}`);
        return null;
      })
      .finally(() => ids.settle(tempId));
    ids.track(tempId, done);
    return tempId;
  }

  async function load(): Promise<void> {
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
      const unsaved = ids.unsaved().map((id) => views.get(id)).filter((v): v is AnnotationView => v !== undefined);
      views.clear();
      for (const v of all) views.set(v.id, v);
      for (const v of unsaved) views.set(v.id, v);
      status = 'ready';
      emit({ type: 'reset' });
    } catch (err) {
      status = 'error';
      emit({ type: 'reset' });
      onError(`Could not load the highlights: ${describeError(err)}`);
    }
  }

  return {
    articleId: article.id,
    status: () => status,
    version: () => version,
    get: (id) => views.get(ids.currentId(id)),
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
    load,
    hear(notice) {
      if (!concerns(notice, article.id)) return;
      if (notice.source === 'local' && unheard.claim()) return;
      void load();
    },
    create,
    update,
    remove,
    currentId: ids.currentId,
    stableKey: ids.stableKey,
  };
}
