/** The article-level note at the top of the sidebar: rendered Markdown, editable in place. */
import { useState } from 'react';
import { renderNoteHtml } from './markdown';
import { exactTime, relativeTime } from '../ui/relative-time';
import type { ArticleNoteState } from './use-article-note';

/** Shows the article's note, or a button to write one. */
export function ArticleNotePanel({ state }: { state: ArticleNoteState }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');

  function open(): void {
    setDraft(state.note);
    setEditing(true);
  }

  async function save(): Promise<void> {
    setEditing(false);
    await state.save(draft);
  }

  return (
    <section className="ann-article-note" aria-labelledby="ann-article-note-title">
      <div className="ann-section-head">
        <h3 id="ann-article-note-title" className="ann-section-title">
          Article note
        </h3>
        {state.modified && !editing && (
          <time className="ann-time" dateTime={state.modified} title={exactTime(state.modified)}>
            {relativeTime(state.modified)}
          </time>
        )}
      </div>
      {editing ? (
        <div
          className="ann-note-editor"
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
            if (e.key === 'Escape') {
              e.stopPropagation();
              setEditing(false);
            }
          }}
        >
          <textarea
            className="ann-note-text"
            rows={5}
            value={draft}
            autoFocus
            aria-label="Note about this article (Markdown)"
            placeholder="What is this article about for you? (Markdown)"
            onChange={(e) => setDraft(e.target.value)}
          />
          <div className="ann-editor-actions">
            <button type="button" className="ann-button ann-button-primary" onClick={() => void save()}>
              Save
            </button>
            <button type="button" className="ann-button" onClick={() => setEditing(false)}>
              Cancel
            </button>
            {state.note && (
              <button
                type="button"
                className="ann-button ann-button-danger"
                onClick={() => {
                  setEditing(false);
                  void state.save('');
                }}
              >
                Delete note
              </button>
            )}
          </div>
        </div>
      ) : state.note ? (
        <div className="ann-article-note-body">
          <div className="ann-note" dangerouslySetInnerHTML={{ __html: renderNoteHtml(state.note) }} />
          <button type="button" className="ann-button ann-button-small" onClick={open}>
            Edit
          </button>
        </div>
      ) : (
        <button type="button" className="ann-button ann-button-ghost" onClick={open} disabled={!state.loaded}>
          + Add a note about this article
        </button>
      )}
    </section>
  );
}
