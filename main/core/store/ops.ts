/**
 * Every change to the data as a small, replayable operation. The same `applyOp` runs a
 * change live and replays it from the journal after a crash; every op puts or removes one
 * value by key, so the last op on a key decides it and replaying ops already in the snapshot
 * is harmless.
 */
import type { AnnotationRecord, Settings } from '../../contract.js';
import type { Db } from './schema.js';
import { findById, putById, removeById } from './id-index.js';

type ReadingEntry = Db['reading']['byArticle'][string];
type TrashEntry = Db['trash'][number];
type ArticleNote = Db['articleNotes'][string];

export type Op =
  | { t: 'settings'; settings: Settings }
  | { t: 'reading'; articleId: string; entry: ReadingEntry | null; last: string | null }
  | { t: 'articleNote'; articleId: string; value: ArticleNote | null }
  | { t: 'putAnnotation'; record: AnnotationRecord }
  | { t: 'removeAnnotation'; id: string }
  | { t: 'putTrash'; entry: TrashEntry }
  | { t: 'removeTrash'; id: string };

const annotationId = (a: AnnotationRecord) => a.id;
const trashId = (t: TrashEntry) => t.annotation.id;

/** Reads a key only if the map holds it itself: `constructor` must not find Object's. */
function getEntry<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Sets a key as an own property: a plain assignment to `__proto__` would change the prototype. */
function setEntry<T>(map: Record<string, T>, key: string, value: T | null): void {
  if (value === null) delete map[key];
  else Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one op to the data in place. */
export function applyOp(db: Db, op: Op): void {
  switch (op.t) {
    case 'settings':
      db.settings = op.settings;
      return;
    case 'reading':
      db.reading.lastArticleId = op.last;
      setEntry(db.reading.byArticle, op.articleId, op.entry);
      return;
    case 'articleNote':
      setEntry(db.articleNotes, op.articleId, op.value);
      return;
    case 'putAnnotation':
      putById(db.annotations, op.record, annotationId);
      return;
    case 'removeAnnotation':
      removeById(db.annotations, op.id, annotationId);
      return;
    case 'putTrash':
      putById(db.trash, op.entry, trashId);
      return;
    case 'removeTrash':
      removeById(db.trash, op.id, trashId);
      return;
  }
}

/** The op that takes `op` back, computed from the data before `op` is applied. */
export function inverseOp(db: Db, op: Op): Op {
  switch (op.t) {
    case 'settings':
      return { t: 'settings', settings: db.settings };
    case 'reading':
      return { t: 'reading', articleId: op.articleId, entry: getEntry(db.reading.byArticle, op.articleId) ?? null, last: db.reading.lastArticleId };
    case 'articleNote':
      return { t: 'articleNote', articleId: op.articleId, value: getEntry(db.articleNotes, op.articleId) ?? null };
    case 'putAnnotation': {
      const before = findById(db.annotations, op.record.id, annotationId);
      return before ? { t: 'putAnnotation', record: before } : { t: 'removeAnnotation', id: op.record.id };
    }
    case 'removeAnnotation': {
      const before = findById(db.annotations, op.id, annotationId);
      return before ? { t: 'putAnnotation', record: before } : op;
    }
    case 'putTrash': {
      const before = findById(db.trash, op.entry.annotation.id, trashId);
      return before ? { t: 'putTrash', entry: before } : { t: 'removeTrash', id: op.entry.annotation.id };
    }
    case 'removeTrash': {
      const before = findById(db.trash, op.id, trashId);
      return before ? { t: 'putTrash', entry: before } : op;
    }
  }
}

/** Applies ops in order and returns the ops that undo them all, newest first. */
export function applyAll(db: Db, ops: readonly Op[]): Op[] {
  const undo: Op[] = [];
  for (const op of ops) {
    undo.push(inverseOp(db, op));
    applyOp(db, op);
  }
  return undo.reverse();
}
