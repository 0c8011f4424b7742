/**
 * The article and annotation views the renderer's annotation-store tests share.
 */
import type { AnnotationView } from '../../../../main/contract';

export const TEXT = 'Alpha beta gamma.\n\nDelta epsilon zeta eta.';
export const ARTICLE = { id: 'a1', text: TEXT, contentHash: 'h1' };

/** A view of `TEXT` from `start` to `end`, or a detached one when `start` is null. */
export function view(id: string, start: number | null, end: number | null, extra: Partial<AnnotationView> = {}): AnnotationView {
  return {
    id,
    articleId: 'a1',
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
    colour: 'yellow',
    note: '',
    tags: [],
    target: { quote: { exact: start === null ? 'gone' : TEXT.slice(start, end!), prefix: '', suffix: '' }, position: { start: start ?? 0, end: end ?? 1 }, contentHash: 'h1' },
    anchor: { status: start === null ? 'detached' : 'exact', start, end, score: start === null ? null : 1 },
    ...extra,
  };
}
