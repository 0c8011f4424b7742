/**
 * The measured actions of the reader bench page. State: the article currently rendered,
 * how it was highlighted (Lectern's painter or the DOM-wrapping baseline) and the painter
 * and hit index holding its annotations.
 */
import { anchorAll } from '../../main/core/annotations/anchor-all';
import { createPainter } from '../../renderer/annotations/painter';
import { createHitIndex } from '../../renderer/annotations/hit-index';
import { createTextMap, type TextMap } from '../../renderer/reader/text-map';
import { benchArticleOf, mountArticle } from './render-article';
import { blockList, wrapOffsets } from './dom-wrap';
import { timeToFrame, frames } from './frame';
import { createInteractions, type Interactions } from './reader-interactions';
import { createPaintScheduler, type PaintScheduler, type Placed } from '../../renderer/annotations/paint-scheduler';
import { followViewportOf } from '../../renderer/annotations/follow-viewport';
import { offsetsNearViewport } from '../../renderer/annotations/viewport-window';
import type { ReaderData } from './reader-data';

/** How an article is opened: Lectern's way, the DOM-wrapping baseline, or with no highlights at all. */
export type OpenKind = 'lectern' | 'dom-wrap' | 'plain';

/** Where the time of one open went (ms); `frame` is style, layout and paint of the first frame. */
export interface OpenTiming {
  total: number;
  render: number;
  anchor: number;
  ranges: number;
  paint: number;
  frame: number;
  painted: number;
  /** Ranges the painter held when the clock stopped (more than `painted` if batches ran first). */
  paintedAtFrame: number;
}

export interface Elements {
  article: HTMLElement;
  scroller: HTMLElement;
  sidebar: HTMLElement;
}

/** The page API driven from Node. */
export function createReaderActions(data: ReaderData, els: Elements) {
  // The pane may live in another document (an iframe): use that document's Highlight API.
  const doc = els.article.ownerDocument;
  const win = doc.defaultView as Window & typeof globalThis;
  const painter = createPainter({ registry: win.CSS.highlights, create: (ranges) => new win.Highlight(...ranges) });
  const index = createHitIndex();
  const article = benchArticleOf(data);
  const mount = mountArticle(els.article);
  let map: TextMap | null = null;
  let root: HTMLElement | null = null;
  let kind: OpenKind | null = null;
  let app: PaintScheduler | null = null;
  // Stands in for the app's store.get(): ids looked up in structures that exist before the open.
  const colourOf = new Map(data.annotations.map((a) => [a.id, a.colour]));
  const currentOf = (id: string): Placed | null => {
    const hit = index.get(id);
    const colour = colourOf.get(id);
    return hit && colour ? { id, colour, start: hit.start, end: hit.end } : null;
  };
  let stopFollowing = () => {};
  let settled: Promise<void> = Promise.resolve();

  function reset(): void {
    app?.dispose();
    app = null;
    stopFollowing();
    settled = Promise.resolve(); // a disposed schedule never finishes its batches
    painter.clear();
    index.clear();
    mount.clear();
    map = null;
    root = null;
    kind = null;
  }

  /**
   * The app's painting schedule (renderer/annotations/paint-scheduler.ts, as use-painting.ts
   * drives it) on this page's painter and hit index; returns how many were painted near the viewport.
   */
  function paintTheAppWay(opened: TextMap, placed: readonly Placed[]): number {
    map = opened;
    const scheduler = createPaintScheduler({
      painter,
      index,
      getMap: () => opened,
      nearViewport: (m, margin) => offsetsNearViewport(m, els.scroller, margin),
      current: (id) => currentOf(id),
    });
    app = scheduler;
    stopFollowing = followViewportOf(scheduler, els.scroller, win);
    let near = 0;
    settled = new Promise((done) => {
      near = scheduler.open(placed, { onAllPainted: done });
    });
    return near;
  }

  /** Opens the article with its first `count` annotations and times it to the first frame. */
  async function open(how: OpenKind, count: number): Promise<OpenTiming> {
    reset();
    await frames(2);
    const t: Omit<OpenTiming, 'total' | 'frame'> = { render: 0, anchor: 0, ranges: 0, paint: 0, painted: 0, paintedAtFrame: 0 };
    const total = await timeToFrame(() => {
      let t0 = performance.now();
      root = mount.render(article);
      t.render = performance.now() - t0;
      if (how === 'plain' || count === 0) return;
      const saved = data.annotations.slice(0, count);
      t0 = performance.now();
      const anchors = anchorAll(data.text, saved.map((a) => a.target));
      t.anchor = performance.now() - t0;
      const placed: Placed[] = [];
      anchors.forEach((anchor, i) => {
        if (anchor.start !== null && anchor.end !== null) placed.push({ id: saved[i].id, colour: saved[i].colour, start: anchor.start, end: anchor.end });
      });
      t0 = performance.now();
      if (how === 'lectern') {
        t.painted = paintTheAppWay(createTextMap(root), placed);
        t.paint = performance.now() - t0;
      } else {
        const blocks = blockList(root);
        for (const p of placed) wrapOffsets(blocks, p.start, p.end, p.id, p.colour);
        t.paint = performance.now() - t0;
        t.painted = placed.length;
      }
    }, () => (t.paintedAtFrame = painter.size));
    kind = how;
    const frame = total - t.render - t.anchor - t.ranges - t.paint;
    return { total, frame, ...t };
  }

  /** Scrolls the reading pane to a fraction of its height and lets it settle (batches included). */
  async function scrollTo(fraction: number): Promise<void> {
    await settled;
    els.scroller.scrollTop = fraction * (els.scroller.scrollHeight - els.scroller.clientHeight);
    await frames(3);
  }

  const interactions: Interactions = createInteractions({
    els,
    painter,
    index,
    text: data.text,
    state: () => ({ root, map, kind, app }),
  });

  return {
    open,
    reset,
    scrollTo,
    /** Ranges registered with the browser now (the window near the viewport). */
    registered: () => painter.shownCount,
    ...interactions,
    hasHighlightsFromPoint: () => 'highlightsFromPoint' in win.CSS.highlights,
    /** Whether the app's own CSS lays out blocks lazily (on the block or on the run around it). */
    appUsesContentVisibility: () => {
      const block = doc.querySelector('[data-block-start]');
      if (!block) return null;
      const lazy = (el: Element | null) => !!el && win.getComputedStyle(el).contentVisibility === 'auto';
      return lazy(block) || lazy(block.closest('.block-run'));
    },
  };
}
