import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../main/contract';
import { emphasise, queryTerms } from '../../../../renderer/library/emphasis';
import { sortArticles } from '../../../../renderer/library/sort-articles';
import { menuCommand } from '../../../../renderer/shell/use-menu-commands';
import { isFindKey, shortcutFor } from '../../../../renderer/shell/use-shortcuts';

const marked = (text: string, query: string) =>
  emphasise(text, queryTerms(query))
    .filter((s) => s.match)
    .map((s) => s.text);

describe('the words a search emphasises', () => {
  it.each([
    ['Security guarantees for Ukraine', 'security', ['Security']],
    ['Security guarantees for Ukraine', 'guar secu', ['Security', 'guarantees']],
    ['The Bundestag voted; the bundestag’s view', 'bundestag', ['Bundestag', 'bundestag']],
    ['Kyiv, excluding American soldiers', 'merican', []],
    ['A word', 'a', []],
    ['Déjà vu in Zürich', 'zur', []],
    ['Déjà vu in Zürich', 'zür', ['Zürich']],
    ['2025 talks in 2026', '2025', ['2025']],
  ])('in “%s”, the query “%s” marks %j', (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });

  it.each([
    ['…as Russia appears to be preparing a new offensive.', 'russia offensive'],
    ['no match here', 'zzz'],
    ['', 'anything'],
    ['<b>not html</b> & more', 'not'],
  ])('gives back “%s” unchanged when its pieces are joined', (text, query) => {
    expect(emphasise(text, queryTerms(query)).map((s) => s.text).join('')).toBe(text);
  });

  it('takes each query word once, in lower case, and ignores punctuation', () => {
    expect(queryTerms('Security, security! US-led "talks"')).toEqual(['security', 'us', 'led', 'talks']);
  });
});

describe('finding the library search from the keyboard and the menu', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

  it('/ is the find shortcut', () => {
    expect(shortcutFor(key('/'))).toBe('find');
  });

  it.each([
    [key('f', { ctrlKey: true }), true],
    [key('F', { metaKey: true }), true],
    [key('f'), false],
    [key('f', { ctrlKey: true, shiftKey: true }), false],
    [key('f', { ctrlKey: true, altKey: true }), false],
  ])('%j is find: %s', (event, expected) => {
    expect(isFindKey(event)).toBe(expected);
  });

  it.each([
    [{ type: 'find' }, 'find'],
    [{ type: 'export-article' }, 'export-article'],
    [{ type: 'export-all' }, 'export-all'],
    [{ type: 'import' }, 'import'],
    [{ type: 'set-theme', theme: 'dark' }, null],
    [null, null],
    ['find', null],
  ])('the menu command %j is handled here as %s', (detail, expected) => {
    expect(menuCommand(detail)).toBe(expected);
  });
});

describe('sorting a big library', () => {
  function summary(i: number): ArticleSummary {
    const day = String((i % 28) + 1).padStart(2, '0');
    return {
      id: `a${i}`,
      title: `Article ${(i * 7919) % 10_000}`,
      published: i % 5 === 0 ? null : `2025-0${(i % 9) + 1}-${day}T10:00:00Z`,
      site: null,
      byline: null,
      wordCount: 100,
      readingMinutes: 1,
      source: `a${i}.txt`,
      error: null,
      annotationCount: 0,
    };
  }
  const library = Array.from({ length: 10_000 }, (_, i) => summary(i));

  it('puts ten thousand articles newest first with the undated last, in well under a frame budget per thousand', () => {
    const started = performance.now();
    const sorted = sortArticles(library, 'date');
    const elapsed = performance.now() - started;
    const times = sorted.map((a) => (a.published ? Date.parse(a.published) : -Infinity));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeLessThanOrEqual(times[i - 1]);
    expect(sorted.filter((a) => a.published === null)).toHaveLength(2_000);
    expect(elapsed).toBeLessThan(250);
  });
});
