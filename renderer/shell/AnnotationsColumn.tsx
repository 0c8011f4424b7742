import type { RefObject } from 'react';
import type { Client } from '../api/client';
import { AnnotationsLayer } from '../annotations/AnnotationsLayer';
import type { ReaderState } from '../reader/use-article';
import { ErrorBoundary } from '../ui/ErrorBoundary';

interface Props {
  client: Client;
  state: ReaderState;
  open: boolean;
  rootRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  onShowColumn(): void;
}

/**
 * The right-hand column: the open article's highlights and notes. Collapsed, it is inert (out of
 * the tab order) but stays mounted, so painting and undo history go on. A crash in it leaves
 * the reader readable.
 */
export function AnnotationsColumn({ client, state, open, rootRef, scrollRef, onShowColumn }: Props) {
  return (
    <div className="annotations-area" data-collapsed={!open || undefined} inert={!open}>
      {state.status === 'ready' && (
        <ErrorBoundary fallback={(error) => <p className="annotations-crashed" role="alert">Highlights are unavailable: {error.message}</p>}>
          <AnnotationsLayer
            // One layer per article: its store, undo history and painting never outlive the article.
            key={state.id}
            client={client}
            article={state.article}
            rootRef={rootRef}
            scrollRef={scrollRef}
            focusAnnotationId={state.focusAnnotationId}
            onShowColumn={onShowColumn}
          />
        </ErrorBoundary>
      )}
    </div>
  );
}
