import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../../../main/contract';
import { editUndoLabel, inversePatch } from '../../../../renderer/annotations/undo-inverses';

const before: AnnotationView = {
  id: 'n1',
  articleId: 'a1',
  created: '2025-01-01T00:00:00.000Z',
  modified: '2025-01-01T00:00:00.000Z',
  colour: 'yellow',
  note: 'kept',
  tags: ['one'],
  target: { quote: { exact: 'Alpha', prefix: '', suffix: '' }, position: { start: 0, end: 5 }, contentHash: 'h1' },
  anchor: { status: 'exact', start: 0, end: 5, score: 1 },
};
const detached: AnnotationView = { ...before, anchor: { status: 'detached', start: null, end: null, score: null } };

describe('undoing an edit of a highlight', () => {
  it.each([
    ['a colour change puts the colour back', before, { colour: 'blue' as const }, { colour: 'yellow' }],
    ['a note edit puts the note back', before, { note: 'new' }, { note: 'kept' }],
    ['a tag edit puts the tags back', before, { tags: [] }, { tags: ['one'] }],
    ['a move puts the range back', before, { range: { start: 6, end: 10 } }, { range: { start: 0, end: 5 } }],
    ['re-attaching a detached highlight cannot be undone', detached, { range: { start: 6, end: 10 } }, null],
  ])('%s', (_case, prev, patch, back) => {
    expect(inversePatch(prev, patch)).toEqual(back);
  });

  it.each([
    ['a cleared note is offered in a toast', { note: '  ' }, { label: 'Note deleted', toast: true }],
    ['any other edit is not', { colour: 'pink' as const }, { label: 'Highlight changed', toast: false }],
  ])('%s', (_case, patch, label) => {
    expect(editUndoLabel(before, patch)).toEqual(label);
  });
});
