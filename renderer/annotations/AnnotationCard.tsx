/** One highlight in the sidebar: swatch, quote, note, tags, times, and its actions. */
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { AnnotationView } from '../../main/contract';
import { COLOURS, COLOUR_INFO, colourLabel, type Colour, type ColourLegend } from './colours';
import { ColourSwatch } from './ColourSwatch';
import { notePreview, renderNoteHtml } from './markdown';
import { NoteEditor } from './NoteEditor';
import { exactTime, relativeTime } from '../ui/relative-time';

export interface CardActions {
  onSelect(id: string): void;
  onEdit(id: string | null): void;
  onSave(id: string, note: string, tags: string[]): void;
  onColour(id: string, colour: Colour): void;
  onDelete(id: string): void;
  onCite(id: string): void;
}

interface Props extends CardActions {
  view: AnnotationView;
  legend: ColourLegend;
  focused: boolean;
  editing: boolean;
  suggestions: string[];
}

const QUOTE_CHARS = 220;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat;
}

/** Shifted and fuzzy anchors get a badge saying how sure the placement is. */
export function StatusBadge({ anchor }: { anchor: AnnotationView['anchor'] }) {
  if (anchor.status === 'shifted') {
    return (
      <span className="ann-badge" data-status="shifted" title="The article changed; this passage was found at a new place.">
        moved
      </span>
    );
  }
  if (anchor.status === 'fuzzy') {
    const pct = anchor.score === null ? '' : ` ${Math.round(anchor.score * 100)}%`;
    return (
      <span className="ann-badge" data-status="fuzzy" title="The passage changed; this is the closest match found.">
        approximate{pct}
      </span>
    );
  }
  return null;
}

/** Clicks on buttons, links and editors inside the card do their own thing. */
function isControl(target: EventTarget): boolean {
  return target instanceof Element && !!target.closest('button, a, input, textarea, select, .ann-note-editor');
}

/** A sidebar card for one annotation. */
export const AnnotationCard = memo(function AnnotationCard(props: Props) {
  const { view, legend, focused, editing, suggestions } = props;
  const label = `${COLOUR_INFO[view.colour].label} highlight (${legend[view.colour]}): “${excerpt(view.target.quote.exact).slice(0, 80)}”${view.note ? `. Note: ${notePreview(view.note, 80)}` : ''}`;
  const modified = view.modified !== view.created;

  function onClick(e: MouseEvent): void {
    if (!isControl(e.target)) props.onSelect(view.id);
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter') props.onSelect(view.id);
    else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      props.onDelete(view.id);
    }
  }

  return (
    <article
      className="ann-card"
      data-colour={view.colour}
      data-focused={focused || undefined}
      data-annotation-id={view.id}
      tabIndex={0}
      aria-label={label}
      aria-current={focused || undefined}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <header className="ann-card-head">
        <ColourSwatch colour={view.colour} size="small" />
        <span className="ann-meaning">{legend[view.colour]}</span>
        <StatusBadge anchor={view.anchor} />
        <time className="ann-time" dateTime={view.modified} title={`Created ${exactTime(view.created)}${modified ? `, edited ${exactTime(view.modified)}` : ''}`}>
          {modified ? `edited ${relativeTime(view.modified)}` : relativeTime(view.created)}
        </time>
      </header>
      <blockquote className="ann-quote">{excerpt(view.target.quote.exact)}</blockquote>
      {editing ? (
        <NoteEditor
          note={view.note}
          tags={view.tags}
          suggestions={suggestions}
          label={`Note for “${excerpt(view.target.quote.exact).slice(0, 40)}”`}
          onSave={(note, tags) => props.onSave(view.id, note, tags)}
          onCancel={() => props.onEdit(null)}
        />
      ) : (
        <>
          {view.note && <div className="ann-note" dangerouslySetInnerHTML={{ __html: renderNoteHtml(view.note) }} />}
          {view.tags.length > 0 && (
            <ul className="ann-tags" aria-label="Tags">
              {view.tags.map((t) => (
                <li key={t} className="ann-tag">
                  #{t}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="ann-card-actions">
        <div className="ann-colour-row" role="group" aria-label="Change colour">
          {COLOURS.map((c) => (
            <button
              key={c}
              type="button"
              className="ann-mini-colour"
              aria-label={`Make it ${colourLabel(c, legend)}`}
              title={colourLabel(c, legend)}
              aria-pressed={c === view.colour}
              onClick={() => c !== view.colour && props.onColour(view.id, c)}
            >
              <ColourSwatch colour={c} size="small" />
            </button>
          ))}
        </div>
        {!editing && (
          <button type="button" className="ann-button ann-button-small" onClick={() => props.onEdit(view.id)}>
            {view.note || view.tags.length ? 'Edit note' : 'Add note'}
          </button>
        )}
        <button type="button" className="ann-button ann-button-small" aria-label="Cite this highlight: copy a citation" title="Copy citation (Ctrl+Shift+C)" onClick={() => props.onCite(view.id)}>
          Cite
        </button>
        <button type="button" className="ann-button ann-button-small ann-button-danger" aria-label="Delete this highlight" onClick={() => props.onDelete(view.id)}>
          Delete
        </button>
      </div>
    </article>
  );
});
