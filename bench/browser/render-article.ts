/**
 * Renders an article the way the reading pane does (renderer/reader/ArticleBody.tsx): a
 * root marked `data-article-root`, and per block one element with `data-block-start` and
 * `data-block-kind` whose only child is a text node equal to the block's text. Plain DOM
 * instead of React, so the figures are about text, highlights and layout, not about React.
 */
import type { Block } from '../../main/contract';

const TAGS = { heading: 'h2', paragraph: 'p', listItem: 'li', caption: 'p', byline: 'p', boilerplate: 'p' } as const;

/** Replaces the content of `article` with the blocks; returns the root. */
export function renderArticle(article: HTMLElement, title: string, blocks: readonly Block[]): HTMLElement {
  const document = article.ownerDocument;
  const root = document.createElement('div');
  root.className = 'article-content';
  root.setAttribute('data-article-root', '');
  const header = document.createElement('header');
  header.className = 'article-header';
  const h1 = document.createElement('h1');
  h1.className = 'article-title';
  h1.textContent = title;
  header.append(h1);
  const body = document.createElement('div');
  body.className = 'article-body';
  const fragment = document.createDocumentFragment();
  const chunkSize = Number(document.documentElement.dataset.benchChunk ?? 0);
  let chunk: HTMLElement | null = null;
  blocks.forEach((block, i) => {
    const el = document.createElement(TAGS[block.kind]);
    el.className = `block block-${block.kind}`;
    el.setAttribute('data-block-start', String(block.start));
    el.setAttribute('data-block-kind', block.kind);
    el.textContent = block.text;
    if (chunkSize > 0) {
      if (i % chunkSize === 0) {
        chunk = document.createElement('div');
        chunk.className = 'bench-chunk';
        fragment.append(chunk);
      }
      chunk!.append(el);
    } else fragment.append(el);
  });
  body.append(fragment);
  root.append(header, body);
  article.replaceChildren(root);
  return root;
}
