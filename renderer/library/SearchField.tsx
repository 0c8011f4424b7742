import type { KeyboardEvent, Ref } from 'react';

interface Props {
  value: string;
  onChange(value: string): void;
  inputRef: Ref<HTMLInputElement>;
  /** ↓ or Enter: move into the results (when there are any). */
  onEnterResults(): void;
  /** Escape in an empty field: give focus back to the reader. */
  onLeave(): void;
}

/** The search box at the top of the library. `/` or Ctrl+F focuses it; Escape clears it. */
export function SearchField({ value, onChange, inputRef, onEnterResults, onLeave }: Props) {
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (value !== '') onChange('');
      else onLeave();
    } else if ((event.key === 'ArrowDown' || event.key === 'Enter') && value.trim() !== '') {
      event.preventDefault();
      onEnterResults();
    }
  }

  return (
    <div className="library-search" role="search">
      <span className="search-icon" aria-hidden="true" />
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        placeholder="Search articles"
        aria-label="Search the library"
        aria-keyshortcuts="/ Control+F"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {value === '' ? (
        <kbd className="search-hint" aria-hidden="true">
          /
        </kbd>
      ) : (
        <button
          type="button"
          className="search-clear"
          tabIndex={-1}
          aria-label="Clear the search"
          title="Clear (Esc)"
          onClick={() => {
            onChange('');
            if (inputRef && typeof inputRef === 'object') inputRef.current?.focus();
          }}
        >
          ×
        </button>
      )}
    </div>
  );
}
