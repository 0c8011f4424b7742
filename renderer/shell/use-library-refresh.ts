import { useEffect } from 'react';
import { ANNOTATIONS_CHANGED_EVENT } from '../api/client';

/**
 * Annotation counts in the library go stale as the reader highlights: re-read the list when an
 * article opens, when the window regains focus, and on the client's annotations-changed event
 * (trash and backup restores reach the library badges that way).
 */
export function useLibraryRefresh(readyId: string | null, refreshArticles: () => void): void {
  useEffect(() => {
    if (readyId) refreshArticles();
  }, [readyId, refreshArticles]);
  useEffect(() => {
    const refresh = () => refreshArticles();
    window.addEventListener('focus', refresh);
    window.addEventListener(ANNOTATIONS_CHANGED_EVENT, refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      window.removeEventListener(ANNOTATIONS_CHANGED_EVENT, refresh);
    };
  }, [refreshArticles]);
}
