import { useCallback, useRef, useState } from 'react';
import type { Article, ArticleSummary } from '../../main/contract';
import type { Client } from '../api/client';
import { describeError } from '../ui/describe-error';

/** What the reading pane shows. */
export type ReaderState =
  | { status: 'idle' }
  | { status: 'loading'; id: string }
  | {
      status: 'ready';
      id: string;
      article: Article;
      /** A highlight to bring into view (deep link), if any. */
      focusAnnotationId: string | null;
      /** Where to put the scroll position once laid out; null means the top. */
      restoreFraction: number | null;
    }
  | { status: 'error'; id: string; message: string; summary?: ArticleSummary };

export interface OpenOptions {
  annotationId?: string | null;
}

/**
 * Loads and holds the open article. Entries the back end marked as broken never reach
 * `getArticle`: they open straight into an error state that gives the reason.
 * Only the latest request wins, so fast j/k presses can't show a stale article.
 */
export function useArticle(
  client: Client,
  summaries: readonly ArticleSummary[] | null,
  savedFraction: (id: string) => number | null,
) {
  const [state, setState] = useState<ReaderState>({ status: 'idle' });
  const request = useRef(0);
  const summariesRef = useRef(summaries);
  summariesRef.current = summaries;
  const stateRef = useRef(state);
  stateRef.current = state;

  const open = useCallback(
    (id: string, options: OpenOptions = {}) => {
      const annotationId = options.annotationId ?? null;
      const current = stateRef.current;
      if (current.status === 'ready' && current.id === id) {
        if (annotationId && annotationId !== current.focusAnnotationId) setState({ ...current, focusAnnotationId: annotationId });
        return;
      }
      if (current.status === 'loading' && current.id === id) return;
      const ticket = ++request.current;
      const summary = summariesRef.current?.find((s) => s.id === id);
      if (summary?.error) {
        setState({ status: 'error', id, message: summary.error, summary });
        return;
      }
      setState({ status: 'loading', id });
      client.getArticle({ id }).then(
        (article) => {
          if (ticket !== request.current) return;
          const restoreFraction = annotationId ? null : savedFraction(id);
          setState({ status: 'ready', id, article, focusAnnotationId: annotationId, restoreFraction });
        },
        (err: unknown) => {
          if (ticket !== request.current) return;
          setState({ status: 'error', id, message: describeError(err), summary });
        },
      );
    },
    [client, savedFraction],
  );

  /** Loads the article in the error state again (after a failed request). */
  const retry = useCallback(() => {
    const current = stateRef.current;
    if (current.status !== 'error') return;
    setState({ status: 'idle' });
    stateRef.current = { status: 'idle' };
    open(current.id);
  }, [open]);

  const currentId = state.status === 'idle' ? null : state.id;
  return { state, currentId, open, retry };
}
