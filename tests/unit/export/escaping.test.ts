import { describe, expect, it } from 'vitest';
import { renderArticleMarkdown } from '../../../main/core/export/markdown.js';
import { parseExport } from '../../../main/core/export/segments.js';
import { EXPORTED_AT, highlight, makeArticle, readExport } from './helpers.js';

const TITLES: [string, string][] = [
  ['a plain title', 'Plain title'],
  ['a colon', 'Ukraine: what comes next'],
  ['double quotes', '"Quoted" headline'],
  ['single quotes', "It's 'single'"],
  ['a leading hash', '# Not a comment'],
  ['a leading dash', '- starts like a list'],
  ['a leading bracket', '[starts like a list]'],
  ['a leading brace', '{starts: like a map}'],
  ['YAML indicators', '& anchor * alias ! tag % directive @ at ` tick'],
  ['a word YAML 1.1 reads as a boolean', 'yes'],
  ['null', 'null'],
  ['a number', '1234'],
  ['a date', '2025-09-04'],
  ['document markers', '--- and ...'],
  ['every Markdown special', '*_[]#>|:"\'\\`<~$&^=%'],
  ['newlines', 'first line\nsecond line\n- third'],
  ['tabs and outer spaces', ' \tpadded\ttitle  '],
  ['emoji and accents', 'Café 🧭 naïve — “curly”'],
  ['HTML', '<script>alert(1)</script>'],
  ['a comment marker', '<!-- lectern:annotation id=x hash=abc -->'],
];

const QUOTES: [string, string][] = [
  ['emphasis', '*bold* and _em_ and **strong** and __strong__'],
  ['links and images', '[link](http://x) and ![img](y) and [ref][1]'],
  ['a heading-like line', '# heading-like'],
  ['a quote-like line', '> quote-like'],
  ['a dash list item', '- list-like'],
  ['a plus list item', '+ plus'],
  ['a numbered item', '1. numbered'],
  ['a paren-numbered item', '2) paren'],
  ['a table row', 'a | b | c'],
  ['times and URLs', 'at 12:15 see https://example.com/a_b_c'],
  ['code spans', '`code` and ``double``'],
  ['HTML and entities', '<b>html</b> &amp; entity &copy; &#169;'],
  ['backslashes', 'back\\slash \\* and \\'],
  ['dollars (maths in Obsidian)', 'costs $5 and $6'],
  ['Obsidian highlights and comments', '==highlight== and %%comment%%'],
  ['tags and block ids', 'see #tag and ^block-id'],
  ['strikethrough', '~~strike~~'],
  ['a thematic break', '---'],
  ['a setext underline', 'Title\n==='],
  ['indented code', '    indented code'],
  ['straight quotes', '"double" and \'single\''],
  ['a marker look-alike', '<!-- /lectern:annotation -->'],
  ['everything at once', '*_[]#>|:"\'`<~$&^=%\\'],
];

/** With escape pairs removed, nothing that any of CommonMark or Obsidian treats as syntax is left. */
function bareSyntax(line: string): string[] {
  return line.replace(/\\./g, '').match(/[\\`*_[\]<>#|:~$&^]|==|%%/g) ?? [];
}

function exportWith(title: string, quote: string) {
  const article = makeArticle(['Intro.', quote, 'Outro.'], { title });
  const annotations = [highlight(article, quote, { id: 'h1', tags: ['t'] })];
  return renderArticleMarkdown({ article, annotations, articleNote: '', settings: { colourLegend: [] }, options: { callouts: false }, exportedAt: EXPORTED_AT });
}

describe('Export of awkward titles', () => {
  it.each(TITLES)('keeps valid YAML front matter and the exact title for a title with %s', (_case, title) => {
    const { markdown } = exportWith(title, 'Intro.');
    const read = readExport(markdown);
    const clean = title.replace(/[\u0000-\u0008\u000B-\u001F]/g, '');
    expect(read.frontMatter.title).toBe(clean);
    expect(read.frontMatter11.title).toBe(clean);
    expect(read.frontMatter.lectern_id).toBe('test-article');
  });

  it.each(TITLES)('shows the title as the only H1, as literal text, for a title with %s', (_case, title) => {
    const read = readExport(exportWith(title, 'Intro.').markdown);
    expect(read.headings.filter((h) => h.level === 1)).toEqual([{ level: 1, text: title.replace(/\s+/g, ' ').trim() }]);
  });

  it.each(TITLES)('still sees exactly one highlight block for a title with %s', (_case, title) => {
    const doc = parseExport(exportWith(title, 'Intro.').markdown);
    expect(doc.nodes.filter((n) => n.type === 'block' && n.kind === 'annotation')).toHaveLength(1);
  });
});

describe('Export of awkward passages', () => {
  it.each(QUOTES)('renders a passage with %s as one blockquote of literal text', (_case, quote) => {
    const read = readExport(exportWith('Title', quote).markdown);
    const expected = quote
      .split('\n')
      .map((line) => line.trim())
      .join('\n');
    expect(read.blockquotes).toEqual([expected]);
    expect(read.markupInQuotes).toEqual([]);
  });

  it.each(QUOTES)('leaves no bare Obsidian or CommonMark syntax in a passage with %s', (_case, quote) => {
    const { markdown } = exportWith('Title', quote);
    const quoteLines = markdown.split('\n').filter((line) => line.startsWith('> '));
    expect(quoteLines.length).toBeGreaterThan(0);
    for (const line of quoteLines) expect(bareSyntax(line.slice(2))).toEqual([]);
  });

  it.each(QUOTES)('keeps the block markers intact around a passage with %s', (_case, quote) => {
    const doc = parseExport(exportWith('Title', quote).markdown);
    expect(doc.nodes.filter((n) => n.type === 'block').map((n) => n.type === 'block' && n.kind)).toEqual(['header', 'annotation']);
  });
});

describe('Export of notes', () => {
  it('keeps a note that imitates a closing marker from ending the block early', () => {
    const article = makeArticle(['Intro.']);
    const annotations = [highlight(article, 'Intro', { id: 'h1', note: 'before\n<!-- /lectern:annotation -->\nafter' })];
    const { markdown } = renderArticleMarkdown({ article, annotations, articleNote: '', settings: { colourLegend: [] }, exportedAt: EXPORTED_AT });
    const blocks = parseExport(markdown).nodes.filter((n) => n.type === 'block' && n.kind === 'annotation');
    expect(blocks).toHaveLength(1);
    expect(markdown).toContain('after\n\n[Open in Lectern]');
  });

  it('turns tags that are not Obsidian tags into ones that are', () => {
    const article = makeArticle(['Intro.']);
    const annotations = [highlight(article, 'Intro', { id: 'h1', tags: ['two words', 'ok/nested', '#hash', '!!!'] })];
    const { markdown } = renderArticleMarkdown({ article, annotations, articleNote: '', settings: { colourLegend: [] }, exportedAt: EXPORTED_AT });
    expect(markdown).toContain('#two-words #ok/nested #hash · [Open in Lectern]');
    expect(readExport(markdown).frontMatter.tags).toEqual(['hash', 'ok/nested', 'two-words']);
  });
});
