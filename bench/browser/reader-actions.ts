/**
 * The measured actions of the reader bench page. State: the article currently rendered,
 * how it was highlighted (Lectern's painter or the DOM-wrapping baseline) and the painter
 * and hit index holding its annotations.
 */
import { anchorAll } from '../../main/core/annotations/anchor-all';
import type { Colour } from '../../main/contract';
import { createPainter } from '../../renderer/annotations/painter';
import { createHitIndex } from '../../renderer/annotations/hit-index';
import { createTextMap, type TextMap } from '../../renderer/reader/text-map';
import { renderArticle } from './render-article';
import { blockList, wrapOffsets } from './dom-wrap';
import { timeToFrame, frames } from './frame';
import { createInteractions, type Interactions } from './reader-interactions';
import { createViewportWindow, type ViewportWindow } from './viewport-window';
import type { ReaderData } from './reader-data';

/**
 * How an article is opened: Lectern's way (every range registered with the painter), the
 * proposed windowed way (only ranges near the viewport registered), the DOM-wrapping
 * baseline, or with no highlights at all.
 */
export type OpenKind = 'lectern' | 'windowed' | 'dom-wrap' | 'plain';

/** Where the time of one open went (ms); `frame` is style, layout and paint of the first frame. */
export interface OpenTiming {
  total: number;
  render: number;
  anchor: number;
  ranges: number;
  paint: number;
  frame: number;
  painted: number;
}

export interface Elements {
  article: HTMLElement;
  scroller: HTMLElement;
  sidebar: HTMLElement;
}

/** The page API driven from Node. */
export function createReaderActions(data: ReaderData, els: Elements) {
  const painter = createPainter();
  const index = createHitIndex();
  let map: TextMap | null = null;
  let root: HTMLElement | null = null;
  let kind: OpenKind | null = null;
  let win: ViewportWindow | null = null;

  function reset(): void {
    win?.dispose();
    win = null;
    painter.clear();
    index.clear();
    els.article.replaceChildren();
    map = null;
    root = null;
    kind = null;
  }

  /** Opens the article with its first `count` annotations and times it to the first frame. */
  async function open(how: OpenKind, count: number): Promise<OpenTiming> {
    reset();
    await frames(2);
    const t: Omit<OpenTiming, 'total' | 'frame'> = { render: 0, anchor: 0, ranges: 0, paint: 0, painted: 0 };
    const total = await timeToFrame(() => {
      let t0 = performance.now();
      root = renderArticle(els.article, data.title, data.blocks);
      t.render = performance.now() - t0;
      if (how === 'plain' || count === 0) return;
      const saved = data.annotations.slice(0, count);
      t0 = performance.now();
      const anchors = anchorAll(data.text, saved.map((a) => a.target));
      t.anchor = performance.now() - t0;
      const placed: Array<{ id: string; colour: Colour; start: number; end: number }> = [];
      anchors.forEach((anchor, i) => {
        if (anchor.start !== null && anchor.end !== null) placed.push({ id: saved[i].id, colour: saved[i].colour, start: anchor.start, end: anchor.end });
      });
      t0 = performance.now();
      if (how === 'windowed') {
        map = createTextMap(root);
        win = createViewportWindow({ painter, map, scroller: els.scroller });
        win.load(placed);
        index.load(placed);
        t.paint = performance.now() - t0;
        t.painted = win.registered;
      } else if (how === 'lectern') {
        // The same steps as renderer/annotations/use-painting.ts: ranges, paintAll, index.load.
        map = createTextMap(root);
        const items = placed.flatMap((p) => {
          const range = map!.rangeFromOffsets(p.start, p.end);
          return range ? [{ id: p.id, colour: p.colour, range }] : [];
        });
        t.ranges = performance.now() - t0;
        t0 = performance.now();
        painter.paintAll(items);
        index.load(placed);
        t.paint = performance.now() - t0;
        t.painted = items.length;
      } else {
        const blocks = blockList(root);
        for (const p of placed) wrapOffsets(blocks, p.start, p.end, p.id, p.colour);
        t.paint = performance.now() - t0;
        t.painted = placed.length;
      }
    });
    kind = how;
    const frame = total - t.render - t.anchor - t.ranges - t.paint;
    return { total, frame, ...t };
  }

  /** Scrolls the reading pane to a fraction of its height and lets it settle. */
  async function scrollTo(fraction: number): Promise<void> {
    els.scroller.scrollTop = fraction * (els.scroller.scrollHeight - els.scroller.clientHeight);
    await frames(3);
  }

  const interactions: Interactions = createInteractions({
    els,
    painter,
    index,
    text: data.text,
    state: () => ({ root, map, kind, win }),
  });

  /** Lays out only the blocks near the viewport (CSS content-visibility: auto), or all of them. */
  function setContentVisibility(on: boolean): void {
    if (on) document.documentElement.dataset.benchCv = '';
    else delete document.documentElement.dataset.benchCv;
  }

  return { open, reset, scrollTo, setContentVisibility, registered: () => painter.size, ...interactions, painted: () => painter.size, hasHighlightsFromPoint: () => 'highlightsFromPoint' in CSS.highlights };
}
