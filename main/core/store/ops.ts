/**
 * Every change to the data as a small, replayable operation. The same `applyOp` runs a
 * change live and replays it from the journal after a crash; every op is idempotent
 * (put/remove by key), so replaying one that already reached the snapshot is harmless.
 */
import type { AnnotationRecord, Settings } from '../../contract.js';
import type { Db } from './schema.js';

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

function putById<T>(list: T[], item: T, idOf: (x: T) => string): void {
  const id = idOf(item);
  const index = list.findIndex((x) => idOf(x) === id);
  if (index === -1) list.push(item);
  else list[index] = item;
}

const annotationId = (a: AnnotationRecord) => a.id;
const trashId = (t: TrashEntry) => t.annotation.id;

/** Applies one op to the data in place. */
export function applyOp(db: Db, op: Op): void {
  switch (op.t) {
    case 'settings':
      db.settings = op.settings;
      return;
    case 'reading':
      db.reading.lastArticleId = op.last;
      if (op.entry) db.reading.byArticle[op.articleId] = op.entry;
      else delete db.reading.byArticle[op.articleId];
      return;
    case 'articleNote':
      if (op.value) db.articleNotes[op.articleId] = op.value;
      else delete db.articleNotes[op.articleId];
      return;
    case 'putAnnotation':
      putById(db.annotations, op.record, annotationId);
      return;
    case 'removeAnnotation': {
      const index = db.annotations.findIndex((a) => a.id === op.id);
      if (index !== -1) db.annotations.splice(index, 1);
      return;
    }
    case 'putTrash':
      putById(db.trash, op.entry, trashId);
      return;
    case 'removeTrash': {
      const index = db.trash.findIndex((t) => t.annotation.id === op.id);
      if (index !== -1) db.trash.splice(index, 1);
      return;
    }
  }
}

/** The op that takes `op` back, computed from the data before `op` is applied. */
export function inverseOp(db: Db, op: Op): Op {
  switch (op.t) {
    case 'settings':
      return { t: 'settings', settings: db.settings };
    case 'reading':
      return { t: 'reading', articleId: op.articleId, entry: db.reading.byArticle[op.articleId] ?? null, last: db.reading.lastArticleId };
    case 'articleNote':
      return { t: 'articleNote', articleId: op.articleId, value: db.articleNotes[op.articleId] ?? null };
    case 'putAnnotation': {
      const before = db.annotations.find((a) => a.id === op.record.id);
      return before ? { t: 'putAnnotation', record: before } : { t: 'removeAnnotation', id: op.record.id };
    }
    case 'removeAnnotation': {
      const before = db.annotations.find((a) => a.id === op.id);
      return before ? { t: 'putAnnotation', record: before } : op;
    }
    case 'putTrash': {
      const before = db.trash.find((t) => t.annotation.id === op.entry.annotation.id);
      return before ? { t: 'putTrash', entry: before } : { t: 'removeTrash', id: op.entry.annotation.id };
    }
    case 'removeTrash': {
      const before = db.trash.find((t) => t.annotation.id === op.id);
      return before ? { t: 'putTrash', entry: before } : op;
    }
  }
}

/** Applies ops in order and returns the ops that undo them all. */
export function applyAll(db: Db, ops: Op[]): Op[] {
  const undo: Op[] = [];
  for (const op of ops) {
    undo.unshift(inverseOp(db, op));
    applyOp(db, op);
  }
  return undo;
}
