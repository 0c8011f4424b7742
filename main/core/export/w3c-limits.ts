/**
 * A restored annotation is held to the limits the API holds an edit to: the note, the tags
 * and the range are checked by the very schemas of `createAnnotation` and `updateAnnotation`
 * in the contract, so a backup cannot bring in what the app itself would refuse.
 */
import type { z } from 'zod';
import { methods, type AnnotationRecord } from '../../contract.js';

const { note: NoteSchema, tags: TagsSchema } = methods.updateAnnotation.input.shape;
const { range: RangeSchema } = methods.createAnnotation.input.shape;

/** `field: reason` for the first issue of `value` against `schema`, or null when it passes. */
function problem(field: string, schema: z.ZodType, value: unknown, size?: number): string | null {
  const checked = schema.safeParse(value);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  const where = [field, ...issue.path.map(String)].join('.');
  const had = size === undefined || issue.path.length > 0 ? '' : ` (this one has ${size.toLocaleString('en')})`;
  return `${where}: ${issue.message.replace(/^Invalid input: /, '')}${had}`;
}

/** Why the API would refuse this record, or null when it would take it. */
export function apiLimitProblem(record: AnnotationRecord): string | null {
  return (
    problem('note', NoteSchema, record.note, record.note.length) ??
    problem('tags', TagsSchema, record.tags, record.tags.length) ??
    problem('target.TextPositionSelector', RangeSchema, record.target.position)
  );
}
