import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary, ReadingState, Settings } from '../../main/contract';
import { ApiError, type Client, type ClientErrorCode } from '../api/client';
import { describeError } from '../ui/describe-error';

/** The start-up load: the library plus saved settings and reading state. */
export type Boot =
  | { status: 'loading'; articles: null; settings: null; reading: null }
  | { status: 'ready'; articles: ArticleSummary[]; settings: Settings; reading: ReadingState }
  | { status: 'error'; code: ClientErrorCode; message: string; articles: null; settings: null; reading: null };

const LOADING: Boot = { status: 'loading', articles: null, settings: null, reading: null };

/**
 * Loads what the window needs to start; `retry` starts over after a failure and
 * `refreshArticles` quietly re-reads the list (annotation counts change as the reader works).
 */
export function useBootstrap(client: Client) {
  const [boot, setBoot] = useState<Boot>(LOADING);
  const [attempt, setAttempt] = useState(0);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    Promise.all([client.listArticles({}), client.getState({})]).then(
      ([articles, state]) => {
        if (alive.current) setBoot({ status: 'ready', articles, settings: state.settings, reading: state.reading });
      },
      (err: unknown) => {
        if (!alive.current) return;
        const code = err instanceof ApiError ? err.code : 'internal';
        setBoot({ status: 'error', code, message: describeError(err), articles: null, settings: null, reading: null });
      },
    );
    return () => {
      alive.current = false;
    };
  }, [client, attempt]);

  const retry = useCallback(() => {
    setBoot(LOADING);
    setAttempt((n) => n + 1);
  }, []);

  const refreshArticles = useCallback(() => {
    client.listArticles({}).then(
      (articles) => {
        if (alive.current) setBoot((b) => (b.status === 'ready' ? { ...b, articles } : b));
      },
      () => {
        // A failed refresh keeps the list already shown; the next refresh tries again.
      },
    );
  }, [client]);

  return { boot, retry, refreshArticles };
}
