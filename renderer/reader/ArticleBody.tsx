/**
 * The article's blocks, rendered under the contract the annotations layer relies on:
 * the root has `data-article-root`; each block is one element with `data-block-start` and
 * `data-block-kind` whose only child is one text node equal to `block.text`. Decorations
 * (bullets, the byline's look) come from CSS so offsets never shift.
 * Long articles wrap runs of blocks in `.block-run` elements laid out only near the viewport
 * (`content-visibility: auto`), so opening one does not lay out every paragraph.
 */
import { memo, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import type { Article, Block } from '../../main/contract';
import { ArticleHeader } from './ArticleHeader';
import { useRunScale } from './use-run-scale';
import { blockRuns, groupBlocks, LAZY_AFTER_BLOCKS, titleEcho, type BlockGroup } from './group-blocks';

const TAGS = { heading: 'h2', paragraph: 'p', listItem: 'li', caption: 'p', byline: 'p', boilerplate: 'p' } as const;

/** One block as one element whose only child is its text. */
export function BlockElement({ block }: { block: Block }) {
  const Tag = TAGS[block.kind];
  return (
    <Tag className={`block block-${block.kind}`} data-block-start={block.start} data-block-kind={block.kind}>
      {block.text}
    </Tag>
  );
}

/** A run of page furniture (share buttons, copyright lines…): in the DOM, hidden until asked for. */
function BoilerplateRun({ blocks }: { blocks: Block[] }) {
  const [open, setOpen] = useState(false);
  const id = `boilerplate-${blocks[0].start}`;
  const n = blocks.length;
  return (
    <div className="boilerplate-run" data-open={open || undefined}>
      <button
        type="button"
        className="boilerplate-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? `Hide ${n === 1 ? 'this line' : `these ${n} lines`} (page furniture)` : `Show ${n} hidden ${n === 1 ? 'line' : 'lines'} (page furniture)`}
      </button>
      <div id={id} className="boilerplate-blocks" hidden={!open}>
        {blocks.map((block) => (
          <BlockElement key={block.start} block={block} />
        ))}
      </div>
    </div>
  );
}

function renderGroup(group: BlockGroup) {
  switch (group.type) {
    case 'block':
      return <BlockElement key={group.block.start} block={group.block} />;
    case 'list':
      return (
        <ul key={`list-${group.items[0].start}`} className="block-list">
          {group.items.map((block) => (
            <BlockElement key={block.start} block={block} />
          ))}
        </ul>
      );
    case 'boilerplate':
      return <BoilerplateRun key={`bp-${group.blocks[0].start}`} blocks={group.blocks} />;
  }
}

/**
 * The body's children: the groups as they are, or for a long article in lazily laid-out runs.
 * Each run carries its estimated height (em, so it follows A−/A+) until it has been laid out once.
 */
function renderBody(blocks: readonly Block[]): ReactNode {
  const groups = groupBlocks(blocks);
  if (blocks.length <= LAZY_AFTER_BLOCKS) return groups.map(renderGroup);
  return blockRuns(groups).map((run) => (
    <div
      key={`run-${blocksStart(run.groups[0])}`}
      className="block-run"
      style={{ '--run-height': `${Math.round(run.estimateEm)}em` } as CSSProperties}
    >
      {run.groups.map(renderGroup)}
    </div>
  ));
}

function blocksStart(group: BlockGroup): number {
  return group.type === 'block' ? group.block.start : group.type === 'list' ? group.items[0].start : group.blocks[0].start;
}

interface Props {
  article: Article;
  rootRef: RefObject<HTMLDivElement | null>;
}

/**
 * The title, meta line and blocks. When the text opens with a heading that repeats the
 * title, that block *is* the title (so it shows once and can still be highlighted).
 * Memoised: the annotations layer decorates these nodes, so they re-render only with a new article.
 */
export const ArticleBody = memo(function ArticleBody({ article, rootRef }: Props) {
  const echo = titleEcho(article.blocks, article.title);
  const blocks = echo ? article.blocks.slice(1) : article.blocks;
  const bodyRef = useRef<HTMLDivElement>(null);
  useRunScale(bodyRef, blocks.length > LAZY_AFTER_BLOCKS);
  return (
    <div className="article-content" data-article-root="" ref={rootRef}>
      <ArticleHeader article={article} titleBlock={echo} />
      <div className="article-body" ref={bodyRef}>
        {renderBody(blocks)}
      </div>
    </div>
  );
});
