/** What undoing an edit of a highlight sends back, and how the undo is offered. */
import type { AnnotationView } from '../../main/contract';
import type { AnnotationPatch } from './optimistic-views';

/** The patch that puts back what `patch` changed in `prev`; null when it cannot (a detached highlight moved). */
export function inversePatch(prev: AnnotationView, patch: AnnotationPatch): AnnotationPatch | null {
  const back: AnnotationPatch = {};
  if (patch.colour !== undefined) back.colour = prev.colour;
  if (patch.note !== undefined) back.note = prev.note;
  if (patch.tags !== undefined) back.tags = prev.tags;
  if (patch.range) {
    if (prev.anchor.start === null || prev.anchor.end === null || prev.anchor.status === 'detached') return null;
    back.range = { start: prev.anchor.start, end: prev.anchor.end };
  }
  return back;
}

/** The undo step's label; a cleared note is offered in a toast, since the text is gone from view. */
export function editUndoLabel(prev: AnnotationView, patch: AnnotationPatch): { label: string; toast: boolean } {
  const clearedNote = patch.note !== undefined && patch.note.trim() === '' && prev.note.trim() !== '';
  return clearedNote ? { label: 'Note deleted', toast: true } : { label: 'Highlight changed', toast: false };
}
