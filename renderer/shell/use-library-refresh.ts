import { useEffect } from 'react';
import type { ChangeNotice } from '../../main/contract';
import type { Client } from '../api/client';

/**
 * True when a change makes the library list stale: any change to annotations (the badges count
 * them, whoever made it), and articles added elsewhere (this page re-reads after its own imports).
 */
export function staleLibrary(notice: ChangeNotice): boolean {
  return notice.kind === 'annotations' || (notice.kind === 'articles' && notice.source === 'external');
}

/**
 * Annotation counts in the library go stale as the reader highlights: re-read the list when an
 * article opens, when the window regains focus, and when the change stream says so.
 */
export function useLibraryRefresh(client: Client, readyId: string | null, refreshArticles: () => void): void {
  useEffect(() => {
    if (readyId) refreshArticles();
  }, [readyId, refreshArticles]);
  useEffect(() => {
    const refresh = () => refreshArticles();
    window.addEventListener('focus', refresh);
    const stopListening = client.onChange((notice) => {
      if (staleLibrary(notice)) refreshArticles();
    });
    return () => {
      window.removeEventListener('focus', refresh);
      stopListening();
    };
  }, [client, refreshArticles]);
}
