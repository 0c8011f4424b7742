/**
 * Keeps a paint scheduler's registered window on the part of the article being read: on
 * scroll (at most once a frame, as scroll events come faster than frames) and on resize.
 * Shared by the painting hook and the reader benchmark, so both follow the viewport alike.
 */
import type { PaintScheduler } from './paint-scheduler';

/** Starts following; returns the function that stops it. */
export function followViewportOf(scheduler: Pick<PaintScheduler, 'followViewport'>, scroller: HTMLElement | null, win: Window): () => void {
  let scrollFrame = 0;
  const onScroll = () => {
    if (!scrollFrame) {
      scrollFrame = win.requestAnimationFrame(() => {
        scrollFrame = 0;
        scheduler.followViewport(false);
      });
    }
  };
  const onResize = () => scheduler.followViewport(true);
  scroller?.addEventListener('scroll', onScroll, { passive: true });
  win.addEventListener('resize', onResize);
  return () => {
    scroller?.removeEventListener('scroll', onScroll);
    win.removeEventListener('resize', onResize);
    win.cancelAnimationFrame(scrollFrame);
  };
}
