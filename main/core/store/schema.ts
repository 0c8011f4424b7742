/**
 * The shape of the data file. Article text is not stored here: it lives in the seed
 * files, and annotations carry selectors plus the content hash they were made on.
 */
import { z } from 'zod';
import { AnnotationRecord, Settings, ReadingState, COLOURS, idRecord } from '../../contract.js';

export const SCHEMA_VERSION = 1;

export const ArticleNote = z.object({ note: z.string(), modified: z.string() });

export const Db = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: Settings,
  reading: ReadingState,
  articleNotes: idRecord(ArticleNote),
  annotations: z.array(AnnotationRecord),
  trash: z.array(z.object({ deletedAt: z.string(), annotation: AnnotationRecord })),
});
export type Db = z.infer<typeof Db>;

const DEFAULT_MEANINGS: Record<(typeof COLOURS)[number], string> = {
  yellow: 'Key point',
  green: 'Agree',
  blue: 'Fact to check',
  pink: 'Disagree',
  purple: 'Question',
};

/** A new, empty store. */
export function emptyDb(): Db {
  return {
    schemaVersion: SCHEMA_VERSION,
    settings: {
      theme: 'system',
      fontSize: 19,
      colourLegend: COLOURS.map((colour) => ({ colour, meaning: DEFAULT_MEANINGS[colour] })),
      exportTemplate: null,
    },
    // Null-prototype maps, so an article id such as `__proto__` or `constructor` is just a key.
    reading: { lastArticleId: null, byArticle: Object.create(null) },
    articleNotes: Object.create(null),
    annotations: [],
    trash: [],
  };
}
