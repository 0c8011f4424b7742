import type { RefObject } from 'react';
import { ArticleError, ReaderSkeleton, ReaderWelcome } from '../ui/States';
import { ArticleBody } from './ArticleBody';
import type { ReaderState } from './use-article';

interface Props {
  state: ReaderState;
  hasArticles: boolean;
  scrollRef: RefObject<HTMLElement | null>;
  rootRef: RefObject<HTMLDivElement | null>;
  onRetry(): void;
}

/** The scrolling centre column: the open article, or the state standing in for it. */
export function ReadingPane({ state, hasArticles, scrollRef, rootRef, onRetry }: Props) {
  return (
    <main className="reader-scroll" ref={scrollRef} tabIndex={-1} aria-busy={state.status === 'loading'}>
      {state.status === 'idle' && <ReaderWelcome hasArticles={hasArticles} />}
      {state.status === 'loading' && <ReaderSkeleton />}
      {state.status === 'error' && <ArticleError summary={state.summary} message={state.message} onRetry={onRetry} />}
      {state.status === 'ready' && (
        <article className="article" key={state.id} data-article-id={state.id}>
          <ArticleBody article={state.article} rootRef={rootRef} />
          <footer className="article-end" aria-hidden="true" />
        </article>
      )}
    </main>
  );
}
