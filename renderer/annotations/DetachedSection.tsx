/** Annotations whose passage could not be found in the current text, with a way to re-attach them. */
import type { AnnotationView } from '../../main/contract';
import { ColourSwatch } from './ColourSwatch';
import { notePreview } from './markdown';

interface Props {
  items: readonly AnnotationView[];
  canReattach: boolean;
  onReattach(id: string): void;
  onDelete(id: string): void;
}

/** The "Detached" section at the end of the sidebar. */
export function DetachedSection({ items, canReattach, onReattach, onDelete }: Props) {
  if (!items.length) return null;
  return (
    <section className="ann-detached" aria-labelledby="ann-detached-title">
      <h3 id="ann-detached-title" className="ann-section-title">
        Detached <span className="ann-count">{items.length}</span>
      </h3>
      <p className="ann-hint" id="ann-detached-hint">
        The article changed and these passages are gone. Select the text they belong to, then re-attach.
      </p>
      <ul className="ann-detached-list">
        {items.map((v) => (
          <li key={v.id} className="ann-detached-item" data-annotation-id={v.id} data-colour={v.colour} tabIndex={0} aria-label={`Detached highlight: “${v.target.quote.exact.slice(0, 80)}”`}>
            <div className="ann-card-head">
              <ColourSwatch colour={v.colour} size="small" />
              <span className="ann-badge" data-status="detached">
                detached
              </span>
            </div>
            <blockquote className="ann-quote">{v.target.quote.exact}</blockquote>
            {v.note && <p className="ann-note-preview">{notePreview(v.note)}</p>}
            <div className="ann-card-actions ann-card-actions-shown">
              <button
                type="button"
                className="ann-button ann-button-small"
                disabled={!canReattach}
                aria-describedby="ann-detached-hint"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onReattach(v.id)}
              >
                Re-attach to selection
              </button>
              <button type="button" className="ann-button ann-button-small ann-button-danger" aria-label="Delete this detached highlight" onClick={() => onDelete(v.id)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
