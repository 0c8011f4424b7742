/** The annotations column: article note, legend, filters, the cards, and the detached ones. */
import { useMemo, useRef, useState } from 'react';
import type { AnnotationView, Colour } from '../../main/contract';
import { AnnotationList } from './AnnotationList';
import type { CardActions } from './AnnotationCard';
import { ArticleNotePanel } from './ArticleNotePanel';
import { ColourLegendEditor } from './ColourLegendEditor';
import type { ColourLegend } from './colours';
import { DetachedSection } from './DetachedSection';
import { FilterBar, matchesFilters, type Filters } from './FilterBar';
import type { LoadStatus } from './annotation-store';
import type { ArticleNoteState } from './use-article-note';

interface Props {
  items: readonly AnnotationView[];
  status: LoadStatus;
  legend: ColourLegend;
  onLegendChange(colour: Colour, meaning: string): void;
  onLegendDone(): void;
  articleNote: ArticleNoteState;
  focusedId: string | null;
  editingId: string | null;
  suggestions: string[];
  actions: CardActions;
  canReattach: boolean;
  onReattach(id: string): void;
  onExport(): void;
  keyOf(id: string): string;
}

function isDetached(v: AnnotationView): boolean {
  return v.anchor.status === 'detached' || v.anchor.start === null;
}

/** The sidebar's content; the app decides where the column sits. */
export function AnnotationsSidebar(p: Props) {
  const [filters, setFilters] = useState<Filters>({ colours: [], tag: null });
  const scrollRef = useRef<HTMLDivElement>(null);

  const { placed, detached, tags } = useMemo(() => {
    const placed: AnnotationView[] = [];
    const detached: AnnotationView[] = [];
    const tags = new Set<string>();
    for (const v of p.items) {
      v.tags.forEach((t) => tags.add(t));
      if (!matchesFilters(v, filters)) continue;
      (isDetached(v) ? detached : placed).push(v);
    }
    return { placed, detached, tags: [...tags].sort() };
  }, [p.items, filters]);

  const total = p.items.length;
  const filtered = placed.length + detached.length;

  return (
    <aside className="ann-sidebar" aria-label="Highlights and notes">
      <header className="ann-sidebar-head">
        <h2 className="ann-title">
          Highlights <span className="ann-count">{filtered === total ? total : `${filtered} of ${total}`}</span>
        </h2>
        <button type="button" className="ann-button ann-button-small" onClick={p.onExport} title="Export to Markdown (Ctrl+Shift+E)" aria-label="Export this article’s highlights to Markdown">
          Export
        </button>
      </header>
      <ArticleNotePanel state={p.articleNote} />
      <ColourLegendEditor legend={p.legend} onChange={p.onLegendChange} onDone={p.onLegendDone} />
      {total > 0 && <FilterBar filters={filters} tags={tags} legend={p.legend} onChange={setFilters} />}
      <div className="ann-scroll" ref={scrollRef}>
        {p.status === 'loading' && <p className="ann-hint">Loading highlights…</p>}
        {p.status === 'error' && <p className="ann-hint">The highlights could not be loaded.</p>}
        {p.status === 'ready' && total === 0 && (
          <p className="ann-empty">
            Select text in the article to highlight it. Press <kbd className="ann-kbd">H</kbd> or <kbd className="ann-kbd">1</kbd>–<kbd className="ann-kbd">5</kbd> for a colour, <kbd className="ann-kbd">N</kbd> to add a note.
          </p>
        )}
        {p.status === 'ready' && total > 0 && filtered === 0 && <p className="ann-hint">No highlights match the filters.</p>}
        <AnnotationList
          items={placed}
          legend={p.legend}
          focusedId={p.focusedId}
          editingId={p.editingId}
          suggestions={p.suggestions}
          actions={p.actions}
          scrollRef={scrollRef}
          keyOf={p.keyOf}
        />
        <DetachedSection items={detached} canReattach={p.canReattach} onReattach={p.onReattach} onDelete={p.actions.onDelete} />
      </div>
    </aside>
  );
}
