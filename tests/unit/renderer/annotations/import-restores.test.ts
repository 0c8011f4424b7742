/**
 * Highlights restored from the trash or imported from a backup reach the open article: its
 * store tells its own changes from others' and reloads in place for the others.
 */
import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../../../main/contract';
import { createAnnotationStore, type AnnotationsApi } from '../../../../renderer/annotations/annotation-store';
import { createUndoStack } from '../../../../renderer/annotations/undo-stack';

const TEXT = 'Alpha beta gamma.\n\nDelta epsilon zeta eta.';
const ARTICLE = { id: 'a1', text: TEXT, contentHash: 'h1' };

function view(id: string, start: number, end: number, extra: Partial<AnnotationView> = {}): AnnotationView {
  return {
    id,
    articleId: 'a1',
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
    colour: 'yellow',
    note: '',
    tags: [],
    target: { quote: { exact: TEXT.slice(start, end), prefix: '', suffix: '' }, position: { start, end }, contentHash: 'h1' },
    anchor: { status: 'exact', start, end, score: 1 },
    ...extra,
  };
}

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

describe('telling the store’s own changes from others’', () => {
  it('recognises the inputs of its own calls and nothing else', async () => {
    const { store, inputs } = setup([view('x', 0, 5)]);
    await store.load();
    store.create({ start: 6, end: 10 }, 'green');
    await settle();
    await store.update('x', { colour: 'blue' });
    await store.remove('x');
    const [listInput, ...own] = inputs;
    expect(own).toHaveLength(3);
    for (const input of own) expect(store.owns({ method: 'createAnnotation', input } as { input: unknown })).toBe(true);
    // Listing changes nothing; an equal input from someone else (the trash) is not the store's.
    expect(store.owns({ input: listInput })).toBe(false);
    expect(store.owns({ input: { id: 'x' } })).toBe(false);
    expect(store.owns({})).toBe(false);
    expect(store.owns({ origin: store })).toBe(true);
    expect(store.owns({ origin: {} })).toBe(false);
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
