import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../../main/contract.js';
import { renderArticleMarkdown } from '../../../main/core/export/markdown.js';
import { mergeExport } from '../../../main/core/export/merge.js';
import { EXPORTED_AT, LEGEND, highlight, makeArticle, readExport } from './helpers.js';

const ARTICLE = makeArticle(['Alpha beta gamma.', 'Delta epsilon zeta.', 'Eta theta iota.', 'Kappa lambda mu.']);
const A = highlight(ARTICLE, 'Alpha', { id: 'a', colour: 'yellow', note: 'note a' });
const B = highlight(ARTICLE, 'Delta', { id: 'b', colour: 'green' });
const C = highlight(ARTICLE, 'Eta', { id: 'c', colour: 'blue', tags: ['gone'] });
const D = highlight(ARTICLE, 'gamma', { id: 'd', colour: 'pink' });
const E = highlight(ARTICLE, 'Kappa', { id: 'e', colour: 'pink' });

function exportOf(annotations: AnnotationView[], note = 'Article note v1', exportedAt = EXPORTED_AT, groupBy: 'document' | 'colour' = 'document'): string {
  return renderArticleMarkdown({ article: ARTICLE, annotations, articleNote: note, settings: { colourLegend: LEGEND }, options: { groupBy }, exportedAt }).markdown;
}

function ids(markdown: string, kind = 'annotation'): string[] {
  return [...markdown.matchAll(new RegExp(`<!-- lectern:${kind} id=(\\S+) hash=`, 'g'))].map((m) => m[1]);
}

/** The person's edits: a changed quote in A, a paragraph under the heading, a closing line. */
function userEdits(file: string): string {
  return file.replace('> Alpha\n', '> Alpha, as I remember it\n').replace('## Highlights\n', '## Highlights\n\nMy own paragraph.\n') + '\nMy closing thoughts.\n';
}

describe('Merging a re-export into an edited file', () => {
  const first = exportOf([A, B, C]);
  const edited = userEdits(first);
  const fresh = exportOf([{ ...A, note: 'note a, changed in the app' }, { ...B, note: 'new note on b' }, D, E], 'Article note v2', '2025-10-01T00:00:00.000Z');
  const { merged, report } = mergeExport(edited, fresh);

  it('keeps a block the person edited, and reports it as a conflict', () => {
    expect(merged).toContain('> Alpha, as I remember it\n');
    expect(merged).not.toContain('note a, changed in the app');
    expect(report.conflicts).toEqual(['a']);
  });

  it('updates blocks the person did not touch', () => {
    expect(merged).toContain('> Delta\n\nnew note on b\n');
    expect(report.updated).toEqual(['b', 'article-note']);
    expect(merged).toContain('Article note v2');
  });

  it('keeps text written outside blocks where it was', () => {
    expect(merged).toContain('## Highlights\n\nMy own paragraph.\n\n<!-- lectern:annotation id=a ');
    expect(merged).toContain('Article note v2\n<!-- /lectern:article-note -->\n\nMy closing thoughts.\n\n## Removed\n');
  });

  it('moves a highlight deleted in the app to a Removed section', () => {
    expect(report.removed).toEqual(['c']);
    expect(ids(merged)).not.toContain('c');
    expect(ids(merged, 'removed')).toEqual(['c']);
    const removedAt = merged.indexOf('## Removed');
    expect(removedAt).toBeGreaterThan(0);
    expect(merged.indexOf('> Eta')).toBeGreaterThan(removedAt);
  });

  it('inserts new highlights in document order', () => {
    expect(report.added).toEqual(['d', 'e']);
    expect(ids(merged)).toEqual(['a', 'd', 'b', 'e']);
  });

  it('updates the front matter and keeps it valid YAML', () => {
    const { frontMatter } = readExport(merged);
    expect(frontMatter.exported).toBe('2025-10-01T00:00:00.000Z');
    expect(frontMatter.lectern_id).toBe('test-article');
  });

  it('changes nothing when the same export is merged again', () => {
    const again = mergeExport(merged, fresh);
    expect(again.merged).toBe(merged);
    expect(again.report).toEqual({ updated: [], unchanged: ['header', 'd', 'b', 'e', 'article-note'], added: [], conflicts: ['a'], removed: [] });
  });
});

describe('Merge in other situations', () => {
  it('reports everything unchanged for an untouched file and the same export', () => {
    const file = exportOf([A, B]);
    const { merged, report } = mergeExport(file, file);
    expect(merged).toBe(file);
    expect(report).toEqual({ updated: [], unchanged: ['header', 'a', 'b', 'article-note'], added: [], conflicts: [], removed: [] });
  });

  it.each([
    ['a file without front matter or marker', '# My notes\n\nSome text.\n'],
    ['a file with other front matter', '---\ntitle: Mine\n---\n# My notes\n'],
    ['an empty file', ''],
  ])('refuses to touch %s', (_case, existing) => {
    expect(() => mergeExport(existing, exportOf([A]))).toThrow(/not exported by Lectern.*left untouched/);
  });

  it('refuses to merge into the export of another article', () => {
    const other = exportOf([A]).replace(/test-article/g, 'another-article');
    expect(() => mergeExport(other, exportOf([A]))).toThrow('This file belongs to another article (lectern_id "another-article"), so it was left untouched.');
  });

  it('recognises a file by its marker when the person removed lectern_id', () => {
    const file = exportOf([A]).replace(/lectern_id: .*\n/, '');
    expect(mergeExport(file, exportOf([A, B])).report.added).toEqual(['b']);
  });

  it('keeps the person’s own front matter keys and comments', () => {
    const file = exportOf([A]).replace('---\n<!--', 'aliases: [mine]  # my alias\n---\n<!--');
    const { merged } = mergeExport(file, exportOf([A], 'v1', '2025-12-01T00:00:00.000Z'));
    expect(merged).toContain('# my alias');
    expect(readExport(merged).frontMatter).toMatchObject({ aliases: ['mine'], exported: '2025-12-01T00:00:00.000Z' });
  });

  it.each([
    ['with an article note', 'Article note v1'],
    ['without an article note', ''],
  ])('adds the first highlights of an article exported without any, %s, where a fresh export puts them', (_case, note) => {
    const { merged, report } = mergeExport(exportOf([], note), exportOf([A, B], note));
    expect(report.added).toEqual(['a', 'b']);
    expect(merged).toBe(exportOf([A, B], note));
  });

  it('keeps tags the person added to the front matter after the highlight tags', () => {
    const file = exportOf([C]).replace('tags: [ "gone" ]', 'tags: [ "gone", "to-read" ]');
    const { merged } = mergeExport(file, exportOf([C, { ...B, tags: ['new'] }]));
    expect(readExport(merged).frontMatter.tags).toEqual(['gone', 'new', 'to-read']);
  });

  it('moves an untouched highlight that became detached to the Detached section', () => {
    const file = exportOf([A, B]);
    const detachedB: AnnotationView = { ...B, anchor: { status: 'detached', start: null, end: null, score: null } };
    const { merged, report } = mergeExport(file, exportOf([A, detachedB]));
    expect(report.updated).toContain('b');
    expect(merged.indexOf('<!-- lectern:annotation id=b ')).toBeGreaterThan(merged.indexOf('## Detached'));
    expect(merged.match(/<!-- lectern:annotation id=b /g)).toHaveLength(1);
  });

  it('leaves a highlight under a heading the person renamed', () => {
    const file = exportOf([A, B]).replace('## Highlights', '## My reading');
    const { merged, report } = mergeExport(file, exportOf([A, B]));
    expect(report.unchanged).toEqual(['header', 'a', 'b', 'article-note']);
    expect(merged).toBe(file);
  });

  it('creates sections in the fresh order when switching to grouping by colour', () => {
    const file = exportOf([A, B]);
    const { merged } = mergeExport(file, exportOf([A, B], 'Article note v1', EXPORTED_AT, 'colour'));
    const headings = readExport(merged).headings.map((h) => h.text);
    expect(headings).toEqual(['A test article', 'Highlights', 'Key point', 'Question', 'Article note']);
    expect(ids(merged)).toEqual(['a', 'b']);
  });

  it('writes Windows line endings back when the file used them', () => {
    const file = exportOf([A]).replace(/\n/g, '\r\n');
    const { merged, report } = mergeExport(file, exportOf([A, B]));
    expect(report.unchanged).toContain('a');
    expect(merged.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('does not count line-ending or trailing-space changes as edits', () => {
    const file = exportOf([A]).replace('> Alpha\n', '> Alpha   \n');
    expect(mergeExport(file, exportOf([A])).report.conflicts).toEqual([]);
  });

  it('treats a block whose closing marker was deleted as the person’s text and adds the highlight again', () => {
    const file = exportOf([A, B]).replace(/(id=b [\s\S]*?)<!-- \/lectern:annotation -->\n/, '$1');
    const { merged, report } = mergeExport(file, exportOf([A, B]));
    expect(report.added).toEqual(['b']);
    expect(merged).toContain('<!-- /lectern:annotation -->');
  });

  it('reports the edited article note as a conflict and keeps it', () => {
    const file = exportOf([A]).replace('Article note v1', 'Article note, rewritten by me');
    const { merged, report } = mergeExport(file, exportOf([A], 'Article note v2'));
    expect(report.conflicts).toEqual(['article-note']);
    expect(merged).toContain('rewritten by me');
    expect(merged).not.toContain('Article note v2');
  });
});
