/**
 * Keeps the painter and the hit index in step with the store. Opening an article makes ranges
 * for the highlights near the viewport first (all the first frame shows) and for the rest in
 * small batches right after; later changes repaint one range each. Only the highlights near
 * the viewport are registered, and that window follows the reader's scrolling (see painter.ts
 * for why).
 */
import { useEffect, useMemo, type RefObject } from 'react';
import type { AnnotationView } from '../../main/contract';
import { createTextMap, type TextMap } from '../reader';
import type { AnnotationStore, StoreEvent } from './annotation-store';
import { createHitIndex, type HitIndex } from './hit-index';
import { createPainter, type PaintItem, type Painter } from './painter';
import { measureSince } from './dom-actions';
import { offsetsNearViewport } from './viewport-window';

/** What the layer needs from painting: lookups by id and by offset. */
export interface Painting {
  painter: Painter;
  index: HitIndex;
  /** The text map of the current root (rebuilt when the pane re-rendered), or null. */
  getMap(): TextMap | null;
  /** The painted range of an annotation, painting it first if its batch has not run yet. */
  ensurePainted(id: string): Range | undefined;
}

const MAX_WAIT_FRAMES = 120;
const BATCH = 1000;
/** How far beyond the viewport (in viewport heights) highlights count as "near". */
const NEAR = 1.5;

type Placed = AnnotationView & { anchor: { start: number; end: number } };

function isPlaced(view: AnnotationView): view is Placed {
  return view.anchor.status !== 'detached' && view.anchor.start !== null && view.anchor.end !== null && view.anchor.end > view.anchor.start;
}

/** Paints the store's annotations under `rootRef` for as long as the store is current. */
export function usePainting(
  store: AnnotationStore,
  blockCount: number,
  rootRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
): Painting {
  const painting = useMemo<Painting>(() => {
    let map: TextMap | null = null;
    function getMap(): TextMap | null {
      const root = rootRef.current;
      if (!root) return null;
      if (!map || map.root !== root || map.blocks.length !== blockCount) {
        map = createTextMap(root);
        if (map.blocks.length !== blockCount) return null; // the pane has not rendered this article yet
      }
      return map;
    }
    const self: Painting = {
      // Placeholders until the effect runs; the effect owns the live painter (StrictMode-safe).
      painter: createPainter(null),
      index: createHitIndex(),
      getMap,
      ensurePainted(id) {
        const real = store.currentId(id);
        const known = self.painter.rangeOf(real);
        const view = store.get(real);
        const m = getMap();
        if (known || !view || !isPlaced(view) || !m) return known;
        const range = m.rangeFromOffsets(view.anchor.start, view.anchor.end);
        if (range) self.painter.paint(real, view.colour, range);
        return range ?? undefined;
      },
    };
    return self;
  }, [store, blockCount, rootRef]);

  useEffect(() => {
    const { getMap } = painting;
    const painter = createPainter();
    const index = createHitIndex();
    painting.painter = painter;
    painting.index = index;
    let frame = 0;
    let batchTimer: ReturnType<typeof setTimeout> | undefined;
    let waited = 0;
    let shownWindow: { start: number; end: number } | null = null;

    function itemsFor(views: Iterable<Placed>, map: TextMap): PaintItem[] {
      const items: PaintItem[] = [];
      for (const v of views) {
        const range = map.rangeFromOffsets(v.anchor.start, v.anchor.end);
        if (range) items.push({ id: v.id, colour: v.colour, range });
      }
      return items;
    }

    /** Registers the highlights near the viewport, when the viewport left the last window. */
    function followViewport(force: boolean): void {
      const map = getMap();
      if (!map) return;
      const scroller = scrollRef.current;
      const visible = offsetsNearViewport(map, scroller, 0);
      if (!force && visible && shownWindow && visible.start >= shownWindow.start && visible.end <= shownWindow.end) return;
      shownWindow = offsetsNearViewport(map, scroller, NEAR);
      painter.setShown(shownWindow ? index.overlapping(shownWindow.start, shownWindow.end) : []);
    }

    function paintLater(ids: string[], t0: number): void {
      const map = getMap();
      if (!map || !ids.length) {
        measureSince('lectern:annotations-paint-all', t0);
        return;
      }
      const batch: Placed[] = [];
      for (const id of ids.splice(0, BATCH)) {
        const v = store.get(id);
        if (v && isPlaced(v) && !painter.rangeOf(id)) batch.push(v);
      }
      painter.paintAll(itemsFor(batch, map));
      batchTimer = setTimeout(() => paintLater(ids, t0), 0);
    }

    function paintAll(): void {
      const map = getMap();
      if (!map) {
        // The reading pane commits the article in the same render or the next; wait for it.
        if (waited++ < MAX_WAIT_FRAMES) frame = requestAnimationFrame(paintAll);
        return;
      }
      const t0 = performance.now();
      painter.clear();
      clearTimeout(batchTimer);
      const placed = store.list().filter(isPlaced);
      index.load(placed.map((v) => ({ id: v.id, start: v.anchor.start, end: v.anchor.end })));
      shownWindow = offsetsNearViewport(map, scrollRef.current, NEAR);
      const win = shownWindow;
      const near = win ? placed.filter((v) => v.anchor.end > win.start && v.anchor.start < win.end) : placed;
      const nearIds = new Set(near.map((v) => v.id));
      painter.paintAll(itemsFor(near, map));
      painter.setShown(nearIds);
      measureSince('lectern:annotations-paint', t0, { count: near.length });
      paintLater(
        placed.filter((v) => !nearIds.has(v.id)).map((v) => v.id),
        t0,
      );
    }

    function paintOne(view: AnnotationView, map: TextMap): void {
      if (!isPlaced(view)) {
        painter.unpaint(view.id);
        index.remove(view.id);
        return;
      }
      const known = index.get(view.id);
      const sameRange = known && known.start === view.anchor.start && known.end === view.anchor.end;
      const range = (sameRange && painter.rangeOf(view.id)) || map.rangeFromOffsets(view.anchor.start, view.anchor.end);
      if (!range) return;
      painter.paint(view.id, view.colour, range);
      if (!sameRange) index.set(view.id, view.anchor.start, view.anchor.end);
    }

    function onEvent(event: StoreEvent): void {
      if (event.type === 'reset') {
        cancelAnimationFrame(frame);
        waited = 0;
        paintAll();
        return;
      }
      const map = getMap();
      if (!map) return; // paintAll() is still waiting and will pick this change up
      if (event.type === 'remove') {
        painter.unpaint(event.view.id);
        index.remove(event.view.id);
      } else if (event.type === 'replace') {
        const range = painter.rangeOf(event.fromId);
        painter.unpaint(event.fromId);
        index.remove(event.fromId);
        if (range && isPlaced(event.view)) {
          painter.paint(event.view.id, event.view.colour, range);
          index.set(event.view.id, event.view.anchor.start, event.view.anchor.end);
        } else paintOne(event.view, map);
      } else paintOne(event.view, map);
    }

    let scrollFrame = 0;
    const onScroll = () => {
      if (!scrollFrame) {
        scrollFrame = requestAnimationFrame(() => {
          scrollFrame = 0;
          followViewport(false);
        });
      }
    };
    const onResize = () => followViewport(true);
    const scroller = scrollRef.current;
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    const off = store.subscribe(onEvent);
    if (store.status() === 'ready') paintAll();
    return () => {
      off();
      scroller?.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(scrollFrame);
      clearTimeout(batchTimer);
      painter.dispose();
      index.clear();
    };
  }, [painting, store, scrollRef]);

  return painting;
}
