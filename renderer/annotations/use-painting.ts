/**
 * Keeps the painter and the hit index in step with the store. When each highlight gets its
 * range and which are registered with the browser is paint-scheduler.ts (the reader benchmark
 * runs the same module): the ones near the viewport first, the rest in batches right after,
 * the registered window following the reader's scrolling, one range per later change. This
 * hook feeds it the store's annotations and changes and owns the painter and the hit index.
 */
import { useEffect, useMemo, type RefObject } from 'react';
import type { AnnotationView } from '../../main/contract';
import { createTextMap, type TextMap } from '../reader';
import type { AnnotationStore, StoreEvent } from './annotation-store';
import { createHitIndex, type HitIndex } from './hit-index';
import { createPainter, type Painter } from './painter';
import { measureSince } from './dom-actions';
import { offsetsNearViewport } from './viewport-window';
import { createPaintScheduler, type Placed } from './paint-scheduler';
import { followViewportOf } from './follow-viewport';

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

type PlacedView = AnnotationView & { anchor: { start: number; end: number } };

function isPlaced(view: AnnotationView): view is PlacedView {
  return view.anchor.status !== 'detached' && view.anchor.start !== null && view.anchor.end !== null && view.anchor.end > view.anchor.start;
}

/** Where the annotation sits in the text, or null when it has no place (detached) or is gone. */
function placedOf(view: AnnotationView | undefined): Placed | null {
  return view && isPlaced(view) ? { id: view.id, colour: view.colour, start: view.anchor.start, end: view.anchor.end } : null;
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
    const scheduler = createPaintScheduler({
      painter,
      index,
      getMap,
      nearViewport: (map, margin) => offsetsNearViewport(map, scrollRef.current, margin),
      current: (id) => placedOf(store.get(id)),
    });
    let frame = 0;
    let waited = 0;

    function paintAll(): void {
      if (!getMap()) {
        // The reading pane commits the article in the same render or the next; wait for it.
        if (waited++ < MAX_WAIT_FRAMES) frame = requestAnimationFrame(paintAll);
        return;
      }
      const t0 = performance.now();
      const placed: Placed[] = [];
      for (const view of store.list()) {
        const p = placedOf(view);
        if (p) placed.push(p);
      }
      scheduler.open(placed, {
        onNearPainted: (count) => measureSince('lectern:annotations-paint', t0, { count }),
        onAllPainted: () => measureSince('lectern:annotations-paint-all', t0),
      });
    }

    function onEvent(event: StoreEvent): void {
      if (event.type === 'reset') {
        cancelAnimationFrame(frame);
        waited = 0;
        paintAll();
        return;
      }
      if (!getMap()) return; // paintAll() is still waiting and will pick this change up
      if (event.type === 'remove') scheduler.remove(event.view.id);
      else if (event.type === 'replace') scheduler.replace(event.fromId, event.view.id, placedOf(event.view));
      else scheduler.update(event.view.id, placedOf(event.view));
    }

    const stopFollowing = followViewportOf(scheduler, scrollRef.current, window);
    const off = store.subscribe(onEvent);
    if (store.status() === 'ready') paintAll();
    return () => {
      off();
      stopFollowing();
      cancelAnimationFrame(frame);
      scheduler.dispose();
      painter.dispose();
      index.clear();
    };
  }, [painting, store, scrollRef]);

  return painting;
}
