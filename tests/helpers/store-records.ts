/**
 * Small builders for store tests: annotation records and the ops that save them.
 */
import type { AnnotationRecord } from '../../main/contract';
import type { Op } from '../../main/core/store/ops';

/** A valid annotation record with a readable note, for store-level tests. */
export function record(id: string, note = `note ${id}`, articleId = 'article-1'): AnnotationRecord {
  return {
    id,
    articleId,
    created: '2026-03-01T10:00:00.000Z',
    modified: '2026-03-01T10:00:00.000Z',
    colour: 'yellow',
    note,
    tags: [],
    target: { quote: { exact: 'quoted', prefix: '', suffix: '' }, position: { start: 0, end: 6 }, contentHash: 'h' },
  };
}

/** The op that creates or replaces one annotation. */
export const put = (id: string, note?: string): Op[] => [{ t: 'putAnnotation', record: record(id, note) }];
