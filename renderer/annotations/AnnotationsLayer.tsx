/**
 * The annotations UI for one open article: paints highlights over the reading pane (CSS
 * Custom Highlight API), shows the selection toolbar, answers clicks on highlighted text,
 * and renders the sidebar. State lives in an annotation store outside React; this component
 * wires it to the DOM, the keyboard and the sidebar.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Article, Colour } from '../../main/contract';
import type { Client } from '../api/client';
import { createAnnotationStore } from './annotation-store';
import { AnnotationsSidebar } from './AnnotationsSidebar';
import { AnnotationToasts } from './AnnotationToasts';
import type { CardActions } from './AnnotationCard';
import { formatCitation } from './citation';
import { copyText } from '../ui/clipboard';
import { describeError } from '../ui/describe-error';
import { downloadText } from '../ui/downloads';
import { scrollToRange } from './dom-actions';
import { SelectionToolbar } from './SelectionToolbar';
import { createUndoStack } from './undo-stack';
import { useAnnotationKeys } from './use-annotation-keys';
import { useArticleNote } from './use-article-note';
import { useColourLegend } from './use-colour-legend';
import { useExternalChanges, useFollowIds, useHitClick } from './use-layer-wiring';
import { useLastColour } from './use-last-colour';
import { useMessages } from './use-messages';
import { usePainting } from './use-painting';
import { readSelection, useSelection, type TextSelection } from './use-selection';
import './annotations.css';
import './sidebar.css';
import './cards.css';
import './overlays.css';

/** Props the reading pane gives the annotations UI. */
export interface AnnotationsLayerProps {
  client: Client;
  article: Article;
  /** The element holding the article's blocks (each with data-block-start). */
  rootRef: RefObject<HTMLElement | null>;
  /** The scrolling element of the reading pane. */
  scrollRef: RefObject<HTMLElement | null>;
  /** An annotation to scroll to and flash (deep link), if any. */
  focusAnnotationId: string | null;
  /** Shows the annotations column if it is collapsed (a note editor is opening there). */
  onShowColumn?(): void;
}

/** The sidebar, toolbar and highlight painting for one article. */
export function AnnotationsLayer({ client, article, rootRef, scrollRef, focusAnnotationId, onShowColumn }: AnnotationsLayerProps) {
  const { messages, showError, showInfo, dismiss } = useMessages();
  // One undo history per article: undoing must never restore into another article.
  const undo = useMemo(() => createUndoStack(), [article.id]);
  const store = useMemo(() => createAnnotationStore({ article, api: client, undo, onError: showError }), [client, article, undo, showError]);
  useEffect(() => {
    void store.load();
  }, [store]);
  const version = useSyncExternalStore(store.subscribe, store.version);
  const items = useMemo(() => store.list(), [store, version]);

  const painting = usePainting(store, article.blocks.length, rootRef, scrollRef);
  const { selection, clear: clearSelection } = useSelection(rootRef, scrollRef, article.text, painting.getMap);
  const { legend, setMeaning, flush: saveLegend } = useColourLegend(client, showError);
  const articleNote = useArticleNote(client, article.id, undo, showError);
  const [lastColour, setLastColour] = useLastColour();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  // In the same update as the editor, so the column is no longer inert when the editor takes focus.
  const showColumn = useRef(onShowColumn);
  showColumn.current = onShowColumn;
  const startEditing = useCallback((id: string) => {
    setEditingId(id);
    showColumn.current?.();
  }, []);
  const [suggestions, setSuggestions] = useState<string[]>([]);

  useFollowIds(store, setFocusedId, setEditingId);
  useExternalChanges(store);

  const focusedRef = useRef(focusedId);
  focusedRef.current = focusedId;
  useEffect(() => {
    painting.painter.focus(focusedId ? store.currentId(focusedId) : null);
  }, [painting, store, focusedId, version]);

  useEffect(() => {
    let live = true;
    client.listTags({}).then(
      (tags) => live && setSuggestions(tags.map((t) => t.tag)),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [client, editingId]);

  const reveal = useCallback(
    (id: string) => {
      const real = store.currentId(id);
      const range = painting.ensurePainted(real);
      if (!range) return;
      painting.painter.focus(focusedRef.current ? store.currentId(focusedRef.current) : null);
      scrollToRange(range, scrollRef.current);
      painting.painter.flash(real);
    },
    [painting, store, scrollRef],
  );

  const currentSelection = useCallback((): TextSelection | null => {
    const root = rootRef.current;
    return root ? readSelection(root, article.text, painting.getMap()) : null;
  }, [rootRef, article.text, painting]);

  const highlight = useCallback(
    (colour: Colour | null, openNote: boolean): boolean => {
      const sel = currentSelection() ?? selection;
      if (!sel) return false;
      const chosen = colour ?? lastColour;
      const id = store.create({ start: sel.start, end: sel.end }, chosen);
      setLastColour(chosen);
      clearSelection();
      setFocusedId(id);
      if (openNote) startEditing(id);
      return true;
    },
    [currentSelection, selection, lastColour, store, setLastColour, clearSelection, startEditing],
  );

  const cite = useCallback(
    (id?: string | null) => {
      const view = id ? store.get(id) : undefined;
      const sel = view ? null : currentSelection();
      const quote = view?.target.quote.exact ?? sel?.text;
      if (!quote) {
        showInfo('Select text or a highlight to cite it.');
        return;
      }
      copyText(formatCitation(quote, article, view?.id)).then(
        () => showInfo('Citation copied.'),
        (err) => showError(`Could not copy: ${describeError(err)}`),
      );
    },
    [store, currentSelection, article, showInfo, showError],
  );

  const exportArticle = useCallback(async () => {
    try {
      const { fileName, markdown } = await client.exportArticle({ articleId: article.id, options: {} });
      downloadText(fileName, markdown);
      showInfo(`Exported ${fileName}.`);
    } catch (err) {
      showError(`Could not export: ${describeError(err)}`);
    }
  }, [client, article.id, showInfo, showError]);

  const actions = useMemo<CardActions>(
    () => ({
      onSelect(id) {
        setFocusedId(id);
        reveal(id);
      },
      onEdit: setEditingId,
      onSave(id, note, tags) {
        setEditingId(null);
        const view = store.get(id);
        if (!view) return;
        const patch = {
          ...(note !== view.note && { note }),
          ...(tags.join('\u0000') !== view.tags.join('\u0000') && { tags }),
        };
        if (Object.keys(patch).length) void store.update(id, patch);
      },
      onColour: (id, colour) => void store.update(id, { colour }),
      onDelete: (id) => void store.remove(id),
      onCite: cite,
    }),
    [reveal, store, cite],
  );

  useAnnotationKeys({
    highlight,
    recolourFocused(colour) {
      if (!focusedId || !store.get(focusedId)) return false;
      if (store.get(focusedId)!.colour !== colour) void store.update(focusedId, { colour });
      return true;
    },
    editFocused() {
      if (!focusedId || !store.get(focusedId)) return false;
      startEditing(focusedId);
      return true;
    },
    setLastColour,
    undo() {
      if (!undo.peek()) return false;
      void undo.undoLast().catch(() => {});
      return true;
    },
    cite: () => cite(focusedId),
    exportArticle: () => void exportArticle(),
    unfocus() {
      // Escape first drops a selection (and its toolbar), then the focused highlight.
      if (selection) {
        clearSelection();
        return true;
      }
      if (!focusedId) return false;
      setFocusedId(null);
      return true;
    },
  });

  useHitClick(rootRef, painting, setFocusedId);

  // Deep link: once the annotation is loaded (and painted), focus, scroll and flash it, once.
  const deepLinked = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAnnotationId || deepLinked.current === focusAnnotationId || store.status() !== 'ready') return;
    const view = store.get(focusAnnotationId);
    if (!view) return;
    deepLinked.current = focusAnnotationId;
    setFocusedId(view.id);
    requestAnimationFrame(() => reveal(view.id));
  }, [focusAnnotationId, store, version, reveal]);

  const onReattach = useCallback(
    (id: string) => {
      const sel = currentSelection() ?? selection;
      if (!sel) return;
      void store.update(id, { range: { start: sel.start, end: sel.end } }).then((saved) => {
        if (saved) {
          clearSelection();
          setFocusedId(saved.id);
        }
      });
    },
    [currentSelection, selection, store, clearSelection],
  );

  return (
    <>
      <AnnotationsSidebar
        items={items}
        status={store.status()}
        legend={legend}
        onLegendChange={setMeaning}
        onLegendDone={() => void saveLegend()}
        articleNote={articleNote}
        focusedId={focusedId}
        editingId={editingId}
        suggestions={suggestions}
        actions={actions}
        canReattach={selection !== null}
        onReattach={onReattach}
        onExport={() => void exportArticle()}
        keyOf={store.stableKey}
      />
      {selection &&
        createPortal(
          <SelectionToolbar
            selection={selection}
            legend={legend}
            lastColour={lastColour}
            onHighlight={(c) => highlight(c, false)}
            onNote={() => highlight(null, true)}
            onCopy={() => {
              copyText(selection.text).then(
                () => showInfo('Copied.'),
                (err) => showError(`Could not copy: ${describeError(err)}`),
              );
            }}
          />,
          document.body,
        )}
      {createPortal(<AnnotationToasts undo={undo} messages={messages} onDismiss={dismiss} />, document.body)}
    </>
  );
}
