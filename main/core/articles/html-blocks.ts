/**
 * Walks an extracted article's DOM into blocks: h1–h6 → heading, p → paragraph,
 * li → listItem, figcaption → caption, table rows and other block containers →
 * paragraph. Text inside a block is collapsed to single spaces; known page furniture
 * ("Read more:", "Share this") becomes boilerplate.
 */
import type { BlockKind } from '../../contract.js';
import { isBoilerplateLine } from './boilerplate.js';
import type { Draft } from './build-article.js';

const KIND_OF_TAG: Record<string, BlockKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', LI: 'listItem', FIGCAPTION: 'caption', CAPTION: 'caption',
  PRE: 'paragraph', DT: 'paragraph', DD: 'paragraph', TR: 'paragraph', ADDRESS: 'paragraph',
};

/** Elements that break text into blocks even when they are not blocks themselves. */
const BLOCK_TAGS = new Set([
  ...Object.keys(KIND_OF_TAG),
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'FIGURE',
  'UL', 'OL', 'DL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'HR',
]);
/** Elements whose text is never shown to a reader. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isBlock(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

/** The visible text of an inline run, cells of a table row kept apart by a space. */
function inlineText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const tag = (node as Element).tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return '';
  if (tag === 'BR' || tag === 'TD' || tag === 'TH') return ` ${[...node.childNodes].map(inlineText).join('')} `;
  return [...node.childNodes].map(inlineText).join('');
}

function clean(text: string): string {
  return text.replace(/[\s\u00A0]+/gu, ' ').trim();
}

/** Adds a block, turning widget lines into boilerplate. */
function push(drafts: Draft[], kind: BlockKind, raw: string): void {
  const text = clean(raw);
  if (!text) return;
  drafts.push({ kind: isBoilerplateLine(text) ? 'boilerplate' : kind, text });
}

/**
 * Emits the blocks of `element`'s children: runs of inline content become one block of
 * `kind`, nested block elements are walked on their own (a list inside a list item
 * gives separate items after the item's own text).
 */
function walkChildren(element: Element, kind: BlockKind, drafts: Draft[]): void {
  let run = '';
  for (const child of element.childNodes) {
    if (isBlock(child)) {
      push(drafts, kind, run);
      run = '';
      walk(child, drafts);
    } else run += inlineText(child);
  }
  push(drafts, kind, run);
}

/** Emits the blocks of one element. */
function walk(element: Element, drafts: Draft[]): void {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'TR') return push(drafts, 'paragraph', inlineText(element));
  walkChildren(element, KIND_OF_TAG[tag] ?? 'paragraph', drafts);
}

/** The blocks of an article's content element, in reading order. */
export function blocksFromHtml(root: Element): Draft[] {
  const drafts: Draft[] = [];
  walk(root, drafts);
  return drafts;
}
