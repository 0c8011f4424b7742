import { describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../../../main/contract';
import { ApiError } from '../../../../renderer/api/client';
import {
  decodeArticleBytes,
  importAll,
  importedArticles,
  importedMessage,
  MAX_IMPORT_BYTES,
  refusal,
  type ImportFile,
} from '../../../../renderer/library/import-files';

function file(name: string, content: string | Uint8Array): ImportFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

function summary(title: string, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: `id-${title}`,
    title,
    site: null,
    published: null,
    byline: null,
    wordCount: 10,
    readingMinutes: 1,
    source: `${title}.txt`,
    error: null,
    annotationCount: 0,
    ...extra,
  };
}

describe('which files the import refuses before reading them', () => {
  it.each([
    ['notes.txt', 10, null],
    ['Notes.MD', 10, null],
    ['essay.markdown', 10, null],
    ['page.html', 10, null],
    ['page.htm', 10, null],
    ['paper.pdf', 10, '“paper.pdf” was not imported: Lectern imports .txt, .md and .html files, not .pdf files.'],
    ['README', 10, '“README” was not imported: Lectern imports .txt, .md and .html files, not files without an extension.'],
    ['.txt', 10, '“.txt” was not imported: Lectern imports .txt, .md and .html files, not files without an extension.'],
    ['empty.txt', 0, '“empty.txt” was not imported: the file is empty.'],
    ['at-limit.txt', MAX_IMPORT_BYTES, null],
    ['huge.txt', 6_200_000, '“huge.txt” was not imported: it is 6.2 MB, and Lectern imports articles up to 5 MB.'],
  ])('%s of %i bytes', (name, size, expected) => {
    expect(refusal({ name, size })).toBe(expected);
  });
});

describe('reading a file as text', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode('Café naïve — “quoted”'), 'Café naïve — “quoted”'],
    ['UTF-8 with a BOM', Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café')), 'Café'],
    ['UTF-16 with a BOM', Uint8Array.of(0xff, 0xfe, 0x43, 0x00, 0x61, 0x00, 0x66, 0x00, 0xe9, 0x00), 'Café'],
    // (Node's decoder reads 0x80–0x9F as Latin-1; Chromium's maps them to curly quotes: the e2e checks those.)
    ['Windows-1252 from an old editor', Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65), 'Café naïve'],
  ])('decodes %s without replacement characters', (_what, bytes, text) => {
    expect(decodeArticleBytes(bytes)).toBe(text);
  });

  it('refuses bytes that are not text at all', () => {
    expect(() => decodeArticleBytes(Uint8Array.of(0x25, 0x50, 0x00, 0x01))).toThrow('it is not a text file');
  });
});

describe('importing several files', () => {
  it('keeps going past a bad file and reports each one in order', async () => {
    const importArticle = vi.fn(async ({ fileName }: { fileName: string; content: string }) => {
      if (fileName === 'rejected.md') throw new ApiError('invalid_input', 'fileName: rejected.md is not an article');
      return summary(fileName.replace(/\.\w+$/, ''));
    });
    const seen: string[] = [];
    const outcomes = await importAll(
      { importArticle },
      [file('first.txt', 'One'), file('blank.txt', '  \n\n '), file('paper.pdf', '%PDF'), file('rejected.md', 'x'), file('binary.txt', Uint8Array.of(1, 0, 2)), file('last.html', '<p>Two</p>')],
      (o) => seen.push(o.file),
    );

    expect(seen).toEqual(['first.txt', 'blank.txt', 'paper.pdf', 'rejected.md', 'binary.txt', 'last.html']);
    expect(outcomes.map((o) => ('error' in o ? o.error : `ok ${o.summary.title}`))).toEqual([
      'ok first',
      '“blank.txt” was not imported: the file is empty.',
      '“paper.pdf” was not imported: Lectern imports .txt, .md and .html files, not .pdf files.',
      '“rejected.md” was not imported: rejected.md is not an article',
      '“binary.txt” was not imported: it is not a text file.',
      'ok last',
    ]);
    // Refused files never reach the back end.
    expect(importArticle.mock.calls.map(([input]) => input.fileName)).toEqual(['first.txt', 'rejected.md', 'last.html']);
    expect(importedArticles(outcomes).map((a) => a.title)).toEqual(['first', 'last']);
  });

  it('explains a file the server found too big', async () => {
    const importArticle = async () => {
      throw new ApiError('too_large', 'the request body is over 1000000 bytes');
    };
    const [outcome] = await importAll({ importArticle }, [file('long.txt', 'Long')]);
    expect(outcome).toEqual({ file: 'long.txt', error: '“long.txt” was not imported: the Lectern server refused it as too big (the request body is over 1000000 bytes)' });
  });
});

describe('the message after an import', () => {
  it.each([
    ['nothing imported', [], null],
    ['one article', [summary('Alpha')], { message: 'Imported “Alpha”', kind: 'info' }],
    ['three articles', [summary('A'), summary('B'), summary('C')], { message: 'Imported “A”, “B” and “C”', kind: 'info' }],
    ['many articles', ['A', 'B', 'C', 'D', 'E'].map((t) => summary(t)), { message: 'Imported 5 articles', kind: 'info' }],
    [
      'one unreadable page',
      [summary('page', { source: 'page.html', error: 'no article text found' })],
      { message: 'Imported “page.html”, but it could not be read as an article: no article text found', kind: 'error' },
    ],
    ['a mix', [summary('A'), summary('B', { error: 'broken' })], { message: 'Imported “A” and “B” (1 could not be read as an article)', kind: 'error' }],
  ])('%s', (_what, articles, expected) => {
    expect(importedMessage(articles)).toEqual(expected);
  });
});
