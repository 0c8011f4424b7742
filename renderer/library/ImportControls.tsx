import type { ChangeEvent, RefObject } from 'react';
import { IMPORT_ACCEPT } from './import-files';

/** The library header's Import… button. */
export function ImportButton({ onClick }: { onClick(): void }) {
  return (
    <button type="button" className="tool-button" aria-label="Import articles" title="Import articles (.txt, .md, .html)" onClick={onClick}>
      <span className="icon-import" aria-hidden="true" />
    </button>
  );
}

interface InputProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
}

/** The hidden file input behind Import… (kept outside the library, which can be hidden, so the menu command always finds it). */
export function ImportInput({ inputRef, onChange }: InputProps) {
  return (
    <input
      ref={inputRef}
      className="import-input"
      type="file"
      multiple
      accept={IMPORT_ACCEPT}
      tabIndex={-1}
      aria-hidden="true"
      data-testid="import-input"
      onChange={onChange}
      hidden
    />
  );
}

/** The calm veil shown while files are dragged over the window. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
      <div className="drop-overlay-card">
        <span className="icon-import drop-overlay-icon" />
        <p className="drop-overlay-title">Drop articles to import</p>
        <p className="drop-overlay-hint">.txt, .md or .html, up to 5 MB each</p>
      </div>
    </div>
  );
}
