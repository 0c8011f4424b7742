/** The layer's keyboard and card actions, built from its store and the shared layer actions. */
import { useMemo } from 'react';
import type { Colour } from '../../main/contract';
import type { AnnotationStore } from './annotation-store';
import type { CardActions } from './AnnotationCard';
import type { UndoStack } from './undo-stack';
import { useAnnotationKeys } from './use-annotation-keys';
import type { useLayerActions } from './use-layer-actions';

type LayerActions = ReturnType<typeof useLayerActions>;

interface Options {
  store: AnnotationStore;
  undo: UndoStack;
  actions: LayerActions;
  focusedId: string | null;
  setFocusedId(id: string | null): void;
  setEditingId(id: string | null): void;
  startEditing(id: string): void;
  setLastColour(colour: Colour): void;
  hasSelection: boolean;
  clearSelection(): void;
}

/** What a card's buttons do: focus and reveal, edit, save a note and tags, recolour, delete, cite. */
export function useCardActions({ store, actions, setFocusedId, setEditingId }: Options): CardActions {
  const { reveal, cite } = actions;
  return useMemo<CardActions>(
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
    [reveal, store, cite, setFocusedId, setEditingId],
  );
}

/** The highlight keys (H, N, 1–5, Escape, Ctrl+Z, Ctrl+Shift+C/E) acting on this layer. */
export function useLayerKeys({ store, undo, actions, focusedId, setFocusedId, startEditing, setLastColour, hasSelection, clearSelection }: Options): void {
  const focused = () => (focusedId && store.get(focusedId) ? focusedId : null);
  useAnnotationKeys({
    highlight: actions.highlight,
    recolourFocused(colour) {
      const id = focused();
      if (!id) return false;
      if (store.get(id)!.colour !== colour) void store.update(id, { colour });
      return true;
    },
    editFocused() {
      const id = focused();
      if (!id) return false;
      startEditing(id);
      return true;
    },
    setLastColour,
    undo() {
      if (!undo.peek()) return false;
      void undo.undoLast().catch(() => {});
      return true;
    },
    cite: () => actions.cite(focusedId),
    exportArticle: () => void actions.exportArticle(),
    unfocus() {
      // Escape first drops a selection (and its toolbar), then the focused highlight.
      if (hasSelection) {
        clearSelection();
        return true;
      }
      if (!focusedId) return false;
      setFocusedId(null);
      return true;
    },
  });
}
