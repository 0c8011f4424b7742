/**
 * Lectern's painting pipeline as renderer/annotations/use-painting.ts runs it, without React
 * and the annotation store around it: on open, the hit index gets every annotation, ranges
 * are made and registered for the ones near the viewport only (the first frame), the rest
 * get ranges in batches right after; the registered window follows scrolling; one change
 * repaints one range. Uses the real painter, hit index, text map and viewport window.
 * Keep in step with use-painting.ts (NEAR and BATCH are copied from there).
 */
import type { Colour } from '../../main/contract';
import type { HitIndex } from '../../renderer/annotations/hit-index';
import type { PaintItem, Painter } from '../../renderer/annotations/painter';
import { offsetsNearViewport } from '../../renderer/annotations/viewport-window';
import type { TextMap } from '../../renderer/reader/text-map';

const NEAR = 1.5;
const BATCH = 1000;

/** An annotation placed in the text. */
export interface Placed {
  id: string;
  colour: Colour;
  start: number;
  end: number;
}

/** The painting of one opened article. */
export function createAppPainting(painter: Painter, index: HitIndex, map: TextMap, scroller: HTMLElement) {
  let shownWindow: { start: number; end: number } | null = null;
  let batchTimer: ReturnType<typeof setTimeout> | undefined;
  let scrollFrame = 0;
  let settled: Promise<void> = Promise.resolve();

  function itemsFor(list: Iterable<Placed>): PaintItem[] {
    const items: PaintItem[] = [];
    for (const p of list) {
      const range = map.rangeFromOffsets(p.start, p.end);
      if (range) items.push({ id: p.id, colour: p.colour, range });
    }
    return items;
  }

  function followViewport(force: boolean): void {
    const visible = offsetsNearViewport(map, scroller, 0);
    if (!force && visible && shownWindow && visible.start >= shownWindow.start && visible.end <= shownWindow.end) return;
    shownWindow = offsetsNearViewport(map, scroller, NEAR);
    painter.setShown(shownWindow ? index.overlapping(shownWindow.start, shownWindow.end) : []);
  }

  const onScroll = () => {
    if (!scrollFrame) {
      scrollFrame = requestAnimationFrame(() => {
        scrollFrame = 0;
        followViewport(false);
      });
    }
  };
  scroller.addEventListener('scroll', onScroll, { passive: true });

  return {
    /** Opening: everything into the hit index, the near ones painted now, the rest in batches. */
    open(placed: readonly Placed[]): number {
      painter.clear();
      index.load(placed);
      shownWindow = offsetsNearViewport(map, scroller, NEAR);
      const win = shownWindow;
      const near = win ? placed.filter((p) => p.end > win.start && p.start < win.end) : placed;
      const nearIds = new Set(near.map((p) => p.id));
      painter.paintAll(itemsFor(near));
      painter.setShown(nearIds);
      const rest = placed.filter((p) => !nearIds.has(p.id));
      settled = new Promise((done) => {
        const next = () => {
          if (rest.length === 0) return done();
          painter.paintAll(itemsFor(rest.splice(0, BATCH)));
          batchTimer = setTimeout(next, 0);
        };
        batchTimer = setTimeout(next, 0);
      });
      return near.length;
    },
    /** Resolves once the batches after the first frame are done. */
    settled: () => settled,
    /** One new or changed annotation (paintOne in use-painting.ts). */
    paintOne(p: Placed): void {
      const range = map.rangeFromOffsets(p.start, p.end);
      if (!range) return;
      painter.paint(p.id, p.colour, range);
      index.set(p.id, p.start, p.end);
    },
    remove(id: string): void {
      painter.unpaint(id);
      index.remove(id);
    },
    dispose(): void {
      clearTimeout(batchTimer);
      cancelAnimationFrame(scrollFrame);
      scroller.removeEventListener('scroll', onScroll);
    },
  };
}

export type AppPainting = ReturnType<typeof createAppPainting>;
