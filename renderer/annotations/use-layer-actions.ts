/**
 * What the annotations layer does on a reader's request: highlight the selection, bring a
 * highlight into view, cite, export the article, re-attach a detached highlight, copy. Each is a
 * stable callback the sidebar, the toolbar and the keys share.
 */
import { useCallback, type RefObject } from 'react';
import type { Article, Colour } from '../../main/contract';
import type { Client } from '../api/client';
import { copyText } from '../ui/clipboard';
import { describeError } from '../ui/describe-error';
import { downloadText } from '../ui/downloads';
import type { AnnotationStore } from './annotation-store';
import { formatCitation } from './citation';
import { scrollToRange } from './dom-actions';
import type { Painting } from './use-painting';
import { readSelection, type TextSelection } from './use-selection';

/** What the actions read and change: the layer's store, painting, selection and focus. */
export interface LayerState {
  client: Client;
  article: Article;
  store: AnnotationStore;
  painting: Painting;
  rootRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  selection: TextSelection | null;
  clearSelection(): void;
  lastColour: Colour;
  setLastColour(colour: Colour): void;
  /** The focused highlight as of now (a ref, so callbacks need not change with it). */
  focusedRef: RefObject<string | null>;
  setFocusedId(id: string | null): void;
  startEditing(id: string): void;
  showInfo(message: string): void;
  showError(message: string): void;
}

/** The layer's actions, each a stable callback. */
export function useLayerActions(s: LayerState) {
  const { client, article, store, painting, rootRef, scrollRef, selection, clearSelection, focusedRef, setFocusedId, showInfo, showError } = s;

  const reveal = useCallback(
    (id: string) => {
      const real = store.currentId(id);
      const range = painting.ensurePainted(real);
      if (!range) return;
      painting.painter.focus(focusedRef.current ? store.currentId(focusedRef.current) : null);
      scrollToRange(range, scrollRef.current);
      painting.painter.flash(real);
    },
    [painting, store, scrollRef, focusedRef],
  );

  // The live selection when there is one; the toolbar's copy of it when a click took it away.
  const currentSelection = useCallback((): TextSelection | null => {
    const root = rootRef.current;
    return (root ? readSelection(root, article.text, painting.getMap()) : null) ?? selection;
  }, [rootRef, article.text, painting, selection]);

  const { lastColour, setLastColour, startEditing } = s;
  const highlight = useCallback(
    (colour: Colour | null, openNote: boolean): boolean => {
      const sel = currentSelection();
      if (!sel) return false;
      const chosen = colour ?? lastColour;
      const id = store.create({ start: sel.start, end: sel.end }, chosen);
      setLastColour(chosen);
      clearSelection();
      setFocusedId(id);
      if (openNote) startEditing(id);
      return true;
    },
    [currentSelection, lastColour, store, setLastColour, clearSelection, setFocusedId, startEditing],
  );

  const copy = useCallback(
    (text: string, done: string) => copyText(text).then(() => showInfo(done), (err) => showError(`Could not copy: ${describeError(err)}`)),
    [showInfo, showError],
  );

  const cite = useCallback(
    (id?: string | null) => {
      const view = id ? store.get(id) : undefined;
      // A chosen highlight is cited as it is; without one, the selected text (not the toolbar's stale copy).
      const root = rootRef.current;
      const sel = view || !root ? null : readSelection(root, article.text, painting.getMap());
      const quote = view?.target.quote.exact ?? sel?.text;
      if (!quote) showInfo('Select text or a highlight to cite it.');
      else void copy(formatCitation(quote, article, view?.id), 'Citation copied.');
    },
    [store, rootRef, article, painting, copy, showInfo],
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

  const reattach = useCallback(
    (id: string) => {
      const sel = currentSelection();
      if (!sel) return;
      void store.update(id, { range: { start: sel.start, end: sel.end } }).then((saved) => {
        if (saved) {
          clearSelection();
          setFocusedId(saved.id);
        }
      });
    },
    [currentSelection, store, clearSelection, setFocusedId],
  );

  return { reveal, highlight, cite, exportArticle, reattach, copy };
}
