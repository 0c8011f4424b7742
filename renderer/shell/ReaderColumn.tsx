import type { ReactNode, RefObject } from 'react';
import type { Client } from '../api/client';
import { ProgressBar } from '../reader/ProgressBar';
import { ReaderToolbar } from '../reader/ReaderToolbar';
import { ReadingPane } from '../reader/ReadingPane';
import type { ReaderState } from '../reader/use-article';
import { NoticeBanner } from './NoticeBanner';

interface Props {
  client: Client;
  state: ReaderState;
  hasArticles: boolean;
  /** The scroll fraction of the open article, for the progress bar. */
  fraction: number;
  libraryOpen: boolean;
  annotationsOpen: boolean;
  onToggleLibrary(): void;
  onToggleAnnotations(): void;
  onShowShortcuts(): void;
  onRetry(): void;
  scrollRef: RefObject<HTMLElement | null>;
  rootRef: RefObject<HTMLDivElement | null>;
  /** The toolbar's controls from other features (reading settings, export). */
  tools: ReactNode;
}

/** The middle column: toolbar, progress, notices and the reading pane. */
export function ReaderColumn(props: Props) {
  const { client, state, scrollRef } = props;
  const ready = state.status === 'ready';
  return (
    <section className="reader" aria-label="Reader">
      <ReaderToolbar
        libraryOpen={props.libraryOpen}
        annotationsOpen={props.annotationsOpen}
        hasAnnotations={ready}
        onToggleLibrary={props.onToggleLibrary}
        onToggleAnnotations={props.onToggleAnnotations}
        onShowShortcuts={props.onShowShortcuts}
      >
        {props.tools}
      </ReaderToolbar>
      <ProgressBar fraction={ready ? props.fraction : 0} />
      <NoticeBanner client={client} onAllDismissed={() => scrollRef.current?.focus({ preventScroll: true })} />
      <ReadingPane state={state} hasArticles={props.hasArticles} scrollRef={scrollRef} rootRef={props.rootRef} onRetry={props.onRetry} />
    </section>
  );
}
