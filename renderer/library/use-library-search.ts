import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../main/contract';
import type { Client } from '../api/client';
import { describeError } from '../ui/describe-error';

/** One search hit as the back end returns it. */
export type SearchHit = Output<'searchLibrary'>[number];

/** Where a search stands. `results` belong to `query`, which may lag behind what is typed. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string; results: SearchHit[] | null }
  | { status: 'done'; query: string; results: SearchHit[] }
  | { status: 'error'; query: string; message: string };

/** Typing pauses shorter than this do not start a search. */
export const SEARCH_DEBOUNCE_MS = 120;
const LIMIT = 50;

/**
 * Searches the library for `query` once typing pauses. Answers arriving out of order are
 * dropped, and the previous results stay on screen while the next ones load, so the list
 * does not flicker between keystrokes.
 */
export function useLibrarySearch(client: Client, query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  const trimmed = query.trim();

  useEffect(() => {
    const ticket = ++latest.current;
    if (trimmed === '') {
      setState({ status: 'idle' });
      return;
    }
    setState((s) => ({ status: 'searching', query: trimmed, results: s.status === 'done' || s.status === 'searching' ? s.results : null }));
    const timer = setTimeout(() => {
      client.searchLibrary({ query: trimmed, limit: LIMIT }).then(
        (results) => {
          if (ticket === latest.current) setState({ status: 'done', query: trimmed, results });
        },
        (err: unknown) => {
          if (ticket === latest.current) setState({ status: 'error', query: trimmed, message: describeError(err) });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, trimmed]);

  return state;
}
