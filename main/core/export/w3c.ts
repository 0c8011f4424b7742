/**
 * Backups as a W3C Web Annotation `AnnotationCollection` (JSON-LD), so annotations can
 * leave Lectern in a standard form. What the model has no term for (colour, the article's
 * content hash) goes in `lectern:` extension properties declared in the `@context`.
 * Reading a backup back lives in `w3c-import.ts`; merging records in `merge-records.ts`.
 */
import type { Article, AnnotationRecord } from '../../contract.js';
import { toIsoTimestamp } from './dates.js';

import { ANNO_CONTEXT, ANNOTATION_URN, ARTICLE_URN, LECTERN_NS, UUID, UUID_URN } from './w3c-terms.js';

export type W3CTextualBody = { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging'; format?: 'text/markdown' };
export type W3CAnnotation = {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'highlighting' | 'commenting';
  'lectern:colour': string;
  body?: W3CTextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
    'lectern:contentHash': string;
    'lectern:articleTitle'?: string;
  };
};
export type W3CCollection = {
  '@context': [typeof ANNO_CONTEXT, { lectern: typeof LECTERN_NS }];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  'lectern:exported': string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
};

/** `urn:uuid:` for UUIDs (what Lectern makes); other ids keep a Lectern URN so they survive the trip. */
export function annotationUrn(id: string): string {
  return UUID.test(id) ? `${UUID_URN}${id}` : `${ANNOTATION_URN}${encodeURIComponent(id)}`;
}

export function articleUrn(articleId: string): string {
  return `${ARTICLE_URN}${encodeURIComponent(articleId)}`;
}

function bodies(record: AnnotationRecord): W3CTextualBody[] {
  const note: W3CTextualBody[] = record.note ? [{ type: 'TextualBody', value: record.note, format: 'text/markdown', purpose: 'commenting' }] : [];
  const tags = record.tags.map((tag): W3CTextualBody => ({ type: 'TextualBody', value: tag, purpose: 'tagging' }));
  return [...note, ...tags];
}

/** One record as a W3C `Annotation`. */
export function toW3CAnnotation(record: AnnotationRecord, articleTitle?: string): W3CAnnotation {
  const body = bodies(record);
  const { quote, position, contentHash } = record.target;
  return {
    id: annotationUrn(record.id),
    type: 'Annotation',
    created: record.created,
    modified: record.modified,
    motivation: record.note ? 'commenting' : 'highlighting',
    'lectern:colour': record.colour,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: articleUrn(record.articleId),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
      'lectern:contentHash': contentHash,
      ...(articleTitle === undefined ? {} : { 'lectern:articleTitle': articleTitle }),
    },
  };
}

function byArticleThenPosition(a: AnnotationRecord, b: AnnotationRecord): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return text(a.articleId, b.articleId) || a.target.position.start - b.target.position.start || text(a.id, b.id);
}

/**
 * Every record as one W3C `AnnotationCollection`, items ordered by article then position so
 * two backups of the same data are the same file. `articles` supplies titles for readers.
 */
export function toAnnotationCollection(
  records: readonly AnnotationRecord[],
  articles: readonly Pick<Article, 'id' | 'title'>[],
  exportedAt: Date | string,
): W3CCollection {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const exported = toIsoTimestamp(exportedAt);
  const items = [...records].sort(byArticleThenPosition).map((r) => toW3CAnnotation(r, titles.get(r.articleId)));
  return {
    '@context': [ANNO_CONTEXT, { lectern: LECTERN_NS }],
    id: `urn:lectern:backup:${exported}`,
    type: 'AnnotationCollection',
    label: 'Lectern annotations',
    'lectern:exported': exported,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** `lectern-backup-2025-09-10T08-00-00Z.json`: sortable, and valid on every file system. */
export function backupFileName(exportedAt: Date | string): string {
  const stamp = toIsoTimestamp(exportedAt).replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  return `lectern-backup-${stamp.replace(/[^0-9A-Za-z-]/g, '-')}.json`;
}

export { fromAnnotationCollection } from './w3c-import.js';
export { mergeRecords } from './merge-records.js';
