/** Two small pieces of wiring between the store, the reading pane and the layer's state. */
import { useEffect, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { Client } from '../api/client';
import { charOffsetFromPoint } from '../reader';
import type { AnnotationStore } from './annotation-store';
import { measureSince } from './dom-actions';
import type { Painting } from './use-painting';

type SetId = Dispatch<SetStateAction<string | null>>;

/** Optimistic ids become server ids; focus and the open editor follow them, and drop a removed annotation. */
export function useFollowIds(store: AnnotationStore, setFocusedId: SetId, setEditingId: SetId): void {
  useEffect(
    () =>
      store.subscribe((e) => {
        if (e.type === 'replace') {
          setFocusedId((id) => (id === e.fromId ? e.view.id : id));
          setEditingId((id) => (id === e.fromId ? e.view.id : id));
        } else if (e.type === 'remove') {
          setFocusedId((id) => (id === e.view.id ? null : id));
          setEditingId((id) => (id === e.view.id ? null : id));
        }
      }),
    [store, setFocusedId, setEditingId],
  );
}

/**
 * Hands the store the change stream, so it reloads when annotations changed behind its back
 * (another window, a restore from the trash, a backup restored). The layer stays mounted, so
 * its undo history, focus and open editor survive.
 */
export function useExternalChanges(store: AnnotationStore, client: Pick<Client, 'onChange'>): void {
  useEffect(() => client.onChange((notice) => store.hear(notice)), [store, client]);
}

/**
 * A click on article text (not the end of a drag-selection) focuses the highlight under it,
 * found by caret position and the sorted hit index; a click on plain text clears the focus.
 */
export function useHitClick(rootRef: RefObject<HTMLElement | null>, painting: Painting, setFocusedId: SetId): void {
  useEffect(() => {
    function onClick(e: MouseEvent): void {
      const root = rootRef.current;
      if (e.button !== 0 || !root || !(e.target instanceof Node) || !root.contains(e.target)) return;
      if (e.target instanceof Element && e.target.closest('button, a, input, summary')) return;
      if (!document.getSelection()?.isCollapsed) return;
      const t0 = performance.now();
      const offset = charOffsetFromPoint(root, e.clientX, e.clientY);
      const id = offset === null ? null : painting.index.top(offset);
      measureSince('lectern:hit-test', t0);
      setFocusedId(id);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [rootRef, painting, setFocusedId]);
}
