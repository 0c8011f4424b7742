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
