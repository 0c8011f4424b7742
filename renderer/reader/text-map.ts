/**
 * Maps offsets in an article's plain text to DOM positions in the reading pane and back.
 *
 * The reading pane renders each block as one element carrying `data-block-start`, whose
 * textContent is exactly the block's text; the plain text joins blocks with "\n\n". So an
 * offset is `block.start + characters before the point inside that block`, and positions
 * between blocks fall on the separators.
 */

/** Offsets in the article's plain text, `start < end`. */
export interface TextOffsets {
  start: number;
  end: number;
}

/** One rendered block: where its text starts and ends in the plain text. */
export interface BlockEntry {
  el: Element;
  start: number;
  end: number;
  /** Text nodes inside the block and where each ends (block-local), built on first use. */
  nodes?: Text[];
  nodeEnds?: number[];
}

/** A snapshot of the blocks under one root, for many conversions in a row. */
export interface TextMap {
  readonly root: Element;
  readonly blocks: readonly BlockEntry[];
  /** A DOM Range over `[start, end)`, clamped to the blocks; null when nothing is left. */
  rangeFromOffsets(start: number, end: number): Range | null;
  /** Offsets of a DOM Range, clamped to the blocks; null when it covers no block text. */
  offsetsFromRange(range: Range): TextOffsets | null;
  /** Offset of a DOM boundary point inside a block, or null when it is outside every block. */
  offsetOfPoint(node: Node, offset: number): number | null;
  /** True when the DOM changed under the snapshot (blocks removed or re-rendered). */
  isStale(): boolean;
}

const BLOCK_SELECTOR = '[data-block-start]';

/** Builds a snapshot of the blocks under `root` (sorted by start). */
export function createTextMap(root: Element): TextMap {
  const blocks = collectBlocks(root);
  const starts = blocks.map((b) => b.start);
  return {
    root,
    blocks,
    rangeFromOffsets: (start, end) => toRange(root, blocks, starts, start, end),
    offsetsFromRange: (range) => toOffsets(root, blocks, range),
    offsetOfPoint: (node, offset) => pointInBlock(root, node, offset)?.offset ?? null,
    isStale: () => isStale(root, blocks),
  };
}

/** A DOM Range over plain-text offsets `[start, end)` under `root`, or null. */
export function rangeFromOffsets(root: Element, start: number, end: number): Range | null {
  return createTextMap(root).rangeFromOffsets(start, end);
}

/** Plain-text offsets of a DOM Range under `root`, or null when it covers no block text. */
export function offsetsFromRange(root: Element, range: Range): TextOffsets | null {
  return createTextMap(root).offsetsFromRange(range);
}

/** The caret offset in the plain text at viewport point (x, y), or null outside the blocks. */
export function offsetFromPoint(root: Element, x: number, y: number): number | null {
  const caret = caretAt(root.ownerDocument, x, y);
  if (!caret) return null;
  return pointInBlock(root, caret.node, caret.offset)?.offset ?? null;
}

/**
 * The offset of the character under viewport point (x, y), or null.
 * A caret lands after a character when the click is on its right half; hit-testing wants the
 * character itself, so when the point is not inside the character after the caret, it is the
 * one before.
 */
export function charOffsetFromPoint(root: Element, x: number, y: number): number | null {
  const caret = caretAt(root.ownerDocument, x, y);
  if (!caret) return null;
  const hit = pointInBlock(root, caret.node, caret.offset);
  if (!hit) return null;
  const { node, offset } = caret;
  if (node.nodeType === Node.TEXT_NODE && offset < (node as Text).length) {
    const probe = root.ownerDocument.createRange();
    probe.setStart(node, offset);
    probe.setEnd(node, offset + 1);
    for (const rect of Array.from(probe.getClientRects())) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return hit.offset;
    }
  }
  return hit.offset > hit.block.start ? hit.offset - 1 : hit.offset;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function collectBlocks(root: Element): BlockEntry[] {
  const blocks: BlockEntry[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    const start = Number(el.getAttribute('data-block-start'));
    if (!Number.isInteger(start) || start < 0) continue;
    blocks.push({ el, start, end: start + (el.textContent ?? '').length });
  }
  // Document order and start order agree for a well-formed pane; sorting guards the search.
  return blocks.sort((a, b) => a.start - b.start);
}

function isStale(root: Element, blocks: readonly BlockEntry[]): boolean {
  if (!root.isConnected) return true;
  if (root.querySelectorAll(BLOCK_SELECTOR).length !== blocks.length) return true;
  return blocks.some((b) => !b.el.isConnected || (b.nodes ?? []).some((n) => !n.isConnected || !b.el.contains(n)));
}

/** Index of the last block whose start is <= offset (or < offset when `strict`), -1 if none. */
function lastBlockAtOrBefore(starts: readonly number[], offset: number, strict: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const fits = strict ? starts[mid] < offset : starts[mid] <= offset;
    if (fits) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function toRange(root: Element, blocks: BlockEntry[], starts: number[], start: number, end: number): Range | null {
  if (!blocks.length || !(end > start)) return null;
  let i = lastBlockAtOrBefore(starts, start, false);
  let s = start;
  if (i < 0) {
    i = 0;
    s = blocks[0].start;
  }
  // A start in the gap after block i (or at its very end) begins in the next block.
  if (s >= blocks[i].end && blocks[i].end > blocks[i].start) {
    i += 1;
    if (i >= blocks.length) return null;
    s = blocks[i].start;
  }
  const j = lastBlockAtOrBefore(starts, end, true);
  if (j < 0) return null;
  const e = Math.min(end, blocks[j].end);
  if (i > j || (i === j && s >= e)) return null;
  const range = root.ownerDocument.createRange();
  const a = locate(blocks[i], s - blocks[i].start, 'start');
  const b = locate(blocks[j], e - blocks[j].start, 'end');
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

function textNodesOf(block: BlockEntry): { nodes: Text[]; ends: number[] } {
  if (!block.nodes || !block.nodeEnds) {
    const only = block.el.firstChild;
    if (only && only === block.el.lastChild && only.nodeType === Node.TEXT_NODE) {
      // The reading pane's usual block: one text node. No tree walk (thousands of blocks on open).
      block.nodes = [only as Text];
      block.nodeEnds = [(only as Text).length];
      return { nodes: block.nodes, ends: block.nodeEnds };
    }
    const walker = block.el.ownerDocument.createTreeWalker(block.el, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    const ends: number[] = [];
    let total = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      total += (n as Text).length;
      ends.push(total);
    }
    block.nodes = nodes;
    block.nodeEnds = ends;
  }
  return { nodes: block.nodes, ends: block.nodeEnds };
}

/**
 * The DOM point at a block-local offset. At a boundary between two text nodes a start point
 * goes to the beginning of the next node and an end point to the end of the previous one, so
 * ranges never begin or end in a node they do not cover.
 */
function locate(block: BlockEntry, local: number, edge: 'start' | 'end'): { node: Node; offset: number } {
  const { nodes, ends } = textNodesOf(block);
  if (!nodes.length) return { node: block.el, offset: 0 };
  let lo = 0;
  let hi = nodes.length - 1;
  let k = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const past = edge === 'start' ? ends[mid] > local : ends[mid] >= local;
    if (past) {
      k = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  const nodeStart = ends[k] - nodes[k].length;
  return { node: nodes[k], offset: Math.max(0, Math.min(nodes[k].length, local - nodeStart)) };
}

interface BlockPoint {
  block: BlockEntry;
  offset: number;
}

function blockElementOf(root: Element, node: Node): Element | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = el?.closest(BLOCK_SELECTOR) ?? null;
  return block && root.contains(block) ? block : null;
}

function pointInBlock(root: Element, node: Node, offset: number): BlockPoint | null {
  const el = blockElementOf(root, node);
  if (!el) return null;
  const start = Number(el.getAttribute('data-block-start'));
  const length = (el.textContent ?? '').length;
  const probe = root.ownerDocument.createRange();
  probe.setStart(el, 0);
  probe.setEnd(node, offset);
  const local = Math.min(probe.toString().length, length);
  return { block: { el, start, end: start + length }, offset: start + local };
}

/** Index of the first block that starts after the DOM point, blocks.length if none. */
function firstBlockAfterPoint(blocks: readonly BlockEntry[], node: Node, offset: number): number {
  const point = node.ownerDocument!.createRange();
  point.setStart(node, offset);
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // comparePoint: 1 when the block's start lies after the collapsed range at the point.
    if (point.comparePoint(blocks[mid].el, 0) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function boundaryOffset(root: Element, blocks: BlockEntry[], node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const inBlock = pointInBlock(root, node, offset);
  if (inBlock) return inBlock.offset;
  let k: number;
  try {
    k = firstBlockAfterPoint(blocks, node, offset);
  } catch {
    return null; // a point in another document or a detached tree
  }
  if (edge === 'start') return k < blocks.length ? blocks[k].start : null;
  return k > 0 ? blocks[k - 1].end : null;
}

function toOffsets(root: Element, blocks: BlockEntry[], range: Range): TextOffsets | null {
  if (!blocks.length) return null;
  let start = boundaryOffset(root, blocks, range.startContainer, range.startOffset, 'start');
  let end = boundaryOffset(root, blocks, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  // A selection ending at the very start of a block (triple-click selects up to the next
  // paragraph) or starting at the very end of one should not take the separator with it.
  const startBlock = blocks.find((b) => b.end === start && b.end > b.start);
  if (startBlock && start < end) start = blocks[blocks.indexOf(startBlock) + 1]?.start ?? start;
  const endBlock = blocks.find((b) => b.start === end);
  const endIdx = endBlock ? blocks.indexOf(endBlock) : -1;
  if (endIdx > 0 && end > start) end = Math.max(start, blocks[endIdx - 1].end);
  return end > start ? { start, end } : null;
}
