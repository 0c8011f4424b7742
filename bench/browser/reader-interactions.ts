/**
 * Rows 2–4 on an opened article: an unrelated sidebar update per frame, clicks on text
 * resolved to annotations, and adding or removing one highlight.
 */
import { COLOURS } from '../../main/contract';
import type { Painter } from '../../renderer/annotations/painter';
import type { HitIndex } from '../../renderer/annotations/hit-index';
import { charOffsetFromPoint, type TextMap } from '../../renderer/reader/text-map';
import { randomInt, seededRandom } from '../data/rng';
import { wrappedIdAt } from './dom-wrap';
import { frames, timeToFrame } from './frame';
import type { PaintScheduler } from '../../renderer/annotations/paint-scheduler';

interface Deps {
  els: { scroller: HTMLElement; sidebar: HTMLElement };
  painter: Painter;
  index: HitIndex;
  text: string;
  state(): { root: HTMLElement | null; map: TextMap | null; kind: string | null; app: PaintScheduler | null };
}

type Point = { x: number; y: number };

/** Click timings: ours, and the browser's own hit test on the same points. */
export interface ClickTimings {
  ours: number[];
  baseline: number[];
  misses: number;
}

function visibleBlocks(root: HTMLElement, scroller: HTMLElement): HTMLElement[] {
  const view = scroller.getBoundingClientRect();
  return Array.from(root.querySelectorAll<HTMLElement>('[data-block-start]')).filter((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > view.top && r.top < view.bottom;
  });
}

function centre(rect: DOMRect): Point {
  return { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
}

function inView(rect: DOMRect, scroller: HTMLElement): boolean {
  const view = scroller.getBoundingClientRect();
  return rect.width > 2 && rect.top >= view.top && rect.bottom <= view.bottom;
}

/** The browser's own answer: highlightsFromPoint, then the range it reports, then its id. */
function highlightIdAt(win: Window, x: number, y: number, idOfRange: Map<AbstractRange, string>): string | null {
  type Hit = { highlight: Highlight; ranges?: AbstractRange[] };
  const registry = (win as unknown as { CSS: typeof CSS }).CSS.highlights as unknown as { highlightsFromPoint(x: number, y: number): Hit[] };
  const hits = registry.highlightsFromPoint(x, y);
  for (const hit of hits) {
    for (const range of hit.ranges ?? hit.highlight) {
      const id = idOfRange.get(range);
      if (id) return id;
    }
  }
  return null;
}

export function createInteractions(deps: Deps) {
  const { els, painter, index } = deps;

  function live() {
    const state = deps.state();
    if (!state.root) throw new Error('open the article first');
    return { ...state, root: state.root };
  }

  /** Points over highlighted text that is on screen, each inside some highlight. */
  function clickPoints(n: number, seed: number): Point[] {
    const { root, kind } = live();
    const random = seededRandom(seed);
    const rects: DOMRect[] = [];
    const blocks = visibleBlocks(root, els.scroller);
    if (kind === 'dom-wrap') {
      for (const block of blocks) for (const el of Array.from(block.querySelectorAll('hypothesis-highlight'))) rects.push(...Array.from(el.getClientRects()));
    } else {
      const from = Number(blocks[0]?.dataset.blockStart ?? 0);
      const to = Number(blocks[blocks.length - 1]?.dataset.blockStart ?? 0) + (blocks[blocks.length - 1]?.textContent?.length ?? 0);
      for (let offset = from; offset < to; offset += 97) {
        const id = index.top(offset);
        const range = id ? painter.rangeOf(id) : undefined;
        if (range) rects.push(...Array.from(range.getClientRects()));
      }
    }
    const usable = rects.filter((r) => inView(r, els.scroller));
    if (usable.length === 0) throw new Error('no highlight on screen to click');
    return Array.from({ length: n }, () => centre(usable[randomInt(random, usable.length)]));
  }

  /** Times `lookup` at each point; a null answer is a miss. */
  function timeLookups(points: Point[], lookup: (p: Point) => string | null): { samples: number[]; misses: number } {
    const samples: number[] = [];
    let misses = 0;
    for (const p of points) {
      const t0 = performance.now();
      const id = lookup(p);
      samples.push(performance.now() - t0);
      if (id === null) misses += 1;
    }
    return { samples, misses };
  }

  return {
    /** Row 2: per-frame cost of changing the sidebar (select the next card, update a status line). */
    async sidebarFrames(n: number): Promise<number[]> {
      const cards = Array.from({ length: 40 }, (_, i) => {
        const li = els.sidebar.ownerDocument.createElement('li');
        li.textContent = `Annotation ${i + 1}: a note about this passage`;
        return li;
      });
      els.sidebar.replaceChildren(...cards);
      await frames(2);
      const samples: number[] = [];
      for (let i = 0; i < n; i++) {
        samples.push(
          await timeToFrame(() => {
            cards[i % cards.length].setAttribute('aria-selected', 'false');
            cards[(i + 1) % cards.length].setAttribute('aria-selected', 'true');
            cards[0].textContent = `${painter.size} highlights · selected #${(i + 1) % cards.length}`;
          }),
        );
      }
      return samples;
    },

    /** Row 3 on Lectern's painting: text map + hit index vs CSS.highlights.highlightsFromPoint. */
    clicks(n: number, seed: number): ClickTimings {
      const { root } = live();
      const points = clickPoints(n, seed);
      const idOfRange = new Map<AbstractRange, string>();
      for (let offset = 0; offset < deps.text.length; offset += 50) {
        for (const id of index.at(offset)) {
          const range = painter.rangeOf(id);
          if (range) idOfRange.set(range, id);
        }
      }
      const ours = timeLookups(points, ({ x, y }) => {
        const offset = charOffsetFromPoint(root, x, y);
        return offset === null ? null : index.top(offset);
      });
      const win = root.ownerDocument.defaultView!;
      const baseline = timeLookups(points, ({ x, y }) => highlightIdAt(win, x, y, idOfRange));
      return { ours: ours.samples, baseline: baseline.samples, misses: ours.misses };
    },

    /** Row 3 on the DOM-wrapping baseline: elementsFromPoint to the innermost wrapper. */
    wrappedClicks(n: number, seed: number): { samples: number[]; misses: number } {
      const doc = live().root.ownerDocument;
      return timeLookups(clickPoints(n, seed), ({ x, y }) => wrappedIdAt(doc, x, y));
    },

    /** Row 4: add one highlight over on-screen text, then remove it, each timed to its frame. */
    async addRemove(n: number, seed: number): Promise<{ add: number[]; remove: number[] }> {
      const { root, map, app } = live();
      if (!map || !app) throw new Error('addRemove needs the article opened the Lectern way');
      const random = seededRandom(seed);
      const blocks = visibleBlocks(root, els.scroller);
      const add: number[] = [];
      const remove: number[] = [];
      for (let i = 0; i < n; i++) {
        const block = blocks[randomInt(random, blocks.length)];
        const start = Number(block.dataset.blockStart);
        const length = block.textContent?.length ?? 0;
        const from = start + randomInt(random, Math.max(1, length - 40));
        const selection = map.rangeFromOffsets(from, Math.min(start + length, from + 30 + randomInt(random, 50)))!;
        const id = `bench-new-${i}`;
        const colour = COLOURS[i % COLOURS.length];
        add.push(
          await timeToFrame(() => {
            const offsets = map.offsetsFromRange(selection)!;
            app.update(id, { id, colour, ...offsets });
          }),
        );
        await frames(1);
        remove.push(
          await timeToFrame(() => {
            app.remove(id);
          }),
        );
        await frames(1);
      }
      return { add, remove };
    },
  };
}

export type Interactions = ReturnType<typeof createInteractions>;
