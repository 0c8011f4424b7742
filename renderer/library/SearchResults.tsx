import { useMemo, type KeyboardEvent, type Ref } from 'react';
import { emphasise, queryTerms } from './emphasis';
import type { SearchHit, SearchState } from './use-library-search';

interface Props {
  state: Exclude<SearchState, { status: 'idle' }>;
  currentId: string | null;
  listRef: Ref<HTMLUListElement>;
  onOpen(id: string, via: 'click' | 'keys'): void;
  /** ↑ from the first result. */
  onBackToField(): void;
  /** Escape: clear the search and return to the field. */
  onClear(): void;
}

/** Text with the words that matched the query in <mark>, built as elements (the text is never parsed as HTML). */
function Emphasised({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {emphasise(text, terms).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </>
  );
}

function countLabel(n: number): string {
  return n === 1 ? '1 article matches' : `${n} articles match`;
}

/** Search results in place of the library list: title and a snippet per article, matches emphasised. */
export function SearchResults({ state, currentId, listRef, onOpen, onBackToField, onClear }: Props) {
  const results: SearchHit[] | null = state.status === 'error' ? null : state.results;
  const terms = useMemo(() => queryTerms(state.query), [state.query]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (!results || results.length === 0) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.search-result')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let target: number;
    if (event.key === 'Escape') {
      event.preventDefault();
      onClear();
      return;
    } else if (event.key === 'ArrowUp' && at <= 0) {
      event.preventDefault();
      onBackToField();
      return;
    } else if (event.key === 'ArrowDown') target = Math.min(buttons.length - 1, at + 1);
    else if (event.key === 'ArrowUp') target = at - 1;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = buttons.length - 1;
    else return;
    event.preventDefault();
    buttons[target].focus();
    onOpen(results[target].articleId, 'keys');
  }

  const anyCurrent = results?.some((r) => r.articleId === currentId) ?? false;

  return (
    <div className="search-area">
      <p className="visually-hidden" role="status">
        {state.status === 'searching' && results === null ? 'Searching…' : results ? countLabel(results.length) : ''}
      </p>
      {state.status === 'error' ? (
        <div className="search-message search-error" role="alert">
          <p className="search-message-title">The search failed</p>
          <p>{state.message}</p>
        </div>
      ) : results === null ? (
        <p className="search-message search-pending">Searching…</p>
      ) : results.length === 0 ? (
        state.status === 'done' && (
          <div className="search-message" data-testid="search-empty">
            <p className="search-message-title">No articles match “{state.query}”</p>
            <p>Every word has to appear in an article. Try fewer words, or the start of a word.</p>
          </div>
        )
      ) : (
        <ul className="search-results" ref={listRef} onKeyDown={onKeyDown} aria-label={`Search results: ${countLabel(results.length)}`} aria-busy={state.status === 'searching'}>
          {results.map((hit, i) => (
            <li key={hit.articleId} className="search-item">
              <button
                type="button"
                className="search-result"
                data-article-id={hit.articleId}
                aria-current={hit.articleId === currentId ? 'page' : undefined}
                tabIndex={hit.articleId === currentId || (!anyCurrent && i === 0) ? 0 : -1}
                onClick={() => onOpen(hit.articleId, 'click')}
              >
                <span className="result-title">
                  <Emphasised text={hit.title || 'Untitled'} terms={terms} />
                </span>
                {hit.snippet && (
                  <span className="result-snippet">
                    <Emphasised text={hit.snippet} terms={terms} />
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
