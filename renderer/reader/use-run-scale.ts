import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps the height estimates of a long article's lazily laid-out runs close to real.
 * Each run's estimate (`--run-height`, em) assumes a line of ~66 characters; how many fit
 * depends on the window, the sidebars and the font. One run is measured (a forced layout of
 * ~10 blocks) and the ratio set as `--run-scale` on the body, again whenever the body resizes.
 * Good estimates keep the scroll fraction, and so a restored reading position, on the passage.
 */
export function useRunScale(bodyRef: RefObject<HTMLElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body || !enabled) return;
    let scale = 1;
    const measure = () => {
      const next = measuredScale(body);
      if (next && Math.abs(next - scale) / scale > 0.02) {
        scale = next;
        body.style.setProperty('--run-scale', next.toFixed(3));
      }
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(body);
    return () => observer.disconnect();
  }, [bodyRef, enabled]);
}

/**
 * Real height over estimated height of the body's first run, or null if it cannot tell.
 * The first run, because the first frame lays it out anyway: measuring it costs nothing more.
 */
export function measuredScale(body: HTMLElement): number | null {
  const run = body.querySelector<HTMLElement>('.block-run');
  const first = run?.firstElementChild;
  const last = run?.lastElementChild;
  if (!run || !first || !last) return null;
  const style = getComputedStyle(run);
  const estimate = parseFloat(style.getPropertyValue('--run-height')) * parseFloat(style.fontSize);
  // Children of a run not laid out yet are laid out for these queries.
  const real = last.getBoundingClientRect().bottom - first.getBoundingClientRect().top + parseFloat(getComputedStyle(last).marginBottom);
  return estimate > 0 && real > 0 ? real / estimate : null;
}
