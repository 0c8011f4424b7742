import { describe, expect, it, vi } from 'vitest';
import type { AnnotationView } from '../../../../main/contract';
import { createAnnotationStore, type AnnotationsApi, type StoreEvent } from '../../../../renderer/annotations/annotation-store';
import { createUndoStack } from '../../../../renderer/annotations/undo-stack';
import { ARTICLE, view } from './store-fixtures';

/** A fake back end holding views in memory; each method can be made to fail. */
function fakeApi(initial: AnnotationView[] = []) {
  const db = new Map(initial.map((v) => [v.id, v]));
  const trash = new Map<string, AnnotationView>();
  let next = 1;
  const fail = { create: false, update: false, delete: false };
  const api: AnnotationsApi = {
    listAnnotations: async () => [...db.values()],
    createAnnotation: async (input) => {
      if (fail.create) throw new Error('disk full');
      const v = view(`srv-${next++}`, input.range.start, input.range.end, { colour: input.colour, note: input.note ?? '', tags: input.tags ?? [] });
      db.set(v.id, v);
      return v;
    },
    updateAnnotation: async (input) => {
      if (fail.update) throw new Error('disk full');
      const old = db.get(input.id);
      if (!old) throw new Error('not found');
      const v = { ...old, ...(input.colour && { colour: input.colour }), ...(input.note !== undefined && { note: input.note }), ...(input.tags && { tags: input.tags }) };
      db.set(v.id, v);
      return v;
    },
    deleteAnnotation: async ({ id }) => {
      if (fail.delete) throw new Error('disk full');
      trash.set(id, db.get(id)!);
      db.delete(id);
      return { ok: true as const };
    },
    restoreAnnotation: async ({ id }) => {
      const v = trash.get(id)!;
      trash.delete(id);
      db.set(id, v);
      return v;
    },
  };
  return { api, db, fail };
}

function setup(initial: AnnotationView[] = []) {
  const back = fakeApi(initial);
  const undo = createUndoStack();
  const onError = vi.fn();
  const store = createAnnotationStore({ article: ARTICLE, api: back.api, undo, onError });
  const events: StoreEvent[] = [];
  store.subscribe((e) => events.push(e));
  return { store, undo, onError, events, ...back };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('annotation store', () => {
  it('lists highlights in document order with detached ones last', async () => {
    const { store } = setup([view('late', 20, 25), view('lost', null, null), view('early', 0, 5)]);
    await store.load();
    expect(store.list().map((v) => v.id)).toEqual(['early', 'late', 'lost']);
  });

  it('shows a new highlight at once and switches it to the server’s id when saved', async () => {
    const { store, events, db } = setup();
    await store.load();
    const temp = store.create({ start: 6, end: 10 }, 'green');
    expect(store.list().map((v) => [v.id, v.target.quote.exact])).toEqual([[temp, 'beta']]);
    await settle();
    expect(store.list().map((v) => v.id)).toEqual(['srv-1']);
    expect(store.currentId(temp)).toBe('srv-1');
    expect(store.stableKey('srv-1')).toBe(temp);
    expect(events.map((e) => e.type)).toEqual(['reset', 'upsert', 'replace']);
    expect(db.get('srv-1')?.colour).toBe('green');
  });

  it('takes back a highlight the server refused and says why', async () => {
    const { store, fail, onError } = setup();
    await store.load();
    fail.create = true;
    store.create({ start: 6, end: 10 }, 'green');
    await settle();
    expect(store.list()).toEqual([]);
    expect(onError).toHaveBeenCalledWith(expect.stringContaining('disk full'));
  });

  it('sends an edit made while the highlight was still being saved, under the server’s id', async () => {
    const { store, db } = setup();
    await store.load();
    const temp = store.create({ start: 6, end: 10 }, 'green');
    const saved = await store.update(temp, { note: 'quick note' });
    expect(saved?.id).toBe('srv-1');
    expect(db.get('srv-1')?.note).toBe('quick note');
    expect(store.get(temp)?.note).toBe('quick note');
  });

  it('reverts a colour change the server refused and says why', async () => {
    const { store, fail, onError } = setup([view('x', 0, 5, { colour: 'blue' })]);
    await store.load();
    fail.update = true;
    const pending = store.update('x', { colour: 'pink' });
    expect(store.get('x')?.colour).toBe('pink');
    await pending;
    expect(store.get('x')?.colour).toBe('blue');
    expect(onError).toHaveBeenCalledWith(expect.stringContaining('disk full'));
  });

  it('removes a deleted highlight at once and brings it back on undo', async () => {
    const { store, undo, db } = setup([view('x', 0, 5)]);
    await store.load();
    const pending = store.remove('x');
    expect(store.list()).toEqual([]);
    await pending;
    expect(db.has('x')).toBe(false);
    expect(undo.peek()).toMatchObject({ label: 'Highlight deleted', toast: true });
    await undo.undoLast();
    expect(store.list().map((v) => v.id)).toEqual(['x']);
    expect(db.has('x')).toBe(true);
  });

  it('puts back a highlight whose deletion failed and says why', async () => {
    const { store, fail, onError, undo } = setup([view('x', 0, 5)]);
    await store.load();
    fail.delete = true;
    expect(await store.remove('x')).toBe(false);
    expect(store.list().map((v) => v.id)).toEqual(['x']);
    expect(onError).toHaveBeenCalledWith(expect.stringContaining('Could not delete'));
    expect(undo.peek()).toBeUndefined();
  });

  it('offers to undo a cleared note, and undoing restores the text', async () => {
    const { store, undo, db } = setup([view('x', 0, 5, { note: 'keep me' })]);
    await store.load();
    await store.update('x', { note: '' });
    expect(undo.peek()).toMatchObject({ label: 'Note deleted', toast: true });
    await undo.undoLast();
    expect(store.get('x')?.note).toBe('keep me');
    expect(db.get('x')?.note).toBe('keep me');
  });

  it('undoes a new highlight by deleting it, without offering to undo that', async () => {
    const { store, undo } = setup();
    await store.load();
    store.create({ start: 0, end: 5 }, 'yellow');
    await settle();
    expect(await undo.undoLast()).toBe(true);
    await settle();
    expect(store.list()).toEqual([]);
    expect(undo.peek()).toBeUndefined();
  });
});
