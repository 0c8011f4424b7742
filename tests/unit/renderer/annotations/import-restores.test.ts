/**
 * Highlights restored from the trash or imported from a backup reach the open article: its
 * store hears the change stream and reloads in place for every change it did not make.
 */
import { describe, expect, it } from 'vitest';
import type { AnnotationView, ChangeNotice } from '../../../../main/contract';
import { createAnnotationStore, type AnnotationsApi } from '../../../../renderer/annotations/annotation-store';
import { createUndoStack } from '../../../../renderer/annotations/undo-stack';
import { ARTICLE, view } from './store-fixtures';

/** A back end in memory that records every input it was called with; creates can be held back. */
function backEnd(initial: AnnotationView[]) {
  const db = new Map(initial.map((v) => [v.id, v]));
  const inputs: object[] = [];
  let holdCreate: Promise<void> | null = null;
  let duringList: (() => void) | null = null;
  let next = 1;
  const api: AnnotationsApi = {
    listAnnotations: async (input) => {
      inputs.push(input);
      const answer = [...db.values()];
      const hook = duringList;
      duringList = null;
      if (!hook) return answer;
      // The reader's change is saved before this (now stale) answer arrives.
      hook();
      await new Promise((r) => setTimeout(r, 0));
      return answer;
    },
    createAnnotation: async (input) => {
      inputs.push(input);
      if (holdCreate) await holdCreate;
      const v = view(`srv-${next++}`, input.range.start, input.range.end, { colour: input.colour });
      db.set(v.id, v);
      return v;
    },
    updateAnnotation: async (input) => {
      inputs.push(input);
      const v = { ...db.get(input.id)!, ...(input.colour && { colour: input.colour }) };
      db.set(v.id, v);
      return v;
    },
    deleteAnnotation: async (input) => {
      inputs.push(input);
      db.delete(input.id);
      return { ok: true as const };
    },
    restoreAnnotation: async (input) => {
      inputs.push(input);
      return db.get(input.id)!;
    },
  };
  return {
    api,
    db,
    inputs,
    hold(gate: Promise<void>) {
      holdCreate = gate;
    },
    /** Runs `change` after the next list was read but before it answers (a stale answer). */
    whileListing(change: () => void) {
      duringList = change;
    },
  };
}

function setup(initial: AnnotationView[] = []) {
  const back = backEnd(initial);
  const undo = createUndoStack();
  const errors: string[] = [];
  const store = createAnnotationStore({ article: ARTICLE, api: back.api, undo, onError: (m) => errors.push(m) });
  store.subscribe(() => {});
  return { store, undo, errors, ...back };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('hearing the change stream', () => {
  const local: ChangeNotice = { kind: 'annotations', articleIds: ['a1'], source: 'local' };
  const external: ChangeNotice = { kind: 'annotations', articleIds: ['a1'], source: 'external' };
  const lists = (inputs: object[]) => inputs.filter((input) => Object.keys(input).join() === 'articleId').length;

  it.each<[string, ChangeNotice, number]>([
    ['another window changed this article', external, 1],
    ['a backup restored, whichever article it touched', { kind: 'annotations', articleIds: null, source: 'external' }, 1],
    ['this page changed it outside the store (the trash)', local, 1],
    ['another article changed', { kind: 'annotations', articleIds: ['a2'], source: 'external' }, 0],
    ['settings changed', { kind: 'settings', source: 'external' }, 0],
  ])('reloads when %s', async (_case, notice, reloads) => {
    const { store, inputs } = setup([view('x', 0, 5)]);
    await store.load();
    store.hear(notice);
    await settle();
    expect(lists(inputs) - 1).toBe(reloads);
  });

  it('does not reload for its own saves, whether their notice comes before or after the reply', async () => {
    const { store, inputs, api } = setup([view('x', 0, 5)]);
    await store.load();
    const updateAnnotation = api.updateAnnotation;
    api.updateAnnotation = async (input) => {
      store.hear(local); // over IPC the notice is sent before the reply
      return updateAnnotation(input);
    };
    await store.update('x', { colour: 'blue' });
    await store.remove('x');
    store.hear(local); // over HTTP it may come after
    await settle();
    expect(lists(inputs)).toBe(1);
  });

  it('reloads for a local change once its own failed save will announce nothing', async () => {
    const { store, inputs, api } = setup([view('x', 0, 5)]);
    await store.load();
    api.deleteAnnotation = async () => {
      throw new Error('disk full');
    };
    await store.remove('x');
    store.hear(local);
    await settle();
    expect(lists(inputs)).toBe(2);
  });
});

describe('reloading after a change made elsewhere', () => {
  it('shows a highlight restored elsewhere and keeps the undo history', async () => {
    const { store, undo, db } = setup([view('x', 0, 5)]);
    await store.load();
    await store.update('x', { colour: 'pink' });
    db.set('back', view('back', 20, 25, { colour: 'green' }));

    await store.load();
    expect(store.list().map((v) => [v.id, v.colour])).toEqual([
      ['x', 'pink'],
      ['back', 'green'],
    ]);
    expect(undo.peek()?.label).toBe('Highlight changed');
    await undo.undoLast();
    expect(store.get('x')?.colour).toBe('yellow');
  });

  it('keeps showing the highlights while it fetches, instead of a loading state', async () => {
    const { store } = setup([view('x', 0, 5)]);
    await store.load();
    const reloading = store.load();
    expect(store.status()).toBe('ready');
    expect(store.list().map((v) => v.id)).toEqual(['x']);
    await reloading;
  });

  it('keeps a highlight that is still being saved, which then gets its server id', async () => {
    const { store, hold } = setup();
    await store.load();
    let release!: () => void;
    hold(new Promise<void>((r) => (release = r)));
    const temp = store.create({ start: 6, end: 10 }, 'green');
    await store.load();
    expect(store.list().map((v) => v.id)).toEqual([temp]);
    release();
    await settle();
    expect(store.list().map((v) => v.id)).toEqual(['srv-1']);
  });

  it('asks again when the reader changed something while the answer was on its way', async () => {
    const { store, whileListing } = setup([view('x', 0, 5)]);
    await store.load();
    whileListing(() => void store.update('x', { colour: 'blue' }));
    await store.load();
    expect(store.get('x')?.colour).toBe('blue');
  });
});
