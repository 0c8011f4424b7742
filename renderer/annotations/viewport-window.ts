/**
 * Which part of the article is on screen, as plain-text offsets: a binary search over the
 * blocks' boxes (a dozen layout reads), so it is cheap enough to run on scroll.
 */
import type { TextMap } from '../reader';

/** Hidden blocks (collapsed page furniture) have empty boxes and no place on screen. */
function boxOf(el: Element): DOMRect | null {
  const r = el.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : r;
}

/** The nearest block at or after index i with a box, or -1. */
function shownAtOrAfter(map: TextMap, i: number): number {
  for (let k = i; k < map.blocks.length; k++) if (boxOf(map.blocks[k].el)) return k;
  return -1;
}

/**
 * Offsets covering the blocks within `margin` viewport heights of the scroller's visible area
 * (margin 0: just what is visible), or null when no block is on or near the screen.
 */
export function offsetsNearViewport(map: TextMap, scroller: Element | null, margin: number): { start: number; end: number } | null {
  const blocks = map.blocks;
  if (!blocks.length) return null;
  const view = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight, height: window.innerHeight };
  const top = view.top - margin * view.height;
  const bottom = view.bottom + margin * view.height;

  // First shown block whose bottom edge is below `top`.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = shownAtOrAfter(map, mid);
    const box = k >= 0 ? boxOf(blocks[k].el) : null;
    if (box && box.bottom <= top) lo = k + 1;
    else hi = mid;
  }
  const first = shownAtOrAfter(map, lo);
  if (first < 0) return null;

  // Last shown block whose top edge is above `bottom`.
  lo = first;
  hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = shownAtOrAfter(map, mid);
    const box = k >= 0 ? boxOf(blocks[k].el) : null;
    if (box && box.top < bottom) lo = k + 1;
    else hi = mid;
  }
  const last = lo - 1;
  if (last < first) return null;
  return { start: blocks[first].start, end: blocks[last].end };
}
