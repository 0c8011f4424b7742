/**
 * The sidebar's list of cards in document order. Past a couple of hundred cards only the
 * visible ones are rendered (@tanstack/react-virtual), so a heavily annotated article keeps
 * a light sidebar.
 */
import { useEffect, type ReactNode, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { AnnotationView } from '../../main/contract';
import { AnnotationCard, type CardActions } from './AnnotationCard';
import type { ColourLegend } from './colours';

/** Above this many cards the list is virtualised. */
export const VIRTUALISE_ABOVE = 200;

interface Props {
  items: readonly AnnotationView[];
  legend: ColourLegend;
  focusedId: string | null;
  editingId: string | null;
  suggestions: string[];
  actions: CardActions;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** React key of an annotation, stable across its temporary → server id change. */
  keyOf(id: string): string;
}

function cardFor(view: AnnotationView, p: Props): ReactNode {
  return (
    <AnnotationCard
      view={view}
      legend={p.legend}
      focused={view.id === p.focusedId}
      editing={view.id === p.editingId}
      suggestions={p.suggestions}
      {...p.actions}
    />
  );
}

/** Scrolls a card into view when it becomes focused or starts editing (an editor makes it taller). */
function useRevealCard(p: Props, scrollToIndex: ((i: number) => void) | null): void {
  const target = p.editingId ?? p.focusedId;
  const key = `${p.focusedId}|${p.editingId}`;
  useEffect(() => {
    if (!target) return;
    const index = p.items.findIndex((v) => v.id === target);
    if (index < 0) return;
    if (scrollToIndex) scrollToIndex(index);
    const el = p.scrollRef.current?.querySelector(`[data-annotation-id="${CSS.escape(target)}"]`);
    el?.scrollIntoView({ block: 'nearest' });
    // Only on a change of focus or editor: re-running on every list change would fight the reader's scrolling.
  }, [key]);
}

function PlainList(p: Props) {
  useRevealCard(p, null);
  return (
    <ol className="ann-list" aria-label="Highlights in this article">
      {p.items.map((view) => (
        <li key={p.keyOf(view.id)} className="ann-list-item">
          {cardFor(view, p)}
        </li>
      ))}
    </ol>
  );
}

function VirtualList(p: Props) {
  const virtualizer = useVirtualizer({
    count: p.items.length,
    getScrollElement: () => p.scrollRef.current,
    estimateSize: () => 120,
    overscan: 6,
    getItemKey: (i) => p.keyOf(p.items[i].id),
  });
  useRevealCard(p, (i) => virtualizer.scrollToIndex(i, { align: 'auto' }));
  return (
    <ol className="ann-list ann-list-virtual" aria-label="Highlights in this article" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <li
          key={row.key}
          className="ann-list-item"
          data-index={row.index}
          ref={virtualizer.measureElement}
          aria-setsize={p.items.length}
          aria-posinset={row.index + 1}
          style={{ transform: `translateY(${row.start}px)` }}
        >
          {cardFor(p.items[row.index], p)}
        </li>
      ))}
    </ol>
  );
}

/** The cards, plain or virtualised depending on how many there are. */
export function AnnotationList(props: Props) {
  if (!props.items.length) return null;
  return props.items.length > VIRTUALISE_ABOVE ? <VirtualList {...props} /> : <PlainList {...props} />;
}
