import { describe, expect, it } from 'vitest';
import { exportAll } from '../../../main/core/export/export-all.js';
import { assignFileNames, fileStem } from '../../../main/core/export/file-names.js';
import { EXPORTED_AT, highlight, makeArticle, renderHtml } from './helpers.js';

const STEMS: [string, string, string][] = [
  ['keeps an ordinary title', 'Europe pushes security guarantees', 'Europe pushes security guarantees'],
  ['replaces characters Windows forbids', 'a<b>c:d"e/f\\g|h?i*j', 'a b c d e f g h i j'],
  ['replaces characters that break wikilinks', 'C# [draft] ^ref', 'C draft ref'],
  ['drops control characters and newlines', 'line\u0000one\nline\ttwo', 'lineone line two'],
  ['drops trailing dots and spaces', 'The end...  ', 'The end'],
  ['drops leading dots so the file is not hidden', '...hidden', 'hidden'],
  ['renames Windows device names', 'CON', 'CON_'],
  ['renames device names with an extension-like suffix', 'com1.notes', 'com1_.notes'],
  ['renames lower-case device names', 'nul', 'nul_'],
  ['keeps names that only start like a device name', 'Console wars', 'Console wars'],
  ['names an empty title', '   ', 'Untitled'],
  ['names a title of forbidden characters only', '???', 'Untitled'],
  ['keeps accents and emoji', 'Café 🧭 naïve', 'Café 🧭 naïve'],
  ['normalises Unicode so macOS and Windows agree', 'Cafe\u0301', 'Café'],
];

describe('File names from titles', () => {
  it.each(STEMS)('%s', (_case, title, stem) => {
    expect(fileStem(title)).toBe(stem);
  });

  it.each([
    ['a long Latin title', 'word '.repeat(60)],
    ['a long CJK title', '安全保障'.repeat(60)],
    ['a long emoji title', '👩‍👩‍👧‍👦'.repeat(60)],
  ])('keeps %s within 100 characters and 200 bytes, without splitting a character', (_case, title) => {
    const stem = fileStem(title);
    expect([...stem].length).toBeLessThanOrEqual(100);
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(200);
    expect(stem).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(title.startsWith(stem)).toBe(true);
    expect(stem).not.toMatch(/\s$/);
  });

  it('gives the same names whatever order the articles come in', () => {
    const entries = [
      { id: 'b', stem: 'Same title' },
      { id: 'a', stem: 'Same title' },
      { id: 'c', stem: 'same TITLE' },
      { id: 'd', stem: 'Other' },
    ];
    const forward = assignFileNames(entries);
    const backward = assignFileNames([...entries].reverse());
    expect([...forward].sort()).toEqual([...backward].sort());
  });

  it('resolves collisions, ignoring case, by keeping the smallest id plain and suffixing the others', () => {
    const names = assignFileNames([
      { id: 'b', stem: 'Same title' },
      { id: 'a', stem: 'Same title' },
      { id: 'c', stem: 'same TITLE' },
    ]);
    expect(names.get('a')).toBe('Same title.md');
    expect(names.get('b')).toMatch(/^Same title \([0-9a-f]{6}\)\.md$/);
    expect(names.get('c')).toMatch(/^same TITLE \([0-9a-f]{6}\)\.md$/);
    expect(new Set([...names.values()].map((n) => n.toLowerCase())).size).toBe(3);
  });

  it('keeps index.md for the index', () => {
    expect(assignFileNames([{ id: 'x', stem: 'Index' }]).get('x')).toMatch(/^Index \([0-9a-f]{6}\)\.md$/);
  });
});

describe('Exporting the whole library', () => {
  const one = makeArticle(['Alpha paragraph.'], { id: 'one', title: 'Same: title' });
  const two = makeArticle(['Beta paragraph.'], { id: 'two', title: 'Same title' });
  const three = makeArticle(['Gamma paragraph.'], { id: 'three', title: 'Another [one] | here' });
  const items = [
    { article: one, annotations: [highlight(one, 'Alpha', { id: 'a1' })], articleNote: '' },
    { article: two, annotations: [highlight(two, 'Beta', { id: 'b1' }), highlight(two, 'gone', { id: 'b2', detached: true })], articleNote: '' },
    { article: three, annotations: [], articleNote: 'note' },
  ];

  it('returns one file per article with distinct safe names', () => {
    const { files } = exportAll(items, { settings: { colourLegend: [] }, exportedAt: EXPORTED_AT });
    expect(files.map((f) => f.fileName)).toEqual(['Another one here.md', expect.stringMatching(/^Same title \([0-9a-f]{6}\)\.md$/), 'Same title.md']);
    expect(files.every((f) => f.markdown.startsWith('---\nlectern_id: '))).toBe(true);
  });

  it('links every file from index.md with wikilinks', () => {
    const { files, index } = exportAll(items, { settings: { colourLegend: [] }, exportedAt: EXPORTED_AT });
    expect(index.fileName).toBe('index.md');
    for (const file of files) expect(index.markdown).toContain(`[[${file.fileName.replace(/\.md$/, '')}`);
    expect(index.markdown).toContain('- [[Another one here]] · example.com · 0 highlights');
    expect(index.markdown).toMatch(/- \[\[Same title \([0-9a-f]{6}\)\|Same title\]\] · example\.com · 2 highlights/);
    expect(index.markdown).toContain('- [[Same title|Same: title]] · example.com · 1 highlight\n');
    expect(index.markdown).toContain('3 articles · 3 highlights');
  });

  it('links every file from index.md with relative Markdown links that resolve', () => {
    const { files, index } = exportAll(items, { settings: { colourLegend: [] }, exportedAt: EXPORTED_AT, links: 'markdown' });
    const html = renderHtml(index.markdown);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]));
    expect(hrefs.sort()).toEqual(files.map((f) => f.fileName).sort());
  });

  it('counts detached highlights only when they are exported', () => {
    const { index } = exportAll(items, { settings: { colourLegend: [] }, exportedAt: EXPORTED_AT, options: { includeDetached: false } });
    expect(index.markdown).toContain('3 articles · 2 highlights');
  });
});
