/**
 * Text that could fool a reader of an export: bidi controls and invisible characters in
 * file names (`Invoice‮fdp.exe` shows as `Invoiceexe.pdf`), and raw HTML in notes, which
 * Obsidian would render (a `<script>`, an `<img onerror>`, an `<iframe>`). Rendered here
 * with HTML on, as Obsidian does, so what would run is what is checked.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { assignFileNames, fileStem } from '../../../main/core/export/file-names.js';
import { renderArticleMarkdown } from '../../../main/core/export/markdown.js';
import { userMarkdown } from '../../../main/core/export/escape.js';
import { EXPORTED_AT, highlight, makeArticle } from './helpers.js';

const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

describe('file names of exports', () => {
  it.each([
    ['a right-to-left override', 'Invoice\u202Efdp.exe', 'Invoicefdp.exe'],
    ['left-to-right and right-to-left embeddings and a pop', 'A\u202Ab\u202Bc\u202Cd', 'Abcd'],
    ['a left-to-right override', 'x\u202Dy', 'xy'],
    ['bidi isolates', 'one\u2066two\u2067three\u2068four\u2069', 'onetwothreefour'],
    ['left-to-right and right-to-left marks', 'mark\u200Ehere\u200F', 'markhere'],
    ['an Arabic letter mark', 'عربي\u061C.txt', 'عربي.txt'],
    ['a zero-width space and a word joiner', 'zero\u200Bwidth\u2060joiner', 'zerowidthjoiner'],
    ['control characters (a tab is a space)', 'tab\there\u0007bell\u009Fc1', 'tab herebellc1'],
    ['only invisible characters', '\u202E\u2066\u200F', 'Untitled'],
  ])('leave out %s', (_case, title, stem) => {
    expect(fileStem(title)).toBe(stem);
    const article = makeArticle(['Some text.'], { title });
    const { fileName } = renderArticleMarkdown({ article, annotations: [], articleNote: '', settings: { colourLegend: [] }, exportedAt: EXPORTED_AT });
    expect(fileName).toBe(`${stem}.md`);
    expect(fileName).not.toMatch(INVISIBLE);
  });

  it('keep emoji sequences and right-to-left scripts, which need no control characters', () => {
    expect(fileStem('Family 👨‍👩‍👧 notes')).toBe('Family 👨‍👩‍👧 notes');
    expect(fileStem('שלום עולם')).toBe('שלום עולם');
  });

  it('do not let two titles differing only by invisible characters share a file', () => {
    const names = assignFileNames([
      { id: 'a', stem: fileStem('Report') },
      { id: 'b', stem: fileStem('Re\u202Eport') },
    ]);
    expect(new Set(names.values()).size).toBe(2);
  });
});

const obsidianLike = new MarkdownIt({ html: true });
/** Elements or attributes that would run or load something if the export rendered them. */
const LIVE_HTML = /<(script|img|iframe|svg|object|embed|style|video|audio|div|b|details|form|input)\b|<[a-z][^>]*\son\w+\s*=/i;

function exportedNote(note: string): { markdown: string; html: string } {
  const article = makeArticle(['Intro paragraph.']);
  const annotations = [highlight(article, 'Intro', { id: 'h1', note })];
  const { markdown } = renderArticleMarkdown({ article, annotations, articleNote: note, settings: { colourLegend: [] }, exportedAt: EXPORTED_AT });
  return { markdown, html: obsidianLike.render(markdown.replace(/^---\n[\s\S]*?\n---\n/, '')) };
}

describe('raw HTML in notes', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['an image with onerror', 'see <img src=x onerror=alert(1)> here', 'see <img src=x onerror=alert(1)> here'],
    ['an iframe', '<iframe src="https://example.org/"></iframe>', '<iframe src="https://example.org/"></iframe>'],
    ['an HTML block', '<div>\n<b>bold</b>\n</div>', '<b>bold</b>'],
    ['an svg with onload', '<svg onload=alert(1)>', '<svg onload=alert(1)>'],
    ['HTML in a list item', '- item <img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['HTML in a quote inside the note', '> <script>alert(1)</script>', '<script>alert(1)</script>'],
    ['HTML after an escaped backtick', 'a \\`<img src=x onerror=alert(1)>`', '<img src=x onerror=alert(1)>'],
    ['HTML after a backtick that opens no code span', 'a ``<img src=x onerror=alert(1)>`', '<img src=x onerror=alert(1)>'],
    ['HTML indented four spaces in a list item', '- item\n\n    <img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['HTML behind a fence that is not one', '```js`\n<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['HTML in a table cell, behind a code span the cell\'s pipe cuts', '| a | b |\n| - | - |\n| `x|<img src=x onerror=alert(1)>` | y |', '<img src=x onerror=alert(1)>'],
  ])('shows %s as text and renders none of it', (_case, note, visible) => {
    const { html } = exportedNote(note);
    expect(html).not.toMatch(LIVE_HTML);
    const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(text).toContain(visible);
  });

  it('leaves code spans and fenced code as the person wrote them', () => {
    const note = 'Use `<br>` here.\n\n```html\n<img src="a.png">\n```';
    expect(userMarkdown(note)).toBe(note);
    const { html } = exportedNote(note);
    expect(html).toContain('<code>&lt;br&gt;</code>');
    expect(html).toContain('&lt;img src=&quot;a.png&quot;&gt;');
    expect(html).not.toMatch(LIVE_HTML);
  });

  it('closes a fence a note leaves open, so a later note cannot close it and bring HTML back to life', () => {
    const article = makeArticle(['First passage. Second passage.']);
    const annotations = [
      highlight(article, 'First', { id: 'h1', note: '```\ncode left open' }),
      highlight(article, 'Second', { id: 'h2', note: '```\n<img src=x onerror=alert(1)>' }),
    ];
    const { markdown } = renderArticleMarkdown({ article, annotations, articleNote: '', settings: { colourLegend: [] }, exportedAt: EXPORTED_AT });
    expect(obsidianLike.render(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''))).not.toMatch(LIVE_HTML);
  });

  it('keeps a note readable: Markdown, links and plain < and > comparisons survive', () => {
    const note = '**Bold**, [a link](https://example.org/) and <https://example.org/auto>; 3 < 4 > 2.';
    const { html } = exportedNote(note);
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<a href="https://example.org/">a link</a>');
    expect(html).toContain('<a href="https://example.org/auto">https://example.org/auto</a>');
    expect(html).toContain('3 &lt; 4 &gt; 2.');
  });
});
