/**
 * When each highlight of an opened article gets its range and when it is registered with the
 * browser, with no React and no store: the painting hook (use-painting.ts) and the reader
 * benchmark (bench/browser) both run this module, so the bench times the app's own schedule.
 *
 * Opening puts every placed annotation into the hit index, makes ranges for the ones near the
 * viewport (all the first frame shows) and registers only those; the rest get ranges in
 * batches of BATCH, the first in the same task, the others one task each. Scrolling out of
 * the registered window moves it; one change repaints one range. See painter.ts for why only
 * the highlights near the viewport are registered.
 */
import type { Colour } from '../../main/contract';
import type { HitIndex } from './hit-index';
import type { PaintItem, Painter } from './painter';

/** Ranges made per batch after the first frame. */
export const BATCH = 1000;
/** How far beyond the viewport (in viewport heights) highlights count as "near". */
export const NEAR = 1.5;

/** An annotation placed in the text: `[start, end)` of the article's plain text. */
export interface Placed {
  id: string;
  colour: Colour;
  start: number;
  end: number;
}

/** A stretch of the plain text, `[start, end)`. */
export interface OffsetWindow {
  start: number;
  end: number;
}

/** What the scheduler needs of a text map: ranges for offsets in the pane as rendered now. */
export interface RangeSource {
  rangeFromOffsets(start: number, end: number): Range | null;
}

/** The scheduler's surroundings; the hook passes the live ones, tests pass fakes. */
export interface PaintSchedulerDeps<M extends RangeSource> {
  painter: Painter;
  index: HitIndex;
  /** The text map of the pane as rendered now, or null while it does not show this article. */
  getMap(): M | null;
  /** The offsets within `margin` viewport heights of what is on screen, or null if no block is. */
  nearViewport(map: M, margin: number): OffsetWindow | null;
  /** The annotation as it is now, or null (removed, detached): batches run after changes came in. */
  current(id: string): Placed | null;
  /** Runs `task` in a later task and returns its cancel; setTimeout(task, 0) by default. */
  defer?(task: () => void): () => void;
}

/** Callbacks of one opening, for the performance measures. */
export interface OpenCallbacks {
  /** The first frame's highlights are painted and registered (`count` of them). */
  onNearPainted?(count: number): void;
  /** Every batch has run, or the pane stopped showing the article before they could. */
  onAllPainted?(): void;
}

/** The painting schedule of the current article. */
export interface PaintScheduler {
  /** Paints a freshly opened (or reloaded) article's placed annotations; returns how many were near. */
  open(placed: readonly Placed[], callbacks?: OpenCallbacks): number;
  /** Moves the registered window when the visible part left it (always when `force`: a resize). */
  followViewport(force: boolean): void;
  /** One new or changed annotation; null when it is no longer placed (detached), which unpaints it. */
  update(id: string, placed: Placed | null): void;
  /** One annotation gone. */
  remove(id: string): void;
  /** A temporary id became `id`: the painted range carries over when there is one. */
  replace(fromId: string, id: string, placed: Placed | null): void;
  /** Cancels the batches still to run. */
  dispose(): void;
}

function defaultDefer(task: () => void): () => void {
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

/** Creates the scheduler over a painter and hit index that it fills but does not own. */
export function createPaintScheduler<M extends RangeSource>(deps: PaintSchedulerDeps<M>): PaintScheduler {
  const { painter, index, getMap, nearViewport, current } = deps;
  const defer = deps.defer ?? defaultDefer;
  let shownWindow: OffsetWindow | null = null;
  let cancelBatch: () => void = () => {};

  function itemsFor(list: Iterable<Placed>, map: M): PaintItem[] {
    const items: PaintItem[] = [];
    for (const p of list) {
      const range = map.rangeFromOffsets(p.start, p.end);
      if (range) items.push({ id: p.id, colour: p.colour, range });
    }
    return items;
  }

  /** One batch of the ids still waiting, then the next in a later task. */
  function paintLater(ids: string[], onAllPainted?: () => void): void {
    const map = getMap();
    if (!map || !ids.length) {
      onAllPainted?.();
      return;
    }
    const batch: Placed[] = [];
    for (const id of ids.splice(0, BATCH)) {
      const now = current(id);
      // Changed or removed since the opening: the change painted it, or it is gone.
      if (now && !painter.rangeOf(id)) batch.push(now);
    }
    painter.paintAll(itemsFor(batch, map));
    cancelBatch = defer(() => paintLater(ids, onAllPainted));
  }

  function update(id: string, placed: Placed | null): void {
    if (!placed) {
      painter.unpaint(id);
      index.remove(id);
      return;
    }
    const map = getMap();
    if (!map) return;
    const known = index.get(id);
    const sameRange = known && known.start === placed.start && known.end === placed.end;
    // A recolouring keeps its range: no new Range, no index move.
    const range = (sameRange && painter.rangeOf(id)) || map.rangeFromOffsets(placed.start, placed.end);
    if (!range) return;
    painter.paint(id, placed.colour, range);
    if (!sameRange) index.set(id, placed.start, placed.end);
  }

  return {
    open(placed, callbacks = {}) {
      const map = getMap();
      if (!map) return 0;
      painter.clear();
      cancelBatch();
      index.load(placed);
      shownWindow = nearViewport(map, NEAR);
      const win = shownWindow;
      const near = win ? placed.filter((p) => p.end > win.start && p.start < win.end) : placed;
      const nearIds = new Set(near.map((p) => p.id));
      painter.paintAll(itemsFor(near, map));
      painter.setShown(nearIds);
      callbacks.onNearPainted?.(near.length);
      paintLater(
        placed.filter((p) => !nearIds.has(p.id)).map((p) => p.id),
        callbacks.onAllPainted,
      );
      return near.length;
    },
    followViewport(force) {
      const map = getMap();
      if (!map) return;
      const visible = nearViewport(map, 0);
      if (!force && visible && shownWindow && visible.start >= shownWindow.start && visible.end <= shownWindow.end) return;
      shownWindow = nearViewport(map, NEAR);
      painter.setShown(shownWindow ? index.overlapping(shownWindow.start, shownWindow.end) : []);
    },
    update,
    remove(id) {
      painter.unpaint(id);
      index.remove(id);
    },
    replace(fromId, id, placed) {
      const range = painter.rangeOf(fromId);
      painter.unpaint(fromId);
      index.remove(fromId);
      if (range && placed) {
        painter.paint(id, placed.colour, range);
        index.set(id, placed.start, placed.end);
      } else update(id, placed);
    },
    dispose() {
      cancelBatch();
    },
  };
}
