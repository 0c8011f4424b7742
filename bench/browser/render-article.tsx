/**
 * The article as the reading pane renders it: the app's own ArticleBody
 * (renderer/reader/ArticleBody.tsx: the title, the blocks, a long article's lazily laid-out
 * runs and the run-height measurement of use-run-scale.ts), mounted with react-dom and
 * committed synchronously (flushSync), so the timed render is the app's, React included.
 */
import { createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { Article } from '../../main/contract';
import { ArticleBody } from '../../renderer/reader/ArticleBody';
import type { ReaderData } from './reader-data';

/** A React root in one pane's `<article>` element. */
export interface ArticleMount {
  /** Renders the article afresh (layout effects included) and returns its `data-article-root`. */
  render(article: Article): HTMLElement;
  /** Unmounts what was rendered. */
  clear(): void;
}

/** The bench article as the back end would send it. */
export function benchArticleOf(data: ReaderData): Article {
  const words = data.text.split(/\s+/).length;
  return {
    id: 'bench-article',
    title: data.title,
    site: null,
    published: null,
    byline: null,
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / 230)),
    source: 'bench',
    error: null,
    annotationCount: data.annotations.length,
    blocks: data.blocks,
    text: data.text,
    contentHash: 'bench',
  };
}

/** Mounts a React root on `container` (an element of the pane's document, which may be an iframe's). */
export function mountArticle(container: HTMLElement): ArticleMount {
  const root = createRoot(container);
  const rootRef = createRef<HTMLDivElement>();
  return {
    render(article) {
      flushSync(() => root.render(<ArticleBody article={article} rootRef={rootRef} />));
      if (!rootRef.current) throw new Error('ArticleBody rendered no article root');
      return rootRef.current;
    },
    clear() {
      flushSync(() => root.render(null));
    },
  };
}
