import { useRef, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../main/contract';
import { LibraryEntry } from './LibraryEntry';
import type { SortOrder } from './sort-articles';
import { LibraryEmpty, LibrarySkeleton } from '../shell/States';

interface Props {
  /** Already sorted; null while loading. */
  articles: ArticleSummary[] | null;
  currentId: string | null;
  sortOrder: SortOrder;
  onSortOrder(order: SortOrder): void;
  /** `via` tells a click (a choice) from arrow keys (browsing). */
  onOpen(id: string, via: 'click' | 'keys'): void;
}

const SORT_LABELS: Record<SortOrder, string> = { date: 'Newest', title: 'A–Z' };

/** The left column: the article list with its sort control. ↑/↓ move through it and open. */
export function LibrarySidebar({ articles, currentId, sortOrder, onSortOrder, onOpen }: Props) {
  const listRef = useRef<HTMLUListElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (!articles || articles.length === 0) return;
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const edge = { Home: 0, End: articles.length - 1 }[event.key];
    if (step === undefined && edge === undefined) return;
    event.preventDefault();
    const index = articles.findIndex((a) => a.id === currentId);
    const target = edge ?? Math.min(articles.length - 1, Math.max(0, (index === -1 ? -1 : index) + (step ?? 0)));
    const id = articles[target].id;
    onOpen(id, 'keys');
    listRef.current?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(id)}"]`)?.focus();
  }

  const anyCurrent = articles?.some((a) => a.id === currentId) ?? false;

  return (
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <h1 className="app-name">Lectern</h1>
        <div className="segmented segmented-small" role="group" aria-label="Sort articles">
          {(['date', 'title'] as const).map((order) => (
            <button
              key={order}
              type="button"
              className="segment"
              aria-pressed={sortOrder === order}
              onClick={() => onSortOrder(order)}
            >
              {SORT_LABELS[order]}
            </button>
          ))}
        </div>
      </header>
      {articles === null ? (
        <LibrarySkeleton />
      ) : articles.length === 0 ? (
        <LibraryEmpty />
      ) : (
        <ul className="library-list" ref={listRef} onKeyDown={onKeyDown} aria-label={`${articles.length} articles`}>
          {articles.map((article, i) => (
            <LibraryEntry
              key={article.id}
              article={article}
              current={article.id === currentId}
              focusable={article.id === currentId || (!anyCurrent && i === 0)}
              onOpen={(id) => onOpen(id, 'click')}
            />
          ))}
        </ul>
      )}
    </nav>
  );
}
