import type { ArticleSummary } from '../../main/contract';
import { annotationLabel, formatDate, isoDate } from '../ui/format';

interface Props {
  article: ArticleSummary;
  /** Position in the list (0-based) and the list's length, for assistive tech: only some rows exist in the DOM. */
  index: number;
  setSize: number;
  /** Pixels from the top of the list: rows are placed, not flowed, so the list can be virtual. */
  offset: number;
  /** Lets the list measure the row's real height. */
  measureRef(element: HTMLElement | null): void;
  current: boolean;
  /** The one entry in the tab order (roving tabindex): the open one, or the first. */
  focusable: boolean;
  onOpen(id: string): void;
}

/** One article in the library: title, site, date, reading time and annotation count, or why it can't be read. */
export function LibraryEntry({ article, index, setSize, offset, measureRef, current, focusable, onOpen }: Props) {
  const date = formatDate(article.published);
  const broken = article.error !== null;
  return (
    <li
      className="library-item"
      ref={measureRef}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={{ transform: `translateY(${offset}px)` }}
    >
      <button
        type="button"
        className="library-entry"
        data-article-id={article.id}
        data-broken={broken || undefined}
        aria-current={current ? 'page' : undefined}
        tabIndex={focusable ? 0 : -1}
        onClick={() => onOpen(article.id)}
      >
        <span className="entry-title">{article.title || article.source}</span>
        {broken ? (
          <span className="entry-error">
            <span className="entry-error-label">Can’t be read: </span>
            {article.error}
          </span>
        ) : (
          <span className="entry-meta">
            <span className="entry-source">
              {article.site && <span className="entry-site">{article.site}</span>}
              {date && <time dateTime={isoDate(article.published)}>{date}</time>}
            </span>
            <span className="entry-time" title={`About ${Math.max(1, article.readingMinutes)} minutes to read`}>
              {Math.max(1, article.readingMinutes)} min
            </span>
          </span>
        )}
        {article.annotationCount > 0 && (
          <span className="entry-badge" title={annotationLabel(article.annotationCount)}>
            <span aria-hidden="true">{article.annotationCount}</span>
            <span className="visually-hidden">{annotationLabel(article.annotationCount)}</span>
          </span>
        )}
      </button>
    </li>
  );
}
