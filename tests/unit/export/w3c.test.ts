import { describe, expect, it } from 'vitest';
import { AnnotationRecord } from '../../../main/contract.js';
import { backupFileName, fromAnnotationCollection, mergeRecords, toAnnotationCollection } from '../../../main/core/export/w3c.js';
import { EXPORTED_AT } from './helpers.js';

function record(id: string, overrides: Partial<AnnotationRecord> = {}): AnnotationRecord {
  return {
    id,
    articleId: 'article-1',
    created: '2025-09-05T10:00:00.000Z',
    modified: '2025-09-05T10:00:00.000Z',
    colour: 'yellow',
    note: '',
    tags: [],
    target: { quote: { exact: 'quoted text', prefix: 'before ', suffix: ' after' }, position: { start: 7, end: 18 }, contentHash: 'abc123' },
    ...overrides,
  };
}

const RECORDS: AnnotationRecord[] = [
  record('6f1c2d3e-0000-4000-8000-000000000001', { colour: 'green', note: 'A **Markdown** note\n\n- with a list', tags: ['one', 'two/three'] }),
  record('6f1c2d3e-0000-4000-8000-000000000002', { articleId: 'article-2', modified: '2025-09-06T11:00:00.000Z' }),
  record('legacy id with spaces', { colour: 'purple', tags: ['only-tag'] }),
];
const ARTICLES = [
  { id: 'article-1', title: 'First' },
  { id: 'article-2', title: 'Second' },
];

function backup(records = RECORDS): string {
  return JSON.stringify(toAnnotationCollection(records, ARTICLES, EXPORTED_AT));
}

function byId(records: AnnotationRecord[]): AnnotationRecord[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('W3C backup', () => {
  it('is a W3C AnnotationCollection with one embedded page', () => {
    const collection = toAnnotationCollection(RECORDS, ARTICLES, EXPORTED_AT);
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items).toHaveLength(3);
  });

  it('writes a highlight with a note as a commenting annotation with Markdown and tag bodies', () => {
    const item = toAnnotationCollection(RECORDS, ARTICLES, EXPORTED_AT).first.items.find((i) => i.id.endsWith('0001'));
    expect(item).toEqual({
      id: 'urn:uuid:6f1c2d3e-0000-4000-8000-000000000001',
      type: 'Annotation',
      created: '2025-09-05T10:00:00.000Z',
      modified: '2025-09-05T10:00:00.000Z',
      motivation: 'commenting',
      'lectern:colour': 'green',
      body: [
        { type: 'TextualBody', value: 'A **Markdown** note\n\n- with a list', format: 'text/markdown', purpose: 'commenting' },
        { type: 'TextualBody', value: 'one', purpose: 'tagging' },
        { type: 'TextualBody', value: 'two/three', purpose: 'tagging' },
      ],
      target: {
        source: 'urn:lectern:article:article-1',
        selector: [
          { type: 'TextQuoteSelector', exact: 'quoted text', prefix: 'before ', suffix: ' after' },
          { type: 'TextPositionSelector', start: 7, end: 18 },
        ],
        'lectern:contentHash': 'abc123',
        'lectern:articleTitle': 'First',
      },
    });
  });

  it('writes a highlight without a note as highlighting, without a body', () => {
    const item = toAnnotationCollection(RECORDS, ARTICLES, EXPORTED_AT).first.items.find((i) => i.id.endsWith('0002'));
    expect(item?.motivation).toBe('highlighting');
    expect(item?.body).toBeUndefined();
  });

  it('names the backup file after the export time, safely for every file system', () => {
    expect(backupFileName(EXPORTED_AT)).toBe('lectern-backup-2025-09-10T08-00-00Z.json');
  });

  it('gives the same file for the same records in any order', () => {
    expect(backup([...RECORDS].reverse())).toBe(backup());
  });

  it('reads back exactly the records it wrote', () => {
    const { records, errors } = fromAnnotationCollection(backup());
    expect(errors).toEqual([]);
    expect(byId(records)).toEqual(byId(RECORDS));
    for (const r of records) expect(AnnotationRecord.safeParse(r).success).toBe(true);
  });

  it('adds nothing when the same backup is imported twice', () => {
    const first = mergeRecords([], fromAnnotationCollection(backup()).records);
    const second = mergeRecords(first.records, fromAnnotationCollection(backup()).records);
    expect(first.added).toHaveLength(3);
    expect(second).toMatchObject({ added: [], updated: [], unchanged: expect.arrayContaining(RECORDS.map((r) => r.id)) });
    expect(second.records).toHaveLength(3);
  });

  it('explains malformed JSON', () => {
    const result = fromAnnotationCollection('{"type": "AnnotationCollection", ');
    expect(result.records).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^The backup is not valid JSON: /);
  });

  it.each([
    ['a number', '42', 'The backup is not a JSON object.'],
    ['another kind of document', '{"type": "Feed"}', 'The backup is not a W3C AnnotationCollection (its "type" is missing or different).'],
    ['linked pages', '{"type": "AnnotationCollection", "first": "https://example.org/page1"}', 'The backup links to its pages instead of embedding them; only embedded pages can be read.'],
  ])('refuses %s with a clear message', (_case, json, message) => {
    expect(fromAnnotationCollection(json)).toEqual({ records: [], errors: [message] });
  });

  it('keeps good items and reports each bad one', () => {
    const collection = toAnnotationCollection(RECORDS, ARTICLES, EXPORTED_AT) as unknown as { first: { items: Record<string, unknown>[] } };
    const items = collection.first.items;
    items.push(
      { ...items[0], id: 'https://example.org/not-ours' },
      { ...items[0], id: 'urn:uuid:bad-colour', 'lectern:colour': 'orange' },
      { ...items[0], id: 'urn:uuid:no-target', target: undefined },
      { ...items[0], id: 'urn:uuid:bad-date', created: 'yesterday' },
      { ...items[0], id: 'urn:uuid:no-quote', target: { source: 'urn:lectern:article:article-1', selector: [{ type: 'TextPositionSelector', start: 1, end: 2 }] } },
      { ...items[0], id: 'urn:uuid:foreign', target: { source: 'https://example.org/page', selector: [] } },
      'not an object' as unknown as Record<string, unknown>,
    );
    const { records, errors } = fromAnnotationCollection(JSON.stringify(collection));
    expect(byId(records)).toEqual(byId(RECORDS));
    expect(errors).toEqual([
      'Item 4 (https://example.org/not-ours): id "https://example.org/not-ours" is not a urn:uuid: or urn:lectern:annotation: id; it was skipped.',
      'Item 5 (urn:uuid:bad-colour): lectern:colour "orange" is not one of yellow, green, blue, pink, purple; it was skipped.',
      expect.stringMatching(/^Item 6 \(urn:uuid:no-target\): target .*; it was skipped\.$/),
      'Item 7 (urn:uuid:bad-date): created is not a date; it was skipped.',
      'Item 8 (urn:uuid:no-quote): target has no usable TextQuoteSelector (exact, prefix, suffix); it was skipped.',
      'Item 9 (urn:uuid:foreign): target.source "https://example.org/page" is not a Lectern article (urn:lectern:article:…); it was skipped.',
      expect.stringMatching(/^Item 10: .*; it was skipped\.$/),
      'The backup says it holds 3 annotations but 10 were found.',
    ]);
  });

  it('reports items for articles that are not in the library, and keeps the rest', () => {
    const { records, errors } = fromAnnotationCollection(backup(), { articleIds: ['article-1'] });
    expect(records.map((r) => r.articleId)).toEqual(['article-1', 'article-1']);
    expect(errors).toEqual(['Item 3 (urn:uuid:6f1c2d3e-0000-4000-8000-000000000002): refers to article "article-2", which is not in the library; it was skipped.']);
  });

  it('keeps the most recently modified copy of an item listed twice', () => {
    const newer = record('6f1c2d3e-0000-4000-8000-000000000009', { modified: '2025-12-01T00:00:00.000Z', note: 'newer' });
    const older = { ...newer, modified: '2025-01-01T00:00:00.000Z', note: 'older' };
    const collection = toAnnotationCollection([newer], ARTICLES, EXPORTED_AT);
    collection.first.items.push(toAnnotationCollection([older], ARTICLES, EXPORTED_AT).first.items[0]);
    collection.total = 2;
    const { records, errors } = fromAnnotationCollection(JSON.stringify(collection));
    expect(records).toEqual([newer]);
    expect(errors).toEqual([expect.stringMatching(/^Item 2 .*appears more than once; the most recently modified copy was kept\.$/)]);
  });

  it('reads a single annotation or a bare array of annotations too', () => {
    const items = toAnnotationCollection(RECORDS, ARTICLES, EXPORTED_AT).first.items;
    expect(fromAnnotationCollection(JSON.stringify(items[0])).records).toHaveLength(1);
    expect(fromAnnotationCollection(JSON.stringify(items)).records).toHaveLength(3);
  });
});

describe('Merging imported records', () => {
  const stored = record('x', { modified: '2025-09-05T10:00:00.000Z', note: 'stored' });

  it.each([
    ['a newer copy replaces the stored one', '2025-09-06T00:00:00.000Z', 'updated', 'incoming'],
    ['an older copy is ignored', '2025-09-01T00:00:00.000Z', 'unchanged', 'stored'],
    ['an equally old copy is ignored', '2025-09-05T10:00:00.000Z', 'unchanged', 'stored'],
  ])('%s', (_case, modified, outcome, kept) => {
    const incoming = { ...stored, modified, note: 'incoming' };
    const result = mergeRecords([stored], [incoming]);
    expect(result.records).toEqual([kept === 'stored' ? stored : incoming]);
    expect(result[outcome as 'updated' | 'unchanged']).toEqual(['x']);
  });

  it('adds new records after the stored ones and never duplicates an id', () => {
    const a = record('a');
    const result = mergeRecords([stored], [a, a, { ...a, modified: '2026-01-01T00:00:00.000Z' }]);
    expect(result.records.map((r) => r.id)).toEqual(['x', 'a']);
    expect(result.records[1].modified).toBe('2026-01-01T00:00:00.000Z');
    expect(result.added).toEqual(['a']);
    expect(result.updated).toEqual([]);
  });
});
