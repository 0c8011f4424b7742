/**
 * The annotations UI for one open article: paints highlights over the reading pane (CSS
 * Custom Highlight API), shows the selection toolbar, answers clicks on highlighted text,
 * and renders the sidebar. State lives in an annotation store outside React; this component
 * wires it to the DOM, the keyboard and the sidebar.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Article } from '../../main/contract';
import type { Client } from '../api/client';
import { createAnnotationStore } from './annotation-store';
import { AnnotationsSidebar } from './AnnotationsSidebar';
import { AnnotationToasts } from './AnnotationToasts';
import { SelectionToolbar } from './SelectionToolbar';
import { createUndoStack } from './undo-stack';
import { useArticleNote } from './use-article-note';
import { useColourLegend } from './use-colour-legend';
import { useLastColour } from './use-last-colour';
import { useLayerActions } from './use-layer-actions';
import { useDeepLink, useFocusPaint, useTagSuggestions } from './use-layer-effects';
import { useCardActions, useLayerKeys } from './use-layer-keys';
import { useExternalChanges, useFollowIds, useHitClick } from './use-layer-wiring';
import { useMessages } from './use-messages';
import { usePainting } from './use-painting';
import { useSelection } from './use-selection';
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
  const suggestions = useTagSuggestions(client, editingId);

  useFollowIds(store, setFocusedId, setEditingId);
  useExternalChanges(store, client);
  useFocusPaint(painting, store, focusedId, version);

  const focusedRef = useRef(focusedId);
  focusedRef.current = focusedId;
  const actions = useLayerActions({
    client, article, store, painting, rootRef, scrollRef, selection, clearSelection,
    lastColour, setLastColour, focusedRef, setFocusedId, startEditing, showInfo, showError,
  });
  const wiring = { store, undo, actions, focusedId, setFocusedId, setEditingId, startEditing, setLastColour, hasSelection: selection !== null, clearSelection };
  const cardActions = useCardActions(wiring);
  useLayerKeys(wiring);
  useHitClick(rootRef, painting, setFocusedId);
  useDeepLink(focusAnnotationId, store, version, actions.reveal, setFocusedId);

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
        actions={cardActions}
        canReattach={selection !== null}
        onReattach={actions.reattach}
        onExport={() => void actions.exportArticle()}
        keyOf={store.stableKey}
      />
      {selection &&
        createPortal(
          <SelectionToolbar
            selection={selection}
            legend={legend}
            lastColour={lastColour}
            onHighlight={(c) => actions.highlight(c, false)}
            onNote={() => actions.highlight(null, true)}
            onCopy={() => void actions.copy(selection.text, 'Copied.')}
          />,
          document.body,
        )}
      {createPortal(<AnnotationToasts undo={undo} messages={messages} onDismiss={dismiss} />, document.body)}
    </>
  );
}
