/** Tag chips plus a text field with completion from the tags already in use. */
import { useId, useState, type KeyboardEvent } from 'react';
import { addTags, parseTags } from './tags';

interface Props {
  tags: string[];
  suggestions: string[];
  onChange(tags: string[]): void;
}

/** Editable `#tag` chips. Enter, comma or space adds; Backspace in the empty field removes the last. */
export function TagInput({ tags, suggestions, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const listId = useId();

  function commit(): void {
    const added = parseTags(draft);
    if (added.length) onChange(addTags(tags, added));
    setDraft('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key === 'Enter' || e.key === ',' || e.key === ' ') {
      if (draft.trim()) {
        e.preventDefault();
        commit();
      } else if (e.key !== 'Enter') e.preventDefault();
    } else if (e.key === 'Backspace' && !draft && tags.length) {
      onChange(tags.slice(0, -1));
    }
  }

  return (
    <div className="ann-tag-input">
      <ul className="ann-tags" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="ann-tag">
            #{tag}
            <button type="button" className="ann-tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="ann-tag-field"
        value={draft}
        list={listId}
        placeholder="#tag"
        aria-label="Add a tag"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      <datalist id={listId}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
