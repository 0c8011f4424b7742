import { describe, expect, it } from 'vitest';
import { renderArticleMarkdown, type ExportInput } from '../../../main/core/export/markdown.js';
import { EXPORTED_AT, LEGEND, highlight, makeArticle, readExport } from './helpers.js';

const PARAGRAPHS = [
  'The first paragraph says something plain.',
  'The second paragraph has *stars*, _underscores_ and a [link](x).',
  'A third paragraph, the last one.',
];

const ARTICLE = makeArticle(PARAGRAPHS);
const ANNOTATIONS = [
  highlight(ARTICLE, 'A third paragraph', { id: 'c', colour: 'green', tags: ['later'] }),
  highlight(ARTICLE, 'The first paragraph', { id: 'a', colour: 'yellow', note: 'My **own** note', tags: ['one', 'two'] }),
  highlight(ARTICLE, 'a passage that is gone', { id: 'd', colour: 'pink', detached: true }),
  highlight(ARTICLE, 'second paragraph has *stars*', { id: 'b', colour: 'yellow', tags: ['one'] }),
];

function exportOf(overrides: Partial<ExportInput> = {}) {
  return renderArticleMarkdown({ article: ARTICLE, annotations: ANNOTATIONS, articleNote: 'The whole piece is *fine*.', settings: { colourLegend: LEGEND }, exportedAt: EXPORTED_AT, ...overrides });
}

/** The highlight ids in the order their blocks appear in the file. */
function blockOrder(markdown: string): string[] {
  return [...markdown.matchAll(/<!-- lectern:annotation id=(\S+) hash=/g)].map((m) => m[1]);
}

describe('Markdown export of one article', () => {
  it('lists highlights in document order with detached ones last under "Detached"', () => {
    const { markdown } = exportOf();
    expect(blockOrder(markdown)).toEqual(['a', 'b', 'c', 'd']);
    const { headings } = readExport(markdown);
    expect(headings).toEqual([
      { level: 1, text: 'A test article' },
      { level: 2, text: 'Highlights' },
      { level: 2, text: 'Detached' },
      { level: 2, text: 'Article note' },
    ]);
  });

  it('has exactly one blockquote per highlight, holding the passage as plain text', () => {
    const { markdown } = exportOf({ options: { callouts: false } });
    const read = readExport(markdown);
    expect(read.blockquotes).toEqual(['The first paragraph', 'second paragraph has *stars*', 'A third paragraph', 'a passage that is gone']);
    expect(read.markupInQuotes).toEqual([]);
  });

  it('writes Obsidian callouts titled with the colour meaning by default', () => {
    const { markdown } = exportOf();
    expect(markdown).toContain('> [!quote] Key point\n> The first paragraph\n');
    expect(readExport(markdown).blockquotes[0]).toBe('[!quote] Key point\nThe first paragraph');
  });

  it('labels plain blockquotes with the colour meaning when callouts are off', () => {
    const { markdown } = exportOf({ options: { callouts: false } });
    expect(markdown).toContain('**Key point**\n\n> The first paragraph\n');
  });

  it('puts the note, the tags and a deep link below each quote', () => {
    const { markdown } = exportOf();
    expect(markdown).toContain('> The first paragraph\n\nMy **own** note\n\n#one #two · [Open in Lectern](lectern://article/test-article#annotation=a)\n');
  });

  it('writes the front matter keys with the union of highlight tags', () => {
    const { frontMatter } = readExport(exportOf().markdown);
    expect(frontMatter).toEqual({
      lectern_id: 'test-article',
      title: 'A test article',
      site: 'example.com',
      byline: null,
      published: '2025-09-04T09:15:00.000Z',
      exported: EXPORTED_AT,
      tags: ['later', 'one', 'two'],
      source: 'test.txt',
    });
  });

  it('writes a metadata line with site, date and reading time under the title', () => {
    expect(exportOf().markdown).toContain('# A test article\n\nexample.com · 2025-09-04 · 1 min read\n');
  });

  it('ends with the article note', () => {
    expect(exportOf().markdown).toMatch(/## Article note\n\nThe whole piece is \*fine\*\.\n<!-- \/lectern:article-note -->\n$/);
  });

  it('leaves out the article note section when there is no note', () => {
    expect(exportOf({ articleNote: '  ' }).markdown).not.toContain('Article note');
  });

  it('leaves out detached highlights when asked to', () => {
    const { markdown } = exportOf({ options: { includeDetached: false } });
    expect(blockOrder(markdown)).toEqual(['a', 'b', 'c']);
    expect(markdown).not.toContain('## Detached');
  });

  it('groups highlights under one heading per colour, in legend order, when grouping by colour', () => {
    const { markdown } = exportOf({ options: { groupBy: 'colour' } });
    expect(readExport(markdown).headings.map((h) => h.text)).toEqual(['A test article', 'Key point', 'Question', 'Detached', 'Article note']);
    expect(blockOrder(markdown)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives colours whose meaning clashes with a section name or another colour a distinct heading', () => {
    const legend = [
      { colour: 'yellow' as const, meaning: 'Detached' },
      { colour: 'green' as const, meaning: 'Same' },
      { colour: 'blue' as const, meaning: 'Same' },
    ];
    const article = makeArticle(PARAGRAPHS);
    const annotations = [
      highlight(article, 'first', { id: 'y', colour: 'yellow' }),
      highlight(article, 'second', { id: 'g', colour: 'green' }),
      highlight(article, 'third', { id: 'b', colour: 'blue' }),
    ];
    const { markdown } = renderArticleMarkdown({ article, annotations, articleNote: '', settings: { colourLegend: legend }, options: { groupBy: 'colour' }, exportedAt: EXPORTED_AT });
    expect(readExport(markdown).headings.map((h) => h.text)).toEqual(['A test article', 'Detached (yellow)', 'Same (green)', 'Same (blue)']);
  });

  it('marks every highlight block and the file so a re-export recognises them', () => {
    const { markdown } = exportOf();
    expect(markdown).toContain('<!-- lectern:file id=test-article -->');
    expect(markdown.match(/<!-- lectern:annotation id=\S+ hash=[0-9a-f]{12} -->/g)).toHaveLength(4);
    expect(markdown.match(/<!-- \/lectern:annotation -->/g)).toHaveLength(4);
  });

  it('gives the same file for the same input, whatever order the highlights come in', () => {
    const again = exportOf({ annotations: [...ANNOTATIONS].reverse() });
    expect(again.markdown).toBe(exportOf().markdown);
  });

  it('keeps a multi-paragraph passage in one blockquote with every line prefixed', () => {
    const article = makeArticle(PARAGRAPHS);
    const annotations = [highlight(article, 'plain.\n\nThe second', { id: 'x' })];
    const { markdown } = renderArticleMarkdown({ article, annotations, articleNote: '', settings: { colourLegend: [] }, options: { callouts: false }, exportedAt: EXPORTED_AT });
    expect(markdown).toContain('> plain.\n>\n> The second\n');
    expect(readExport(markdown).blockquotes).toEqual(['plain.\n\nThe second']);
  });

  it('names the file after the title', () => {
    expect(exportOf().fileName).toBe('A test article.md');
  });
});

