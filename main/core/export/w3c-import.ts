/**
 * Reads a W3C Web Annotation backup back into records. A backup may be old, hand-edited or
 * from another tool, so every item is checked on its own, against the same limits the API
 * holds an edit to: good items are kept, each bad one is reported with what is wrong, and
 * nothing is guessed. Big backups are read in steps (see `json-chunks.ts`), so a restore of
 * 200,000 annotations does not freeze the app.
 */
import { z } from 'zod';
import { AnnotationRecord, Colour, type AnnotationRecord as Record_ } from '../../contract.js';
import { ANNOTATION_URN, ARTICLE_URN, LECTERN_NS, UUID_URN } from './w3c-terms.js';
import { JsonSyntaxError, parseChunked, runNow, runYielding, StepTimer, type ChunkedJson, type Steps } from './json-chunks.js';
import { apiLimitProblem } from './w3c-limits.js';

export type ImportResult = { records: Record_[]; errors: string[] };
export type ImportOptions = {
  /** When given, items for articles not in this list are reported and left out. */
  articleIds?: Iterable<string>;
};

const Timestamp = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'is not a date');
const Body = z.object({ type: z.string().optional(), value: z.string().optional(), purpose: z.string().optional() }).loose();
const Selector = z.object({ type: z.string() }).loose();
const QuoteSelector = z.object({ exact: z.string().min(1), prefix: z.string().default(''), suffix: z.string().default('') });
const PositionSelector = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]));

const Item = z
  .object({
    id: z.string().min(1),
    type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'), 'does not include "Annotation"')]),
    created: Timestamp,
    modified: Timestamp.optional(),
    body: oneOrMany(Body).optional(),
    target: z.object({ source: z.string(), selector: oneOrMany(Selector) }).loose(),
  })
  .loose();
type Item = z.infer<typeof Item>;

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the item';
  if (issue.code === 'invalid_union') return `${where} has a shape Lectern cannot read`;
  return `${where} ${issue.message.replace(/^Invalid input: /, '')}`;
}

/** A `lectern:` extension property, written compact or as a full IRI. */
function extension(object: { [key: string]: unknown }, name: string): unknown {
  return object[`lectern:${name}`] ?? object[`${LECTERN_NS}${name}`];
}

function decodeUrn(value: string, prefix: string): string | null {
  if (!value.startsWith(prefix)) return null;
  try {
    const id = decodeURIComponent(value.slice(prefix.length));
    return id === '' ? null : id;
  } catch {
    return null;
  }
}

function selectorOf(selectors: { type: string }[], type: string): unknown {
  return selectors.find((s) => s.type === type);
}

/** Turns one checked item into a record; a string says why it cannot be one. */
function toRecord(item: Item): Record_ | string {
  const id = decodeUrn(item.id, UUID_URN) ?? decodeUrn(item.id, ANNOTATION_URN);
  if (id === null) return `id ${JSON.stringify(item.id)} is not a urn:uuid: or ${ANNOTATION_URN} id`;
  const articleId = decodeUrn(item.target.source, ARTICLE_URN);
  if (articleId === null) return `target.source ${JSON.stringify(item.target.source)} is not a Lectern article (${ARTICLE_URN}…)`;
  const quote = QuoteSelector.safeParse(selectorOf(item.target.selector, 'TextQuoteSelector'));
  if (!quote.success) return 'target has no usable TextQuoteSelector (exact, prefix, suffix)';
  const position = PositionSelector.safeParse(selectorOf(item.target.selector, 'TextPositionSelector'));
  if (!position.success) return 'target has no usable TextPositionSelector (start, end)';
  const colour = Colour.safeParse(extension(item, 'colour') ?? 'yellow');
  if (!colour.success) return `lectern:colour ${JSON.stringify(extension(item, 'colour'))} is not one of ${Colour.options.join(', ')}`;
  const bodies = (item.body ?? []).filter((b) => typeof b.value === 'string');
  const notes = bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value as string);
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value as string);
  const hash = extension(item.target, 'contentHash');
  const record = {
    id,
    articleId,
    created: item.created,
    modified: item.modified ?? item.created,
    colour: colour.data,
    note: notes.join('\n\n'),
    tags: [...new Set(tags)],
    target: { quote: quote.data, position: position.data, contentHash: typeof hash === 'string' ? hash : '' },
  };
  const checked = AnnotationRecord.safeParse(record);
  if (!checked.success) return describeIssue(checked.error.issues[0]);
  return apiLimitProblem(checked.data) ?? checked.data;
}

type Located = { items: unknown[]; declaredTotal: number | null } | { error: string };

/** Problems listed one by one; past this a backup is plainly not one, and a count says the rest. */
const MAX_LISTED_PROBLEMS = 1_000;

/** Finds the annotations in a collection (its embedded pages), a page, an array or a single annotation. */
function locateItems(json: unknown, doc: ChunkedJson): Located {
  if (Array.isArray(json)) return { items: json, declaredTotal: null };
  if (json === null || typeof json !== 'object') return { error: 'The backup is not a JSON object.' };
  const top = json as { [key: string]: unknown };
  if (top.type === 'Annotation') return { items: [doc.value(json)], declaredTotal: null };
  if (top.type === 'AnnotationPage') return { items: pageItems(top), declaredTotal: null };
  if (top.type !== 'AnnotationCollection') return { error: 'The backup is not a W3C AnnotationCollection (its "type" is missing or different).' };
  const total = typeof top.total === 'number' ? top.total : null;
  if (top.first === undefined) return { items: Array.isArray(top.items) ? top.items : [], declaredTotal: total };
  if (typeof top.first !== 'object' || top.first === null) {
    return { error: 'The backup links to its pages instead of embedding them; only embedded pages can be read.' };
  }
  const items: unknown[] = [];
  for (let page: unknown = top.first; page && typeof page === 'object'; page = (page as { next?: unknown }).next) {
    // One push per item: spreading 130,000 items into push() overflows the stack.
    for (const item of pageItems(page as { [key: string]: unknown })) items.push(item);
  }
  return { items, declaredTotal: total };
}

function pageItems(page: { [key: string]: unknown }): unknown[] {
  return Array.isArray(page.items) ? page.items : [];
}

function label(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? ` (${(raw as { id: string }).id})` : '';
  return `Item ${index + 1}${id}`;
}

/** Checks one item: its record, or the reason it was left out. */
function readItem(raw: unknown, known: Set<string> | null): Record_ | string {
  // Said plainly, and cheaply: a backup of garbage can hold 100,000 of these.
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return 'is not an annotation (a JSON object)';
  const parsed = Item.safeParse(raw);
  if (!parsed.success) return describeIssue(parsed.error.issues[0]);
  const record = toRecord(parsed.data);
  if (typeof record === 'string' || known === null || known.has(record.articleId)) return record;
  return `refers to article ${JSON.stringify(record.articleId)}, which is not in the library`;
}

/** The problems of one backup: the first ones word for word, then how many more. */
class Problems {
  readonly listed: string[] = [];
  private unlisted = 0;

  add(message: string): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(message);
    else this.unlisted++;
  }

  all(): string[] {
    return this.unlisted === 0 ? this.listed : [...this.listed, `…and ${this.unlisted.toLocaleString('en')} more problems like these.`];
  }
}

function* readItems(doc: ChunkedJson, located: { items: unknown[] }, known: Set<string> | null, problems: Problems): Steps<Record_[]> {
  const byId = new Map<string, Record_>();
  const timer = new StepTimer();
  for (let index = 0; index < located.items.length; index++) {
    if (timer.due()) yield;
    const raw = doc.value(located.items[index]);
    const record = readItem(raw, known);
    if (typeof record === 'string') {
      problems.add(`${label(index, raw)}: ${record}; it was skipped.`);
      continue;
    }
    const earlier = byId.get(record.id);
    if (earlier) problems.add(`${label(index, raw)}: appears more than once; the most recently modified copy was kept.`);
    if (!earlier || Date.parse(record.modified) > Date.parse(earlier.modified)) byId.set(record.id, record);
  }
  return [...byId.values()];
}

function* readSteps(json: string, options: ImportOptions): Steps<ImportResult> {
  try {
    const doc = yield* parseChunked(json);
    const located = locateItems(doc.root, doc);
    if ('error' in located) return { records: [], errors: [located.error] };
    const known = options.articleIds ? new Set(options.articleIds) : null;
    const problems = new Problems();
    const records = yield* readItems(doc, located, known, problems);
    yield* doc.checkRest();
    const errors = problems.all();
    if (located.declaredTotal !== null && located.declaredTotal !== located.items.length) {
      errors.push(`The backup says it holds ${located.declaredTotal} annotations but ${located.items.length} were found.`);
    }
    return { records, errors };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { records: [], errors: [`The backup is not valid JSON: ${error.message}`] };
    throw error;
  }
}

/** Reads a backup at once; returns the valid records and one message per problem found. */
export function fromAnnotationCollection(json: string, options: ImportOptions = {}): ImportResult {
  return runNow(readSteps(json, options));
}

/** Reads a backup in steps, letting other calls run between them; the same result as `fromAnnotationCollection`. */
export function readAnnotationCollection(json: string, options: ImportOptions = {}): Promise<ImportResult> {
  return runYielding(readSteps(json, options));
}
