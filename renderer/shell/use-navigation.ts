import { useEffect, useRef } from 'react';
import type { ArticleSummary, ReadingState } from '../../main/contract';
import { subscribeToCommands } from '../api/client';
import { COMMAND_EVENT, parseCommand, type AppCommand } from './commands';
import { parseDeepLink, writeDeepLink } from './deep-link';

/** How navigation asks for an article: which one, and a highlight in it to bring into view. */
export interface OpenRequest {
  annotationId?: string | null;
}

interface Options {
  /** Null until the library has loaded. */
  articles: readonly ArticleSummary[] | null;
  reading: ReadingState | null;
  currentId: string | null;
  /** Opens an article; the reader's `open` fits as it is (shell asks, the reader answers). */
  open(id: string, options?: OpenRequest): void;
  onCommand(command: Exclude<AppCommand, { type: 'open' }>): void;
}

const inElectron = () => typeof window !== 'undefined' && window.lectern !== undefined;

/**
 * Decides what opens and when: at start the deep link (`#article=…&annotation=…`) or else
 * the last article read; later, fragment changes and Electron commands. In the browser the
 * open article is mirrored into the fragment, so a reload or a copied address reopens it.
 */
export function useNavigation({ articles, reading, currentId, open, onCommand }: Options): void {
  const started = useRef(false);
  const latest = useRef({ open, onCommand });
  latest.current = { open, onCommand };

  useEffect(() => {
    if (started.current || !articles || !reading) return;
    started.current = true;
    const link = parseDeepLink(location.hash);
    if (link) {
      open(link.articleId, { annotationId: link.annotationId });
      return;
    }
    const last = reading.lastArticleId;
    if (last && articles.some((a) => a.id === last)) open(last);
  }, [articles, reading, open]);

  useEffect(() => {
    const onHashChange = () => {
      const link = parseDeepLink(location.hash);
      if (link) latest.current.open(link.articleId, { annotationId: link.annotationId });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    if (started.current && !inElectron()) writeDeepLink(currentId);
  }, [currentId]);

  useEffect(
    () =>
      subscribeToCommands((raw) => {
        window.dispatchEvent(new CustomEvent(COMMAND_EVENT, { detail: raw }));
        const command = parseCommand(raw);
        if (!command) return;
        if (command.type === 'open') latest.current.open(command.articleId, { annotationId: command.annotationId });
        else latest.current.onCommand(command);
      }),
    [],
  );
}
