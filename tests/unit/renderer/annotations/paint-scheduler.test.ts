import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COLOURS, type Colour } from '../../../../main/contract';
import { createPainter, type HighlightEnv } from '../../../../renderer/annotations/painter';
import { createHitIndex } from '../../../../renderer/annotations/hit-index';
import { BATCH, NEAR, createPaintScheduler, type OffsetWindow, type Placed } from '../../../../renderer/annotations/paint-scheduler';

/** A fake Range: the offsets it was made for. */
type FakeRange = { start: number; end: number };

/**
 * A scheduler over the real painter (on a stand-in Highlight API) and the real hit index, a
 * text map that counts the ranges it makes, a viewport that the test scrolls (the visible
 * stretch of text; "near" adds NEAR times its length either side, as screens would), and a
 * queue of deferred batches the test runs one task at a time.
 */
function setup(annotations: Placed[], visible: OffsetWindow | null) {
  const registry = new Map<string, Set<AbstractRange>>();
  const env = { registry, create: (ranges: AbstractRange[]) => Object.assign(new Set(ranges), { priority: 0 }) } as unknown as HighlightEnv;
  const painter = createPainter(env);
  const index = createHitIndex();
  const rangesMade: FakeRange[] = [];
  const map = {
    rangeFromOffsets(start: number, end: number) {
      const range = { start, end };
      rangesMade.push(range);
      return range as unknown as Range;
    },
  };
  const store = new Map(annotations.map((a) => [a.id, a]));
  const view = { visible };
  const tasks: Array<() => void> = [];
  let allPainted = 0;
  const scheduler = createPaintScheduler({
    painter,
    index,
    getMap: () => map,
    nearViewport(_map, margin) {
      if (!view.visible) return null;
      const { start, end } = view.visible;
      const pad = Math.round(margin * (end - start));
      return { start: Math.max(0, start - pad), end: end + pad };
    },
    current: (id) => store.get(id) ?? null,
    defer(task) {
      tasks.push(task);
      return () => tasks.splice(tasks.indexOf(task) >>> 0, 1);
    },
  });
  const registeredIds = () => {
    const inRegistry = new Set<AbstractRange>();
    for (const colour of COLOURS) for (const r of registry.get(`lectern-${colour}`) ?? []) inRegistry.add(r);
    return [...store.keys()].filter((id) => {
      const range = painter.rangeOf(id);
      return range !== undefined && inRegistry.has(range);
    });
  };
  return {
    painter,
    index,
    store,
    view,
    tasks,
    scheduler,
    rangesMade,
    registeredIds,
    open: () => scheduler.open(annotations, { onAllPainted: () => allPainted++ }),
    allPainted: () => allPainted,
    /** Runs the next deferred task; false when none is waiting. */
    runTask: () => {
      const task = tasks.shift();
      task?.();
      return task !== undefined;
    },
  };
}

const placed = (id: string, start: number, end: number, colour: Colour = 'yellow'): Placed => ({ id, colour, start, end });

/** `n` annotations of 10 characters, one every 100 characters. */
const spaced = (n: number) => Array.from({ length: n }, (_, i) => placed(`a${i}`, i * 100, i * 100 + 10, COLOURS[i % COLOURS.length]));

describe('paint scheduler', () => {
  it.each([
    // what the reader sees, which highlights are registered (NEAR screens either side count too)
    { visible: { start: 0, end: 200 }, registered: ['a0', 'a1', 'a2', 'a3', 'a4'] },
    { visible: { start: 1000, end: 1200 }, registered: ['a7', 'a8', 'a9', 'a10', 'a11', 'a12', 'a13', 'a14'] },
    { visible: { start: 9000, end: 9100 }, registered: [] },
    { visible: null, registered: spaced(20).map((a) => a.id) },
  ])('opening with $visible on screen registers only the highlights near it: $registered', ({ visible, registered }) => {
    expect(NEAR).toBe(1.5); // the table's windows are worked out for 1.5 screens either side
    const s = setup(spaced(20), visible);
    const near = s.open();
    expect(near).toBe(registered.length);
    expect(s.registeredIds()).toEqual(registered);
  });

  it('gives the rest their ranges in batches, the first in the same task, one batch a task after it', () => {
    const total = 2 * BATCH + 500;
    const s = setup(spaced(total), { start: 0, end: 200 });
    const near = s.open();
    expect(s.painter.size).toBe(near + BATCH);
    expect(s.runTask()).toBe(true);
    expect(s.painter.size).toBe(near + 2 * BATCH);
    expect(s.runTask()).toBe(true);
    expect(s.painter.size).toBe(total);
    expect(s.allPainted()).toBe(0);
    expect(s.runTask()).toBe(true);
    expect(s.allPainted()).toBe(1);
    expect(s.runTask()).toBe(false);
    // Batches make ranges; they do not register anything beyond the window.
    expect(s.registeredIds()).toHaveLength(near);
  });

  it.each([
    // scrolled to (from 0–200 on screen: a0–a4 registered), what is registered afterwards
    { to: { start: 300, end: 400 }, registered: ['a0', 'a1', 'a2', 'a3', 'a4'] }, // still inside the window: unchanged
    { to: { start: 2000, end: 2200 }, registered: ['a17', 'a18', 'a19', 'a20', 'a21', 'a22', 'a23', 'a24'] },
    { to: null, registered: [] }, // scrolled past the article
  ])('scrolling to $to leaves $registered registered', ({ to, registered }) => {
    const s = setup(spaced(40), { start: 0, end: 200 });
    s.open();
    while (s.runTask());
    s.view.visible = to;
    s.scheduler.followViewport(false);
    expect(s.registeredIds()).toEqual(registered);
  });

  it('a resize re-measures the window even when what is visible stayed inside it', () => {
    const s = setup(spaced(40), { start: 0, end: 200 });
    s.open();
    s.view.visible = { start: 100, end: 160 }; // the window got narrower: fewer highlights near
    s.scheduler.followViewport(false);
    expect(s.registeredIds()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    s.scheduler.followViewport(true);
    expect(s.registeredIds()).toEqual(['a1', 'a2']);
  });

  it('a highlight changed or deleted while the batches run is not painted again from the opening list', () => {
    const s = setup(spaced(3 * BATCH), { start: 0, end: 200 });
    s.open();
    const late = `a${2 * BATCH + 7}`; // in the second deferred batch
    const gone = `a${2 * BATCH + 8}`;
    const recoloured = { ...s.store.get(late)!, colour: 'pink' as const };
    s.store.set(late, recoloured);
    s.scheduler.update(late, recoloured);
    s.store.delete(gone);
    s.scheduler.remove(gone);
    while (s.runTask());
    expect(s.painter.colourOf(late)).toBe('pink');
    expect(s.painter.rangeOf(gone)).toBeUndefined();
    expect(s.index.has(gone)).toBe(false);
    expect(s.rangesMade.filter((r) => r.start === recoloured.start)).toHaveLength(1);
  });

  it('a recolouring keeps the range it has; a move makes a new one and moves the hit', () => {
    const s = setup(spaced(5), null);
    s.open();
    const made = s.rangesMade.length;
    const first = s.painter.rangeOf('a1');
    s.scheduler.update('a1', placed('a1', 100, 110, 'purple'));
    expect(s.painter.rangeOf('a1')).toBe(first);
    expect(s.rangesMade).toHaveLength(made);
    s.scheduler.update('a1', placed('a1', 120, 130, 'purple'));
    expect(s.rangesMade).toHaveLength(made + 1);
    expect(s.index.top(125)).toBe('a1');
    expect(s.index.top(105)).toBeNull();
    s.scheduler.update('a1', null); // detached
    expect(s.painter.rangeOf('a1')).toBeUndefined();
    expect(s.index.top(125)).toBeNull();
  });

  it('a saved highlight takes over the range its temporary id was painted with', () => {
    const s = setup(spaced(3), null);
    s.open();
    s.scheduler.update('tmp-1', placed('tmp-1', 500, 520, 'green'));
    const range = s.painter.rangeOf('tmp-1');
    const made = s.rangesMade.length;
    s.scheduler.replace('tmp-1', 'saved-1', placed('saved-1', 500, 520, 'green'));
    expect(s.painter.rangeOf('tmp-1')).toBeUndefined();
    expect(s.painter.rangeOf('saved-1')).toBe(range);
    expect(s.index.top(510)).toBe('saved-1');
    expect(s.rangesMade).toHaveLength(made);
  });

  it('after dispose, the batches still waiting paint nothing', () => {
    const s = setup(spaced(3 * BATCH), { start: 0, end: 200 });
    s.open();
    const size = s.painter.size;
    s.scheduler.dispose();
    while (s.runTask());
    expect(s.painter.size).toBe(size);
    expect(s.allPainted()).toBe(0);
  });

  it('reopening cancels the old batches: every annotation ends up with exactly one range', () => {
    const s = setup(spaced(2 * BATCH + 10), { start: 0, end: 200 });
    s.open();
    s.rangesMade.length = 0;
    s.open();
    while (s.runTask());
    expect(s.rangesMade).toHaveLength(2 * BATCH + 10);
    expect(s.allPainted()).toBe(1);
  });

  it('whatever the viewport, scrolling and batches: one range each, every one painted in its colour, what is on screen registered', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('task' as const) }),
      fc.record({ kind: fc.constant('scroll' as const), at: fc.nat(30_000), length: fc.integer({ min: 1, max: 3000 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2500 }), fc.nat(30_000), fc.array(step, { maxLength: 12 }), (n, at, steps) => {
        const annotations = Array.from({ length: n }, (_, i) => placed(`a${i}`, i * 11, i * 11 + 5 + (i % 7), COLOURS[i % 5]));
        const s = setup(annotations, { start: at, end: at + 800 });
        s.open();
        for (const st of steps) {
          if (st.kind === 'task') s.runTask();
          else {
            s.view.visible = { start: st.at, end: st.at + st.length };
            s.scheduler.followViewport(false);
          }
        }
        while (s.runTask());
        expect(s.rangesMade).toHaveLength(n);
        expect(annotations.filter((a) => s.painter.colourOf(a.id) !== a.colour)).toEqual([]);
        const { start, end } = s.view.visible!;
        const onScreen = annotations.filter((a) => a.end > start && a.start < end).map((a) => a.id);
        const registered = new Set(s.registeredIds());
        expect(onScreen.filter((id) => !registered.has(id))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
