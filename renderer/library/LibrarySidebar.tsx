import { useEffect, useRef, type Ref, type RefObject } from 'react';
import type { ArticleSummary } from '../../main/contract';
import type { Client } from '../api/client';
import { ArticleList } from './ArticleList';
import { ImportButton } from './ImportControls';
import { SearchField } from './SearchField';
import { SearchResults } from './SearchResults';
import type { SortOrder } from './sort-articles';
import { useLibrarySearch } from './use-library-search';
import { LibraryEmpty, LibrarySkeleton } from '../ui/States';

interface Props {
  client: Client;
  /** Already sorted; null while loading. */
  articles: ArticleSummary[] | null;
  currentId: string | null;
  sortOrder: SortOrder;
  onSortOrder(order: SortOrder): void;
  /** `via` tells a click (a choice) from arrow keys (browsing). */
  onOpen(id: string, via: 'click' | 'keys'): void;
  /** The search text; kept by the window so it survives the library being hidden. */
  query: string;
  onQuery(query: string): void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Escape in an empty search field. */
  onLeaveSearch(): void;
  /** The Import… button: asks for article files (no button without it). */
  onImport?(): void;
}

const SORT_LABELS: Record<SortOrder, string> = { date: 'Newest', title: 'A–Z' };

/** The left column: search, the article list with its sort control, or search results while a query is typed. */
export function LibrarySidebar(props: Props) {
  const { articles, currentId, sortOrder, onSortOrder, onOpen, query, onQuery, searchRef } = props;
  const resultsRef = useRef<HTMLUListElement>(null);
  const search = useLibrarySearch(props.client, query);

  // Enter pressed before the answer came: move into the results when they arrive for this query.
  const enterWhenReady = useRef<string | null>(null);

  function enterResults(): void {
    const first = resultsRef.current?.querySelector<HTMLButtonElement>('.search-result');
    if (!first) return;
    first.focus();
    const id = first.dataset.articleId;
    if (id) onOpen(id, 'keys');
  }

  useEffect(() => {
    if (enterWhenReady.current === null || search.status === 'searching') return;
    if (search.status === 'done' && search.query === enterWhenReady.current) enterResults();
    enterWhenReady.current = null;
  });

  function clearSearch() {
    onQuery('');
    searchRef.current?.focus();
  }

  return (
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <h1 className="app-name">Lectern</h1>
        <div className="library-actions">
          <div className="segmented segmented-small" role="group" aria-label="Sort articles">
            {(['date', 'title'] as const).map((order) => (
              <button key={order} type="button" className="segment" aria-pressed={sortOrder === order} onClick={() => onSortOrder(order)}>
                {SORT_LABELS[order]}
              </button>
            ))}
          </div>
          {props.onImport && <ImportButton onClick={props.onImport} />}
        </div>
      </header>
      <SearchField value={query} onChange={onQuery} inputRef={searchRef as Ref<HTMLInputElement>} onEnterResults={() => {
          if (search.status === 'done' && search.query === query.trim()) enterResults();
          else enterWhenReady.current = query.trim();
        }} onLeave={props.onLeaveSearch} />
      {search.status !== 'idle' ? (
        <SearchResults state={search} currentId={currentId} listRef={resultsRef} onOpen={onOpen} onBackToField={() => searchRef.current?.focus()} onClear={clearSearch} />
      ) : articles === null ? (
        <LibrarySkeleton />
      ) : articles.length === 0 ? (
        <LibraryEmpty />
      ) : (
        <ArticleList articles={articles} currentId={currentId} onOpen={onOpen} />
      )}
    </nav>
  );
}
