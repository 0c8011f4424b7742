import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Client } from '../api/client';
import { describeError } from '../ui/describe-error';
import { scrollFractionOf, scrollToFraction, throttle } from './scroll-fraction';

const SAVE_EVERY_MS = 500;

/** A saved place in an article. */
export interface Position {
  scrollFraction: number;
  progress: number;
}

interface Options {
  client: Client;
  /** The article shown and laid out, or null. */
  articleId: string | null;
  /** Where to reopen it (0–1), or null for the top. */
  restoreFraction: number | null;
  /** Progress already made in it, so progress never goes backwards. */
  initialProgress: number;
  scrollRef: RefObject<HTMLElement | null>;
  onSaved(articleId: string, position: Position): void;
  onError(message: string): void;
}

/**
 * Restores the scroll position when an article appears (after layout) and saves the place
 * as the reader scrolls, at most every 500 ms, flushing when the article changes or the
 * page goes away. Returns the current scroll fraction for the progress bar.
 */
export function useReadingPosition(options: Options): number {
  const { client, articleId, restoreFraction, initialProgress, scrollRef } = options;
  const [fraction, setFraction] = useState(0);
  const callbacks = useRef(options);
  callbacks.current = options;
  const restoring = useRef(false);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !articleId) return;
    restoring.current = true;
    scrollToFraction(el, restoreFraction ?? 0);
    setFraction(scrollFractionOf(el));
    // Apply again once fonts and the annotations layer have settled the layout.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        scrollToFraction(el, restoreFraction ?? 0);
        setFraction(scrollFractionOf(el));
        restoring.current = false;
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [articleId, restoreFraction, scrollRef]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !articleId) return;
    let progress = initialProgress;
    const save = throttle((position: Position) => {
      client.saveReading({ articleId, ...position }).then(
        () => callbacks.current.onSaved(articleId, position),
        (err: unknown) => callbacks.current.onError(`Could not save your place: ${describeError(err)}`),
      );
    }, SAVE_EVERY_MS);
    let frame = 0;
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(() => {
        frame = 0;
        setFraction(scrollFractionOf(el));
      });
      if (restoring.current) return;
      const scrollFraction = scrollFractionOf(el);
      progress = Math.max(progress, scrollFraction);
      save.call({ scrollFraction, progress });
    };
    const onHide = () => save.flush();
    el.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      save.flush();
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
    // initialProgress is read once per article on purpose: later saves raise it locally.
  }, [articleId, client, scrollRef]);

  return fraction;
}
