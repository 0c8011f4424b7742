/**
 * PROTOTYPE (bench-only, proposed for renderer/annotations): registers with the painter only
 * the highlights near the viewport.
 *
 * Why: Chromium rebuilds the markers of every registered highlight range whenever the
 * document's DOM or style changes (HighlightRegistry::ValidateHighlightMarkers), so with
 * 5,000 ranges registered any UI change anywhere, even in the sidebar, costs tens of ms per
 * frame, and adding one highlight costs as much as repainting all. Keeping only the ranges
 * within a screen or two of what is visible makes those costs proportional to what is on
 * screen. The hit index still holds every annotation, so clicks and lookups are unaffected.
 */
import type { Colour } from '../../main/contract';
import type { Painter } from '../../renderer/annotations/painter';
import type { TextMap } from '../../renderer/reader/text-map';

/** One placed annotation: colour and plain-text offsets. */
export interface PlacedItem {
  id: string;
  colour: Colour;
  start: number;
  end: number;
}

export interface ViewportWindowOptions {
  painter: Painter;
  map: TextMap;
  scroller: HTMLElement;
  /** How many screen heights above and below the viewport stay painted (scrolling shows no gaps). */
  marginScreens?: number;
}

function firstAtOrAfter(items: readonly PlacedItem[], start: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Paints only the highlights whose text is within `marginScreens` of the viewport. */
export function createViewportWindow(options: ViewportWindowOptions) {
  const { painter, map, scroller } = options;
  const margin = options.marginScreens ?? 1;
  let items: PlacedItem[] = [];
  const byId = new Map<string, PlacedItem>();
  let longest = 0;
  let shown = new Set<string>();
  let frame = 0;

  /** The plain-text offsets of the blocks on screen, widened by the margin. */
  function offsetWindow(): [number, number] {
    const blocks = map.blocks;
    if (blocks.length === 0) return [0, 0];
    const view = scroller.getBoundingClientRect();
    const top = view.top - view.height * margin;
    const bottom = view.bottom + view.height * margin;
    const search = (fits: (i: number) => boolean) => {
      let lo = 0;
      let hi = blocks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (fits(mid)) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const first = Math.min(blocks.length - 1, search((i) => blocks[i].el.getBoundingClientRect().bottom >= top));
    const last = Math.max(first, search((i) => blocks[i].el.getBoundingClientRect().top > bottom) - 1);
    return [blocks[first].start, blocks[last].end];
  }

  /** Ids of the items overlapping [from, to). */
  function idsIn(from: number, to: number): Set<string> {
    const ids = new Set<string>();
    for (let k = firstAtOrAfter(items, from - longest); k < items.length && items[k].start < to; k++) {
      if (items[k].end > from) ids.add(items[k].id);
    }
    return ids;
  }

  function show(item: PlacedItem): void {
    const range = map.rangeFromOffsets(item.start, item.end);
    if (range) painter.paint(item.id, item.colour, range);
  }

  /** Brings the painted set in line with the viewport. */
  function update(): void {
    const [from, to] = offsetWindow();
    const wanted = idsIn(from, to);
    for (const id of shown) if (!wanted.has(id)) painter.unpaint(id);
    for (const id of wanted) if (!shown.has(id)) show(byId.get(id)!);
    shown = wanted;
  }

  const onScroll = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  scroller.addEventListener('scroll', onScroll, { passive: true });

  return {
    update,
    /** Replaces all items (opening an article) and paints those near the viewport. */
    load(list: Iterable<PlacedItem>): void {
      painter.clear();
      shown = new Set();
      items = [...list].sort((a, b) => a.start - b.start);
      byId.clear();
      longest = 0;
      for (const item of items) {
        byId.set(item.id, item);
        longest = Math.max(longest, item.end - item.start);
      }
      update();
    },
    /** Adds or moves one item; paints it at once when it is near the viewport. */
    set(item: PlacedItem): void {
      this.remove(item.id);
      items.splice(firstAtOrAfter(items, item.start), 0, item);
      byId.set(item.id, item);
      longest = Math.max(longest, item.end - item.start);
      const [from, to] = offsetWindow();
      if (item.start < to && item.end > from) {
        show(item);
        shown.add(item.id);
      }
    },
    remove(id: string): void {
      const old = byId.get(id);
      if (!old) return;
      byId.delete(id);
      let k = firstAtOrAfter(items, old.start);
      while (k < items.length && items[k].id !== id) k++;
      if (k < items.length) items.splice(k, 1);
      if (shown.delete(id)) painter.unpaint(id);
    },
    get registered(): number {
      return shown.size;
    },
    dispose(): void {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
      painter.clear();
    },
  };
}

export type ViewportWindow = ReturnType<typeof createViewportWindow>;
