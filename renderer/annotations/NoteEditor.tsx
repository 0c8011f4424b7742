/** Writing a highlight's Markdown note and tags. Ctrl/Cmd+Enter saves, Escape cancels. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { TagInput } from './TagInput';
import { parseTags, addTags } from './tags';

interface Props {
  note: string;
  tags: string[];
  suggestions: string[];
  label: string;
  onSave(note: string, tags: string[]): void;
  onCancel(): void;
}

/** A note and tag editor that takes focus when it opens. */
export function NoteEditor({ note, tags, suggestions, label, onSave, onCancel }: Props) {
  const [text, setText] = useState(note);
  const [chips, setChips] = useState(tags);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    area.current?.focus({ preventScroll: true });
  }, []);

  function save(): void {
    // A tag typed but not yet committed (no Enter) still counts.
    const pending = area.current?.closest('.ann-note-editor')?.querySelector<HTMLInputElement>('.ann-tag-field')?.value ?? '';
    onSave(text, addTags(chips, parseTags(pending)));
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  }

  return (
    <div className="ann-note-editor" onKeyDown={onKeyDown}>
      <textarea
        ref={area}
        className="ann-note-text"
        value={text}
        rows={4}
        aria-label={label}
        placeholder="Write a note (Markdown)…"
        onChange={(e) => setText(e.target.value)}
      />
      <TagInput tags={chips} suggestions={suggestions} onChange={setChips} />
      <div className="ann-editor-actions">
        <button type="button" className="ann-button ann-button-primary" onClick={save}>
          Save
        </button>
        <button type="button" className="ann-button" onClick={onCancel}>
          Cancel
        </button>
        <span className="ann-hint">Ctrl+Enter saves · Esc cancels</span>
      </div>
    </div>
  );
}
