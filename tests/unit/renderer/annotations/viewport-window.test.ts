// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createTextMap } from '../../../../renderer/reader/text-map';
import { offsetsNearViewport } from '../../../../renderer/annotations/viewport-window';

const LINE = 100; // each block is 100 px tall, stacked from y = 0 (before scrolling)

/** 20 blocks of 10 characters; block 5 is hidden (collapsed page furniture). */
function setup(scrollTop: number) {
  document.body.innerHTML = '<main id="s"><div data-article-root></div></main>';
  const root = document.querySelector('[data-article-root]')!;
  const scroller = document.getElementById('s')!;
  for (let i = 0; i < 20; i++) {
    const p = document.createElement('p');
    p.textContent = `block ${String(i).padStart(4, '0')}`; // 10 characters
    p.setAttribute('data-block-start', String(i * 12));
    const hidden = i === 5;
    p.getBoundingClientRect = () =>
      (hidden ? new DOMRect(0, 0, 0, 0) : new DOMRect(0, i * LINE - scrollTop, 600, LINE)) as DOMRect;
    root.append(p);
  }
  scroller.getBoundingClientRect = () => new DOMRect(0, 0, 600, 300) as DOMRect;
  return { map: createTextMap(root), scroller };
}

describe('offsets near the viewport', () => {
  it.each([
    // scrollTop, margin (viewports), first block, last block
    [0, 0, 0, 2],
    [450, 0, 4, 7],
    [450, 1, 1, 10],
    [1700, 0, 17, 19],
    [250, 0, 2, 4], // block 5 is hidden and block 6 is below the fold
  ])('with the pane scrolled to %i px and a margin of %i screens, covers blocks %i to %i', (scrollTop, margin, first, last) => {
    const { map, scroller } = setup(scrollTop);
    expect(offsetsNearViewport(map, scroller, margin)).toEqual({ start: first * 12, end: last * 12 + 10 });
  });

  it('finds nothing when the article is scrolled out of sight', () => {
    const { map, scroller } = setup(5000);
    expect(offsetsNearViewport(map, scroller, 0)).toBeNull();
  });
});
