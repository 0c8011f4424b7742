/**
 * Folds imported records into the stored ones: one record per id, the most recently
 * modified copy wins, and a tie keeps what is stored. The service re-anchors the
 * added and updated ones against the current article text.
 */
import type { AnnotationRecord } from '../../contract.js';

export type RecordMerge = { records: AnnotationRecord[]; added: string[]; updated: string[]; unchanged: string[] };

function isNewer(candidate: AnnotationRecord, current: AnnotationRecord): boolean {
  const a = Date.parse(candidate.modified);
  const b = Date.parse(current.modified);
  if (Number.isNaN(a) || Number.isNaN(b)) return candidate.modified > current.modified;
  return a > b;
}

/** Merges `incoming` into `existing`; stored order is kept, new records follow in incoming order. */
export function mergeRecords(existing: readonly AnnotationRecord[], incoming: readonly AnnotationRecord[]): RecordMerge {
  const merged = new Map<string, AnnotationRecord>();
  for (const record of existing) if (!merged.has(record.id)) merged.set(record.id, record);
  const stored = new Set(merged.keys());
  const added = new Set<string>();
  const updated = new Set<string>();
  const unchanged = new Set<string>();
  for (const record of incoming) {
    const current = merged.get(record.id);
    if (current === undefined) {
      merged.set(record.id, record);
      added.add(record.id);
    } else if (isNewer(record, current)) {
      merged.set(record.id, record);
      if (stored.has(record.id)) updated.add(record.id);
    } else if (stored.has(record.id) && !updated.has(record.id)) {
      unchanged.add(record.id);
    }
  }
  for (const id of updated) unchanged.delete(id);
  return { records: [...merged.values()], added: [...added], updated: [...updated], unchanged: [...unchanged] };
}
