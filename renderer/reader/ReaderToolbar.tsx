import type { ReactNode } from 'react';

interface Props {
  libraryOpen: boolean;
  annotationsOpen: boolean;
  /** Whether there is an annotations column to toggle (an article is open). */
  hasAnnotations: boolean;
  onToggleLibrary(): void;
  onToggleAnnotations(): void;
  onShowShortcuts(): void;
  /** Font size and theme controls. */
  children: ReactNode;
}

/** The bar above the reading pane: panel toggles on the sides, reading controls between. */
export function ReaderToolbar(props: Props) {
  return (
    <div className="reader-toolbar">
      <button
        type="button"
        className="tool-button"
        aria-pressed={props.libraryOpen}
        aria-label="Library"
        title="Show or hide the library ( [ )"
        onClick={props.onToggleLibrary}
      >
        <span className="icon icon-sidebar-left" aria-hidden="true" />
      </button>
      <div className="toolbar-spacer" />
      {props.children}
      <button type="button" className="tool-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts ( ? )" onClick={props.onShowShortcuts}>
        <span aria-hidden="true">?</span>
      </button>
      <button
        type="button"
        className="tool-button"
        aria-pressed={props.annotationsOpen}
        aria-label="Annotations"
        title="Show or hide the annotations ( ] )"
        onClick={props.onToggleAnnotations}
        disabled={!props.hasAnnotations}
      >
        <span className="icon icon-sidebar-right" aria-hidden="true" />
      </button>
    </div>
  );
}
