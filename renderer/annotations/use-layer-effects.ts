/** Effects of the annotations layer that follow its state: tag suggestions, the focus paint, deep links. */
import { useEffect, useRef, useState } from 'react';
import type { Client } from '../api/client';
import type { AnnotationStore } from './annotation-store';
import type { Painting } from './use-painting';

/** Every tag in use, for the note editor's suggestions; re-read each time an editor opens. */
export function useTagSuggestions(client: Client, editingId: string | null): string[] {
  const [suggestions, setSuggestions] = useState<string[]>([]);
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
  return suggestions;
}

/** Paints the focus ring on the focused highlight, following it when its temporary id becomes real. */
export function useFocusPaint(painting: Painting, store: AnnotationStore, focusedId: string | null, version: number): void {
  useEffect(() => {
    painting.painter.focus(focusedId ? store.currentId(focusedId) : null);
  }, [painting, store, focusedId, version]);
}

/** Deep link: once the annotation is loaded (and painted), focus, scroll to and flash it, once. */
export function useDeepLink(
  focusAnnotationId: string | null,
  store: AnnotationStore,
  version: number,
  reveal: (id: string) => void,
  setFocusedId: (id: string) => void,
): void {
  const deepLinked = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAnnotationId || deepLinked.current === focusAnnotationId || store.status() !== 'ready') return;
    const view = store.get(focusAnnotationId);
    if (!view) return;
    deepLinked.current = focusAnnotationId;
    setFocusedId(view.id);
    requestAnimationFrame(() => reveal(view.id));
  }, [focusAnnotationId, store, version, reveal, setFocusedId]);
}
