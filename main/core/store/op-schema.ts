/**
 * The shape of every op, checked before an op is applied live and when the journal is
 * replayed: an op that is not one of these (a damaged line, a record missing its fields)
 * would otherwise reach the data file and make the whole file unreadable at the next start.
 */
import { z } from 'zod';
import { AnnotationRecord, ReadingPosition, Settings, TrashEntry } from '../../contract.js';
import { ArticleNote } from './schema.js';
import type { Op } from './ops.js';

const ArticleId = z.string().min(1).max(200);

export const OpSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('settings'), settings: Settings }).strict(),
  z.object({ t: z.literal('reading'), articleId: ArticleId, entry: ReadingPosition.nullable(), last: ArticleId.nullable() }).strict(),
  z.object({ t: z.literal('articleNote'), articleId: ArticleId, value: ArticleNote.nullable() }).strict(),
  z.object({ t: z.literal('putAnnotation'), record: AnnotationRecord }).strict(),
  z.object({ t: z.literal('removeAnnotation'), id: z.string().min(1) }).strict(),
  z.object({ t: z.literal('putTrash'), entry: TrashEntry }).strict(),
  z.object({ t: z.literal('removeTrash'), id: z.string().min(1) }).strict(),
]);

/** Returns why `value` is not a valid op, or null when it is one. */
export function opProblem(value: unknown): string | null {
  const parsed = OpSchema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`;
}

/** Narrows a parsed journal value to an op, or null when it is not one. */
export function asOp(value: unknown): Op | null {
  return opProblem(value) === null ? (value as Op) : null;
}
