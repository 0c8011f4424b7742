/**
 * Keeps the painter and the hit index in step with the store: everything once when the
 * article's annotations arrive, then one range per change.
 */
import { useEffect, useMemo, type RefObject } from 'react';
import type { AnnotationView } from '../../main/contract';
import { createTextMap, type TextMap } from '../reader/text-map';
import type { AnnotationStore, StoreEvent } from './annotation-store';
import { createHitIndex, type HitIndex } from './hit-index';
import { createPainter, type Painter } from './painter';

/** What the layer needs from painting: lookups by id and by offset. */
export interface Painting {
  painter: Painter;
  index: HitIndex;
  /** The text map of the current root (rebuilt when the pane re-rendered), or null. */
  getMap(): TextMap | null;
}

const MAX_WAIT_FRAMES = 120;

function isPlaced(view: AnnotationView): view is AnnotationView & { anchor: { start: number; end: number } } {
  return view.anchor.status !== 'detached' && view.anchor.start !== null && view.anchor.end !== null && view.anchor.end > view.anchor.start;
}

/** Paints the store's annotations under `rootRef` for as long as the store is current. */
export function usePainting(store: AnnotationStore, blockCount: number, rootRef: RefObject<HTMLElement | null>): Painting {
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
    // Placeholders until the effect runs; the effect owns the live painter (StrictMode-safe).
    return { painter: createPainter(null), index: createHitIndex(), getMap };
  }, [store, blockCount, rootRef]);

  useEffect(() => {
    const { getMap } = painting;
    const painter = createPainter();
    const index = createHitIndex();
    painting.painter = painter;
    painting.index = index;
    let frame = 0;
    let waited = 0;

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

    function paintAll(): void {
      const map = getMap();
      if (!map) {
        // The reading pane commits the article in the same render or the next; wait for it.
        if (waited++ < MAX_WAIT_FRAMES) frame = requestAnimationFrame(paintAll);
        return;
      }
      const t0 = performance.now();
      painter.clear();
      const placed = store.list().filter(isPlaced);
      const items: Array<{ id: string; colour: AnnotationView['colour']; range: Range }> = [];
      for (const view of placed) {
        const range = map.rangeFromOffsets(view.anchor.start, view.anchor.end);
        if (range) items.push({ id: view.id, colour: view.colour, range });
      }
      painter.paintAll(items);
      index.load(placed.map((v) => ({ id: v.id, start: v.anchor.start, end: v.anchor.end })));
      performance.measure('lectern:annotations-paint', { start: t0, end: performance.now(), detail: { count: items.length } });
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

    const off = store.subscribe(onEvent);
    if (store.status() === 'ready') paintAll();
    return () => {
      off();
      cancelAnimationFrame(frame);
      painter.dispose();
      index.clear();
    };
  }, [painting, store]);

  return painting;
}
