// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createElement, createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Article, Block, BlockKind } from '../../../../main/contract';
import { ArticleBody } from '../../../../renderer/reader/ArticleBody';
import { blockRuns, groupBlocks, titleEcho } from '../../../../renderer/reader/group-blocks';

/** Builds blocks and text the way the back end does: texts joined by a blank line. */
function makeArticle(title: string, parts: [BlockKind, string][]): Article {
  const blocks: Block[] = [];
  let offset = 0;
  for (const [kind, text] of parts) {
    blocks.push({ kind, text, start: offset, end: offset + text.length });
    offset += text.length + 2;
  }
  const text = parts.map(([, t]) => t).join('\n\n');
  return { id: 'a1', title, site: 'Example', published: null, byline: null, wordCount: 50, readingMinutes: 1, source: 'a1.txt', error: null, annotationCount: 0, blocks, text, contentHash: 'x' };
}

const ARTICLE = makeArticle('A headline', [
  ['heading', 'A headline'],
  ['byline', 'By Jane Doe'],
  ['paragraph', 'First paragraph, with “quotes” & <angle> brackets.'],
  ['boilerplate', 'Share this article'],
  ['boilerplate', 'Follow us'],
  ['listItem', 'One'],
  ['listItem', 'Two'],
  ['caption', 'A photo caption'],
  ['heading', 'A section'],
  ['paragraph', 'Last words.'],
]);

function render(article: Article): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(createElement(ArticleBody, { article, rootRef: createRef<HTMLDivElement>() }));
  return host.querySelector('[data-article-root]') as HTMLElement;
}

describe('block grouping', () => {
  it('puts consecutive list items in one list and consecutive furniture behind one toggle, keeping order', () => {
    const groups = groupBlocks(ARTICLE.blocks);
    expect(groups.map((g) => g.type)).toEqual(['block', 'block', 'block', 'boilerplate', 'list', 'block', 'block', 'block']);
    const flattened = groups.flatMap((g) => (g.type === 'block' ? [g.block] : g.type === 'list' ? g.items : g.blocks));
    expect(flattened).toEqual(ARTICLE.blocks);
  });

  it.each([
    ['A headline', true],
    ['  a   HEADLINE ', true],
    ['Another headline', false],
  ])('treats an opening heading as the title when the title is %j: %s', (title, echoed) => {
    expect(titleEcho(ARTICLE.blocks, title) !== null).toBe(echoed);
  });
});

describe('the rendering contract', () => {
  it('renders every block once, as one element whose text is exactly the block text', () => {
    const root = render(ARTICLE);
    const els = Array.from(root.querySelectorAll('[data-block-start]'));
    expect(els.map((el) => Number(el.getAttribute('data-block-start')))).toEqual(ARTICLE.blocks.map((b) => b.start));
    els.forEach((el, i) => {
      expect(el.getAttribute('data-block-kind')).toBe(ARTICLE.blocks[i].kind);
      expect(el.textContent).toBe(ARTICLE.blocks[i].text);
      expect(el.childNodes.length).toBe(1);
    });
  });

  it('shows a repeated opening heading once, as the page title', () => {
    const root = render(ARTICLE);
    const titles = root.querySelectorAll('h1');
    expect(titles).toHaveLength(1);
    expect(titles[0].getAttribute('data-block-start')).toBe('0');
    expect(root.textContent?.split('A headline').length).toBe(2);
  });

  it('keeps collapsed furniture in the DOM, hidden', () => {
    const root = render(ARTICLE);
    const furniture = root.querySelector('[data-block-kind="boilerplate"]');
    expect(furniture?.textContent).toBe('Share this article');
    expect(furniture?.closest('[hidden]')).not.toBeNull();
    expect(root.textContent).toContain('Show 2 hidden lines (page furniture)');
  });

  it('renders list items inside one list', () => {
    const root = render(ARTICLE);
    const lists = root.querySelectorAll('ul');
    expect(lists).toHaveLength(1);
    expect(lists[0].querySelectorAll('li[data-block-kind="listItem"]')).toHaveLength(2);
  });
});

describe('long articles', () => {
  const kinds: BlockKind[] = ['heading', 'paragraph', 'paragraph', 'listItem', 'listItem', 'caption', 'boilerplate', 'paragraph'];
  const LONG = makeArticle(
    'Long read',
    Array.from({ length: 200 }, (_, i): [BlockKind, string] => [kinds[i % kinds.length], `Block ${i} ${'word '.repeat(i % 40)}`.trim()]),
  );

  it('keeps every block once, in order, with its exact text, inside lazily laid-out runs', () => {
    const root = render(LONG);
    const els = Array.from(root.querySelectorAll('[data-block-start]'));
    expect(els.map((el) => el.textContent)).toEqual(LONG.blocks.map((b) => b.text));
    expect(els.every((el) => el.closest('.block-run'))).toBe(true);
    expect(root.querySelectorAll('.block-run').length).toBeGreaterThan(10);
  });

  it('starts every run at a paragraph, so no margin changes where runs meet', () => {
    const root = render(LONG);
    const firsts = Array.from(root.querySelectorAll('.block-run')).slice(1).map((run) => run.firstElementChild?.getAttribute('data-block-kind'));
    expect(new Set(firsts)).toEqual(new Set(['paragraph']));
  });

  it('gives each run a height estimate that grows with its text', () => {
    const runs = blockRuns(groupBlocks(LONG.blocks));
    expect(runs.flatMap((r) => r.groups)).toEqual(groupBlocks(LONG.blocks));
    const short = blockRuns(groupBlocks(makeArticle('t', [['paragraph', 'short']]).blocks))[0];
    const long = blockRuns(groupBlocks(makeArticle('t', [['paragraph', 'long '.repeat(100)]]).blocks))[0];
    expect(long.estimateEm).toBeGreaterThan(short.estimateEm);
  });

  it('leaves articles of ordinary length without run wrappers', () => {
    expect(render(ARTICLE).querySelector('.block-run')).toBeNull();
  });
});
