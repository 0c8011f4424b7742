/** Small browser actions of the annotations UI: motion preference, scrolling to a range, timing. */

/** True when the reader asked the system for less motion (scrolls jump instead of gliding). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls the reading pane so a range sits a third of the way down. */
export function scrollToRange(range: Range, scroller: HTMLElement | null): void {
  const rect = range.getBoundingClientRect();
  const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
  if (scroller && scroller.scrollHeight > scroller.clientHeight) {
    const top = scroller.scrollTop + rect.top - scroller.getBoundingClientRect().top - scroller.clientHeight / 3;
    scroller.scrollTo({ top: Math.max(0, top), behavior });
  } else {
    const el = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior });
  }
}

const MAX_MEASURES = 500;

/**
 * Records a performance measure from `start` to now (seen in DevTools and read by the
 * benchmarks), keeping at most a few hundred of one name so a long session does not pile up.
 */
export function measureSince(name: string, start: number, detail?: unknown): void {
  if (performance.getEntriesByName(name, 'measure').length >= MAX_MEASURES) performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now(), detail });
}
