/**
 * The open article and the place in it: loads it (reader's useArticle), restores and saves the
 * scroll position (reader's useReadingPosition), and keeps the positions known this session so
 * reopening an article lands where it was left, even before the back end's copy is re-read.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ArticleSummary, ReadingState } from '../../main/contract';
import type { Client } from '../api/client';
import { useArticle } from '../reader/use-article';
import { useReadingPosition, type Position } from '../reader/use-reading-position';

interface Options {
  client: Client;
  articles: readonly ArticleSummary[] | null;
  reading: ReadingState | null;
  scrollRef: RefObject<HTMLElement | null>;
  onError(message: string): void;
}

/** The reader's state, what opens an article, and the scroll fraction for the progress bar. */
export function useOpenArticle({ client, articles, reading, scrollRef, onError }: Options) {
  const positions = useRef<Record<string, Position>>({});
  useEffect(() => {
    if (reading) positions.current = { ...reading.byArticle, ...positions.current };
  }, [reading]);
  const savedFraction = useCallback((id: string) => positions.current[id]?.scrollFraction ?? null, []);
  const onSaved = useCallback((id: string, position: Position) => {
    positions.current[id] = position;
  }, []);

  const { state, currentId, open, retry } = useArticle(client, articles, savedFraction);
  const readyId = state.status === 'ready' ? state.id : null;
  const fraction = useReadingPosition({
    client,
    articleId: readyId,
    restoreFraction: state.status === 'ready' ? state.restoreFraction : null,
    initialProgress: readyId ? (positions.current[readyId]?.progress ?? 0) : 0,
    scrollRef,
    onSaved,
    onError,
  });
  // With nothing focused, keys like Space and PageDown should scroll the article that just opened.
  useEffect(() => {
    if (readyId && (document.activeElement === document.body || document.activeElement === null)) {
      scrollRef.current?.focus({ preventScroll: true });
    }
  }, [readyId, scrollRef]);
  return { state, currentId, readyId, open, retry, fraction };
}
