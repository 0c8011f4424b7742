/**
 * The baseline highlighter: wraps every highlighted text node in an element, as the
 * Hypothesis client's highlighter does (split the text nodes at the highlight's edges, then
 * put each text node inside it into its own highlight element). Written for the benchmark
 * only, and kept efficient so the comparison is fair: offsets are resolved per block against
 * the DOM as it is now (earlier wraps split its text nodes), and no live Range objects are
 * created (Chromium updates every live Range on each DOM mutation, which would make this
 * quadratic). Lectern paints with the CSS Custom Highlight API instead.
 */

const TAG = 'hypothesis-highlight';

/** Block elements and their starts, for locating offsets in a DOM that wrapping keeps changing. */
export interface BlockList {
  els: HTMLElement[];
  starts: number[];
}

/** Collects the rendered blocks under `root` in order. */
export function blockList(root: Element): BlockList {
  const els = Array.from(root.querySelectorAll<HTMLElement>('[data-block-start]'));
  return { els, starts: els.map((el) => Number(el.dataset.blockStart)) };
}

type Point = { node: Text; offset: number };

function blockAt(blocks: BlockList, offset: number): number {
  let lo = 0;
  let hi = blocks.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text node and offset at a plain-text offset; `edge` picks the side at node boundaries. */
function pointAt(blocks: BlockList, offset: number, edge: 'start' | 'end'): Point | null {
  const b = blockAt(blocks, offset);
  let local = Math.max(0, offset - blocks.starts[b]);
  const walker = blocks.els[b].ownerDocument.createTreeWalker(blocks.els[b], NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (local < n.length || (edge === 'end' && local === n.length)) return { node: n, offset: local };
    local -= n.length;
    last = n;
  }
  return last ? { node: last, offset: last.length } : null;
}

function wrapNode(node: Text, id: string, colour: string): void {
  const wrapper = node.ownerDocument.createElement(TAG);
  wrapper.className = `hl hl-${colour}`;
  wrapper.dataset.id = id;
  node.replaceWith(wrapper);
  wrapper.append(node);
}

/** Wraps the text between two plain-text offsets in highlight elements; returns how many. */
export function wrapOffsets(blocks: BlockList, start: number, end: number, id: string, colour: string): number {
  const a = pointAt(blocks, start, 'start');
  const b = pointAt(blocks, end, 'end');
  if (!a || !b) return 0;
  // Split the end first, so the start node's offsets stay valid.
  if (b.offset < b.node.length) b.node.splitText(b.offset);
  const first = a.offset > 0 ? a.node.splitText(a.offset) : a.node;
  const lastNode = a.node === b.node && a.offset > 0 ? first : b.node;
  const nodes: Text[] = [];
  const doc = first.ownerDocument;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  walker.currentNode = first;
  for (let n: Text | null = first; n; n = walker.nextNode() as Text | null) {
    if (n.length > 0 && n.parentElement?.closest('[data-block-start]')) nodes.push(n);
    if (n === lastNode) break;
  }
  for (const n of nodes) wrapNode(n, id, colour);
  return nodes.length;
}

/** The annotation id under a viewport point, found the DOM way: the innermost wrapper there. */
export function wrappedIdAt(doc: Document, x: number, y: number): string | null {
  for (const el of doc.elementsFromPoint(x, y)) {
    if (el.localName === TAG) return (el as HTMLElement).dataset.id ?? null;
  }
  return null;
}
