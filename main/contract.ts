/**
 * The Lectern API: one contract served by two transports (Electron IPC and HTTP).
 * Every method has a zod schema for its input and its output; handlers are written
 * once against these types in `core/`, and transports only validate and forward.
 * No imports but zod and its plain constants; the renderer imports types from here and
 * values from contract-constants.ts, so it does not bundle zod.
 */
import { z } from 'zod';
import { COLOURS, MAX_NOTE_CHARS, MAX_TAGS, MAX_TAG_CHARS } from './contract-constants.js';

export { COLOURS, MAX_NOTE_CHARS, MAX_TAGS, MAX_TAG_CHARS };

export const Colour = z.enum(COLOURS);
export type Colour = z.infer<typeof Colour>;


const Id = z.string().min(1).max(200);
const Tag = z
  .string()
  .min(1)
  .max(MAX_TAG_CHARS)
  .regex(/^[\p{L}\p{N}_\-/]+$/u, 'tags are letters, digits, -, _ or /');
const Tags = z.array(Tag).max(MAX_TAGS, `at most ${MAX_TAGS} tags`);
const Note = z.string().max(MAX_NOTE_CHARS, `a note holds at most ${MAX_NOTE_CHARS} characters`);

export const BlockKind = z.enum(['heading', 'paragraph', 'listItem', 'caption', 'byline', 'boilerplate']);
export type BlockKind = z.infer<typeof BlockKind>;

/** One block of an article. `start`/`end` are offsets of `text` in the article's plain text. */
export const Block = z.object({
  kind: BlockKind,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Block = z.infer<typeof Block>;

export const ArticleSummary = z.object({
  id: Id,
  title: z.string(),
  site: z.string().nullable(),
  published: z.string().nullable(),
  byline: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative(),
  source: z.string(),
  /** Set when the file could not be read as an article; the entry still shows, with this reason. */
  error: z.string().nullable(),
  annotationCount: z.number().int().nonnegative(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = ArticleSummary.extend({
  blocks: z.array(Block),
  /** The plain text every annotation anchors to, derived deterministically from the blocks. */
  text: z.string(),
  contentHash: z.string(),
});
export type Article = z.infer<typeof Article>;

export const Theme = z.enum(['system', 'light', 'dark']);
export const ColourMeaning = z.object({ colour: Colour, meaning: z.string().max(80) });
export const Settings = z.object({
  theme: Theme,
  fontSize: z.number().int().min(12).max(32),
  colourLegend: z.array(ColourMeaning),
  exportTemplate: z.string().max(50_000).nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const ReadingPosition = z.object({
  scrollFraction: z.number().min(0).max(1),
  progress: z.number().min(0).max(1),
  lastOpened: z.string(),
});
/**
 * A record keyed by article id. Any id is a valid key, `__proto__` and `constructor` included:
 * `z.record` builds a plain object and silently drops `__proto__`, so this keeps every key
 * in a null-prototype object instead.
 */
export function idRecord<T extends z.ZodType>(value: T) {
  return z
    .custom<Record<string, z.output<T>>>((raw) => typeof raw === 'object' && raw !== null && !Array.isArray(raw), 'expected an object')
    .transform((raw, ctx) => {
      const out: Record<string, z.output<T>> = Object.create(null);
      for (const key of Object.keys(raw)) {
        const parsed = value.safeParse((raw as Record<string, unknown>)[key]);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [key, ...issue.path] });
          return z.NEVER;
        }
        Object.defineProperty(out, key, { value: parsed.data, enumerable: true, writable: true, configurable: true });
      }
      return out;
    });
}

export const ReadingState = z.object({
  lastArticleId: z.string().nullable(),
  byArticle: idRecord(ReadingPosition),
});
export type ReadingState = z.infer<typeof ReadingState>;

export const AnchorStatus = z.enum(['exact', 'shifted', 'fuzzy', 'detached']);
export type AnchorStatus = z.infer<typeof AnchorStatus>;

/** W3C Web Annotation selectors on the article's plain text. */
export const TextQuoteSelector = z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() });
export const TextPositionSelector = z.object({ start: z.number().int(), end: z.number().int() });
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export const AnnotationRecord = z.object({
  id: Id,
  articleId: Id,
  created: z.string(),
  modified: z.string(),
  colour: Colour,
  note: z.string(),
  tags: z.array(z.string()),
  target: z.object({
    quote: TextQuoteSelector,
    position: TextPositionSelector,
    contentHash: z.string(),
  }),
});
export type AnnotationRecord = z.infer<typeof AnnotationRecord>;

/** What the reader gets: the stored record plus where it lands in the current text. */
export const AnnotationView = AnnotationRecord.extend({
  anchor: z.object({
    status: AnchorStatus,
    start: z.number().int().nullable(),
    end: z.number().int().nullable(),
    score: z.number().nullable(),
  }),
});
export type AnnotationView = z.infer<typeof AnnotationView>;

export const TrashEntry = z.object({ deletedAt: z.string(), annotation: AnnotationRecord });

const Range = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((r) => r.end > r.start, { message: 'the range is empty or inverted (end must be after start)' });

export const ExportOptions = z.object({
  groupBy: z.enum(['document', 'colour']).default('document'),
  includeDetached: z.boolean().default(true),
  callouts: z.boolean().default(true),
});
export type ExportOptions = z.infer<typeof ExportOptions>;

const Empty = z.object({}).strict();
/** One exported Markdown file; `warnings` says when a user template had to fall back to the default. */
export const ExportFile = z.object({ fileName: z.string(), markdown: z.string(), warnings: z.array(z.string()) });
const Ok = z.object({ ok: z.literal(true) });

/**
 * Something the user should be told about this start (the data file was damaged and moved
 * aside, a backup was restored…), shown in the app until dismissed. Plain text, never HTML.
 */
export const Notice = z.object({ id: Id, severity: z.enum(['info', 'warning']), message: z.string() });
export type Notice = z.infer<typeof Notice>;

/**
 * One change the back end made, announced once on the change stream (IPC event channel, HTTP
 * server-sent events). `annotations.articleIds` is null when any article's may have changed (a backup).
 */
export const Change = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('annotations'), articleIds: z.array(Id).nullable() }),
  z.object({ kind: z.literal('articles') }),
  z.object({ kind: z.literal('settings') }),
  z.object({ kind: z.literal('reading'), articleId: Id }),
  z.object({ kind: z.literal('article-note'), articleId: Id }),
  z.object({ kind: z.literal('notices') }),
]);
export type Change = z.infer<typeof Change>;

/** `local` for the client whose call made the change (it already applied it), `external` for every other. */
export const ChangeSource = z.enum(['local', 'external']);
export type ChangeSource = z.infer<typeof ChangeSource>;

/** What a subscriber receives: the change and where it came from, as seen by that subscriber. */
export const ChangeNotice = Change.and(z.object({ source: ChangeSource }));
export type ChangeNotice = z.infer<typeof ChangeNotice>;

/** Every method: its input and output schema. Transports iterate this table. */
export const methods = {
  listArticles: { input: Empty, output: z.array(ArticleSummary) },
  getArticle: { input: z.object({ id: Id }).strict(), output: Article },
  importArticle: {
    input: z
      .object({
        fileName: z.string().min(1).max(255).regex(/\.(txt|md|markdown|html?)$/i, 'Lectern imports .txt, .md and .html files'),
        content: z.string().max(5_000_000, 'the file is over 5 MB'),
      })
      .strict(),
    output: ArticleSummary,
  },
  getState: { input: Empty, output: z.object({ settings: Settings, reading: ReadingState }) },
  saveReading: {
    input: z
      .object({ articleId: Id, scrollFraction: z.number().min(0).max(1), progress: z.number().min(0).max(1) })
      .strict(),
    output: Ok,
  },
  saveSettings: { input: Settings.partial().strict(), output: Settings },
  listAnnotations: { input: z.object({ articleId: Id }).strict(), output: z.array(AnnotationView) },
  createAnnotation: {
    input: z
      .object({
        articleId: Id,
        range: Range,
        colour: Colour,
        note: Note.default(''),
        tags: Tags.default([]),
        /** When given, must equal the text at `range`: guards against a client with stale text. */
        exact: z.string().optional(),
      })
      .strict(),
    output: AnnotationView,
  },
  updateAnnotation: {
    input: z
      .object({
        id: Id,
        colour: Colour.optional(),
        note: Note.optional(),
        tags: Tags.optional(),
        /** Re-attach (or move) the annotation to a new range of the current text. */
        range: Range.optional(),
      })
      .strict(),
    output: AnnotationView,
  },
  deleteAnnotation: { input: z.object({ id: Id }).strict(), output: Ok },
  restoreAnnotation: { input: z.object({ id: Id }).strict(), output: AnnotationView },
  listTrash: { input: Empty, output: z.array(TrashEntry) },
  getArticleNote: { input: z.object({ articleId: Id }).strict(), output: z.object({ note: z.string(), modified: z.string().nullable() }) },
  saveArticleNote: { input: z.object({ articleId: Id, note: Note }).strict(), output: Ok },
  listTags: { input: Empty, output: z.array(z.object({ tag: z.string(), count: z.number().int() })) },
  exportArticle: {
    input: z.object({ articleId: Id, options: ExportOptions.partial().default({}) }).strict(),
    output: ExportFile,
  },
  exportLibrary: {
    input: z.object({ options: ExportOptions.partial().default({}) }).strict(),
    output: z.object({ files: z.array(ExportFile), index: ExportFile }),
  },
  previewExport: {
    input: z
      .object({ template: z.string().max(50_000).nullable(), articleId: Id.nullable().default(null), options: ExportOptions.partial().default({}) })
      .strict(),
    output: z.union([
      z.object({ ok: z.literal(true), fileName: z.string(), markdown: z.string(), warnings: z.array(z.string()) }),
      z.object({ ok: z.literal(false), error: z.string(), line: z.number().int().nullable() }),
    ]),
  },
  searchLibrary: {
    input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    output: z.array(
      z.object({
        articleId: Id,
        title: z.string(),
        /** A short excerpt around the first match, as plain text. */
        snippet: z.string(),
        score: z.number(),
      }),
    ),
  },
  exportBackup: { input: Empty, output: z.object({ fileName: z.string(), json: z.string() }) },
  listNotices: { input: Empty, output: z.array(Notice) },
  dismissNotice: { input: z.object({ id: Id }).strict(), output: Ok },
  importBackup: {
    // Room for the app's own backup of ~400,000 annotations (~1,250 characters each), below V8's longest string.
    input: z.object({ json: z.string().max(500_000_000, 'a backup holds at most 500 M characters') }).strict(),
    output: z.object({
      added: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      detached: z.number().int(),
      errors: z.array(z.string()),
    }),
  },
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type Input<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type Output<M extends MethodName> = z.output<Methods[M]['output']>;

export const ErrorCode = z.enum([
  'invalid_input',
  'not_found',
  'unknown_method',
  'conflict',
  'io_error',
  'internal',
  'unauthorized',
  'forbidden',
  'too_large',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;
export type ApiError = { code: ErrorCode; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The contract as an object: what `core/` implements and what clients call. */
export type LecternApi = { [M in MethodName]: (input: ParsedInput<M>) => Promise<Output<M>> };
/** What the renderer calls: inputs before defaults are applied. */
export type LecternClient = { [M in MethodName]: (input: Input<M>) => Promise<Output<M>> };

export const methodNames = Object.keys(methods) as MethodName[];

/** True for a method name of this contract (guards against `__proto__` and friends). */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
