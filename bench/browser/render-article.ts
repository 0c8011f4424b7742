/**
 * Renders an article the way the reading pane does (renderer/reader/ArticleBody.tsx): a
 * root marked `data-article-root`, and per block one element with `data-block-start` and
 * `data-block-kind` whose only child is a text node equal to the block's text; a long article's
 * blocks in `.block-run` wrappers, split where the app splits them (laid out lazily by the
 * app's CSS). Plain DOM instead of React, so the figures are about text, highlights and
 * layout, not about React. The `bench-chunk` runs are the design experiment (reader-page.css).
 */
import type { Block } from '../../main/contract';
import { blockRuns, groupBlocks, LAZY_AFTER_BLOCKS } from '../../renderer/reader/group-blocks';
import { measuredScale } from '../../renderer/reader/use-run-scale';

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
  const blockEl = (block: Block) => {
    const el = document.createElement(TAGS[block.kind]);
    el.className = `block block-${block.kind}`;
    el.setAttribute('data-block-start', String(block.start));
    el.setAttribute('data-block-kind', block.kind);
    el.textContent = block.text;
    return el;
  };
  if (chunkSize > 0) {
    for (let i = 0; i < blocks.length; i += chunkSize) {
      const chunk = document.createElement('div');
      chunk.className = 'bench-chunk';
      chunk.append(...blocks.slice(i, i + chunkSize).map(blockEl));
      fragment.append(chunk);
    }
  } else if (blocks.length > LAZY_AFTER_BLOCKS) {
    // As the app does (renderer/reader/ArticleBody.tsx); the bench article has paragraphs only.
    for (const run of blockRuns(groupBlocks(blocks))) {
      const el = document.createElement('div');
      el.className = 'block-run';
      el.style.setProperty('--run-height', `${Math.round(run.estimateEm)}em`);
      for (const group of run.groups) {
        const inGroup = group.type === 'block' ? [group.block] : group.type === 'list' ? group.items : group.blocks;
        el.append(...inGroup.map(blockEl));
      }
      fragment.append(el);
    }
  } else fragment.append(...blocks.map(blockEl));
  body.append(fragment);
  root.append(header, body);
  article.replaceChildren(root);
  // As use-run-scale.ts does in a layout effect: one run measured, the estimates scaled.
  if (!chunkSize && blocks.length > LAZY_AFTER_BLOCKS) {
    const scale = measuredScale(body);
    if (scale) body.style.setProperty('--run-scale', scale.toFixed(3));
  }
  return root;
}
