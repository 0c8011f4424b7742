/**
 * Paints annotation ranges with the CSS Custom Highlight API: one `Highlight` per colour
 * (`lectern-yellow`…), plus `lectern-focus` for the selected annotation and `lectern-flash`
 * for a brief "here it is". No element ever wraps article text, so painting never touches the
 * article's DOM or layout.
 *
 * The painter keeps a Range for every annotation but can register only a window of them
 * (setShown: the ones near the viewport). Chromium re-validates every registered range on any
 * change to any highlight, and underlined ranges are dear to re-validate; measured on a 1 MB
 * article with 5,000 highlights, adding one cost ~200–470 ms with all of them registered and
 * underlined, and stays around one frame with only the viewport's registered.
 */
import type { Colour } from '../../main/contract';
import { COLOURS } from '../../main/contract-constants';

export const HIGHLIGHT_PREFIX = 'lectern';

/** The registry name of a highlight: `lectern-green`, `lectern-focus`, `lectern-flash`. */
export function highlightName(colour: Colour | 'focus' | 'flash'): string {
  return `${HIGHLIGHT_PREFIX}-${colour}`;
}

/** The parts of the Highlight API the painter uses; injectable for tests and benchmarks. */
export interface HighlightEnv {
  registry: Pick<HighlightRegistry, 'set' | 'delete' | 'get'>;
  create: (ranges: AbstractRange[]) => Highlight;
}

/** One annotation to paint. */
export interface PaintItem {
  id: string;
  colour: Colour;
  range: Range;
}

/** Paints and un-paints annotation ranges. */
export interface Painter {
  /** Paints (or repaints, when id is known) one annotation, shown at once. */
  paint(id: string, colour: Colour, range: Range): void;
  /** Removes one annotation's paint; no-op for unknown ids. */
  unpaint(id: string): void;
  /**
   * Paints many at once. Until setShown() is first called every painted range is shown; after
   * that, only those in the shown set. On an empty painter each colour's Highlight is built in
   * one go, much cheaper than adding ranges one by one.
   */
  paintAll(items: Iterable<PaintItem>): void;
  /** Registers only these annotations' ranges (the ones near the viewport); others stay known. */
  setShown(ids: Iterable<string>): void;
  /** Marks one annotation as focused (null: none). */
  focus(id: string | null): void;
  /** Briefly flashes a painted annotation. */
  flash(id: string, ms?: number): void;
  rangeOf(id: string): Range | undefined;
  colourOf(id: string): Colour | undefined;
  /** How many annotations have a range. */
  readonly size: number;
  /** How many ranges are registered now. */
  readonly shownCount: number;
  /** Removes all paint, keeping the painter usable (switching articles). */
  clear(): void;
  /** Removes all paint and unregisters the highlights. */
  dispose(): void;
}

interface Entry {
  colour: Colour;
  range: Range;
}

/** The real Highlight API of this window, or null where it is missing (old engines, jsdom). */
export function browserHighlightEnv(): HighlightEnv | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  return { registry: CSS.highlights, create: (ranges) => new Highlight(...ranges) };
}

/** Creates a painter over the given Highlight API (defaults to the browser's). */
export function createPainter(env: HighlightEnv | null = browserHighlightEnv()): Painter {
  const painted = new Map<string, Entry>();
  if (!env) return inertPainter(painted);
  const { registry, create } = env;
  const fills = new Map<Colour, Highlight>();
  const owned = new Map<string, Highlight>();
  /** Ids whose ranges are registered, or 'all' before the first setShown(). */
  let shown: Set<string> | 'all' = 'all';
  let shownCount = 0;

  function register(name: string, h: Highlight, priority: number): Highlight {
    h.priority = priority; // stable stacking where colours overlap
    registry.set(name, h);
    owned.set(name, h);
    return h;
  }
  COLOURS.forEach((colour, i) => fills.set(colour, register(highlightName(colour), create([]), i)));
  const focusHl = register(highlightName('focus'), create([]), COLOURS.length + 1);
  const flashHl = register(highlightName('flash'), create([]), COLOURS.length + 2);
  let focused: string | null = null;
  const flashTimers = new Map<string, ReturnType<typeof setTimeout>>();

  const isShown = (id: string) => shown === 'all' || shown.has(id);

  function unpaint(id: string): void {
    const old = painted.get(id);
    if (!old) return;
    if (fills.get(old.colour)!.delete(old.range)) shownCount--;
    if (focused === id) focusHl.delete(old.range);
    flashHl.delete(old.range);
    painted.delete(id);
  }

  function add(id: string, colour: Colour, range: Range): void {
    unpaint(id);
    painted.set(id, { colour, range });
    if (isShown(id)) {
      fills.get(colour)!.add(range);
      shownCount++;
    }
    if (focused === id) focusHl.add(range);
  }

  /** Rebuilds the five colour highlights from the shown entries: one re-validation, not many. */
  function rebuild(): void {
    const byColour = new Map<Colour, Range[]>(COLOURS.map((c) => [c, []]));
    shownCount = 0;
    for (const [id, e] of painted) {
      if (isShown(id)) {
        byColour.get(e.colour)!.push(e.range);
        shownCount++;
      }
    }
    COLOURS.forEach((colour, i) => fills.set(colour, register(highlightName(colour), create(byColour.get(colour)!), i)));
  }

  function clear(): void {
    for (const h of fills.values()) h.clear();
    focusHl.clear();
    flashHl.clear();
    painted.clear();
    shownCount = 0;
    for (const t of flashTimers.values()) clearTimeout(t);
    flashTimers.clear();
    focused = null;
  }

  return {
    paint(id, colour, range) {
      if (shown !== 'all') shown.add(id); // a new or changed highlight is where the reader looks
      add(id, colour, range);
    },
    unpaint,
    paintAll(items) {
      if (painted.size === 0) {
        for (const { id, colour, range } of items) painted.set(id, { colour, range });
        rebuild();
        return;
      }
      for (const { id, colour, range } of items) add(id, colour, range);
    },
    setShown(ids) {
      shown = new Set(ids);
      rebuild();
    },
    focus(id) {
      focusHl.clear();
      focused = id;
      const entry = id ? painted.get(id) : undefined;
      if (entry) focusHl.add(entry.range);
    },
    flash(id, ms = 1600) {
      const entry = painted.get(id);
      if (!entry) return;
      flashHl.add(entry.range);
      clearTimeout(flashTimers.get(id));
      flashTimers.set(
        id,
        setTimeout(() => {
          flashHl.delete(entry.range);
          flashTimers.delete(id);
        }, ms),
      );
    },
    rangeOf: (id) => painted.get(id)?.range,
    colourOf: (id) => painted.get(id)?.colour,
    get size() {
      return painted.size;
    },
    get shownCount() {
      return shownCount;
    },
    clear,
    dispose() {
      clear();
      for (const [name, h] of owned) if (registry.get(name) === h) registry.delete(name);
      owned.clear();
    },
  };
}

/** Keeps ranges (for scrolling and lookups) where the Highlight API is missing. */
function inertPainter(painted: Map<string, Entry>): Painter {
  return {
    paint: (id, colour, range) => void painted.set(id, { colour, range }),
    unpaint: (id) => void painted.delete(id),
    paintAll(items) {
      for (const { id, colour, range } of items) painted.set(id, { colour, range });
    },
    setShown: () => {},
    focus: () => {},
    flash: () => {},
    rangeOf: (id) => painted.get(id)?.range,
    colourOf: (id) => painted.get(id)?.colour,
    get size() {
      return painted.size;
    },
    shownCount: 0,
    clear: () => painted.clear(),
    dispose: () => painted.clear(),
  };
}
