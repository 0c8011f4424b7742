import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../main/contract';
import { LibraryEntry } from './LibraryEntry';

interface Props {
  /** Already sorted. */
  articles: ArticleSummary[];
  currentId: string | null;
  onOpen(id: string, via: 'click' | 'keys'): void;
}

/** A typical entry: two lines of title and the meta line. Real heights are measured as rows render. */
const ESTIMATED_ROW = 78;
const OVERSCAN = 4;

/** Where to scroll `id` from the list's point of view: its index, or -1. */
function indexOf(articles: readonly ArticleSummary[], id: string | null): number {
  return id === null ? -1 : articles.findIndex((a) => a.id === id);
}

/**
 * The library's article list, virtualised: only the rows in view (and a few either side) are
 * in the DOM, so a library of ten thousand articles opens as fast as one of ten. The entry in
 * the tab order (the open article, or the first) is always rendered, so Tab reaches the list
 * wherever it is scrolled; ↑/↓/Home/End move through it and open.
 */
export function ArticleList({ articles, currentId, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const currentIndex = indexOf(articles, currentId);
  const focusIndex = currentIndex === -1 ? 0 : currentIndex;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusIndex < articles.length && !indexes.includes(focusIndex)) {
        indexes.push(focusIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [focusIndex, articles.length],
  );

  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey: (index) => articles[index].id,
    overscan: OVERSCAN,
    rangeExtractor,
    paddingStart: 8,
    paddingEnd: 32,
    // The first render already fills a window-high list instead of waiting for a measurement.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight },
  });

  // Keep the open article in view when it changes from elsewhere (j/k, a deep link, the last one read).
  useEffect(() => {
    if (currentIndex !== -1) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);

  // Arrow keys open the next entry; focus follows once that row is rendered.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null || id !== currentId) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(id)}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const edge = { Home: 0, End: articles.length - 1 }[event.key];
    if (step === undefined && edge === undefined) return;
    event.preventDefault();
    const target = edge ?? Math.min(articles.length - 1, Math.max(0, currentIndex + (step ?? 0)));
    const id = articles[target].id;
    pendingFocus.current = id;
    onOpen(id, 'keys');
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // Already rendered (the usual case): move focus now rather than a render later.
    listRef.current?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  }

  const items = virtualizer.getVirtualItems();
  return (
    <div className="library-scroll" ref={scrollRef}>
      <ul
        className="library-list"
        ref={listRef}
        onKeyDown={onKeyDown}
        aria-label={`${articles.length} articles`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const article = articles[item.index];
          return (
            <LibraryEntry
              key={item.key}
              article={article}
              index={item.index}
              setSize={articles.length}
              offset={item.start}
              measureRef={virtualizer.measureElement}
              current={article.id === currentId}
              focusable={item.index === focusIndex}
              onOpen={(id) => onOpen(id, 'click')}
            />
          );
        })}
      </ul>
    </div>
  );
}
