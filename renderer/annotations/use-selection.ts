/**
 * The reader's current text selection inside the article, as plain-text offsets plus where
 * it is on screen (for the toolbar). Updated once per frame at most, and only when the mouse
 * is up, so the toolbar does not chase a selection being dragged.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { TextMap } from '../reader';

/** A selection inside the article. */
export interface TextSelection {
  start: number;
  end: number;
  text: string;
  /** The first and last line boxes of the selection, in viewport coordinates. */
  firstRect: DOMRect;
  lastRect: DOMRect;
}

/** Offsets with surrounding whitespace removed (a double-click often takes a trailing space). */
export function trimOffsets(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

function lineRects(range: Range): [DOMRect, DOMRect] | null {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  if (!rects.length) {
    const r = range.getBoundingClientRect();
    return r.width || r.height ? [r, r] : null;
  }
  return [rects[0], rects[rects.length - 1]];
}

/** The document's selection as a TextSelection inside the article, or null. Synchronous, for key handlers. */
export function readSelection(root: Element, text: string, map: TextMap | null): TextSelection | null {
  const sel = document.getSelection();
  if (!map || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const raw = map.offsetsFromRange(range);
  const offsets = raw && trimOffsets(text, raw.start, raw.end);
  const rects = offsets && lineRects(range);
  if (!offsets || !rects) return null;
  return { ...offsets, text: text.slice(offsets.start, offsets.end), firstRect: rects[0], lastRect: rects[1] };
}

/** Tracks the selection under `rootRef`; `clear()` empties the document selection. */
export function useSelection(
  rootRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
  text: string,
  getMap: () => TextMap | null,
): { selection: TextSelection | null; clear: () => void; refresh: () => void } {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const pointerDown = useRef(false);
  const frame = useRef(0);

  const compute = useCallback(() => {
    frame.current = 0;
    const root = rootRef.current;
    setSelection(root && !pointerDown.current ? readSelection(root, text, getMap()) : null);
  }, [rootRef, text, getMap]);

  const schedule = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(compute);
  }, [compute]);

  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      // Presses on the toolbar itself keep the selection (its buttons cancel mousedown).
      const onToolbar = e.target instanceof Element && e.target.closest('.ann-toolbar');
      if (e.button === 0 && !onToolbar) pointerDown.current = true;
    };
    const onUp = () => {
      pointerDown.current = false;
      schedule();
    };
    const scroller = scrollRef.current;
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    window.addEventListener('resize', schedule);
    scroller?.addEventListener('scroll', schedule, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('resize', schedule);
      scroller?.removeEventListener('scroll', schedule);
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [schedule, scrollRef]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection, clear, refresh: compute };
}
