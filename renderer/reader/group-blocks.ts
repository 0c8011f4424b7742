import type { Block } from '../../main/contract';

/** How blocks are laid out: alone, consecutive list items in one list, consecutive boilerplate behind one toggle. */
export type BlockGroup =
  | { type: 'block'; block: Block }
  | { type: 'list'; items: Block[] }
  | { type: 'boilerplate'; blocks: Block[] };

/** Groups blocks in order; every block appears exactly once, in its original order. */
export function groupBlocks(blocks: readonly Block[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.kind === 'listItem') {
      if (last?.type === 'list') last.items.push(block);
      else groups.push({ type: 'list', items: [block] });
    } else if (block.kind === 'boilerplate') {
      if (last?.type === 'boilerplate') last.blocks.push(block);
      else groups.push({ type: 'boilerplate', blocks: [block] });
    } else {
      groups.push({ type: 'block', block });
    }
  }
  return groups;
}

const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The opening heading block when it repeats the article's title, else null. */
export function titleEcho(blocks: readonly Block[], title: string): Block | null {
  const first = blocks[0];
  if (!first || first.kind !== 'heading') return null;
  return normalise(first.text) === normalise(title) ? first : null;
}

/** Articles with more blocks than this are laid out lazily, in runs (see `blockRuns`). */
export const LAZY_AFTER_BLOCKS = 60;
/** Blocks per lazily laid-out run: few enough to lay out quickly, many enough that Chromium tracks few elements per frame. */
export const RUN_BLOCKS = 10;
// Roughly how many characters fit a line of the 58ch column, and the column's line height and block gap (em).
const CHARS_PER_LINE = 66;
const LINE_EM = 1.65;
const GAP_EM = 1.1;

/** A run of groups laid out together, and an estimate of its height in em before it is laid out. */
export interface BlockRun {
  groups: BlockGroup[];
  estimateEm: number;
}

const blocksOf = (g: BlockGroup): Block[] => (g.type === 'block' ? [g.block] : g.type === 'list' ? g.items : g.blocks);

function estimateEm(group: BlockGroup): number {
  // Furniture is collapsed behind its toggle: about one line.
  if (group.type === 'boilerplate') return LINE_EM + GAP_EM;
  return blocksOf(group).reduce((em, b) => em + Math.max(1, Math.ceil(b.text.length / CHARS_PER_LINE)) * LINE_EM + GAP_EM, 0);
}

/**
 * Splits groups into runs of about `size` blocks. A run only ever starts at a paragraph, whose
 * top margin is zero: the run wrapper contains its children's margins, and a paragraph's
 * neighbours then sit exactly as they would without it.
 */
export function blockRuns(groups: readonly BlockGroup[], size = RUN_BLOCKS): BlockRun[] {
  const runs: BlockRun[] = [];
  let current: BlockRun | null = null;
  let count = 0;
  for (const group of groups) {
    const startsFresh = group.type === 'block' && group.block.kind === 'paragraph';
    if (!current || (count >= size && startsFresh)) {
      current = { groups: [], estimateEm: 0 };
      runs.push(current);
      count = 0;
    }
    current.groups.push(group);
    current.estimateEm += estimateEm(group);
    count += blocksOf(group).length;
  }
  return runs;
}
