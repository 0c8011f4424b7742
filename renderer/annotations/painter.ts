/**
 * Paints annotation ranges with the CSS Custom Highlight API: one `Highlight` per colour
 * (`lectern-yellow`…), plus `lectern-focus` for the selected annotation and `lectern-flash`
 * for a brief "here it is". No element ever wraps article text, so painting never touches the
 * article's DOM or layout, and adding or removing one annotation is one Set operation.
 */
import { COLOURS, type Colour } from '../../main/contract';

export const HIGHLIGHT_PREFIX = 'lectern';

/** The registry name of a colour's highlight, e.g. `lectern-green`. */
export function highlightName(colour: Colour | 'focus' | 'flash'): string {
  return `${HIGHLIGHT_PREFIX}-${colour}`;
}

/** The parts of the Highlight API the painter uses; injectable for tests and benchmarks. */
export interface HighlightEnv {
  registry: Pick<HighlightRegistry, 'set' | 'delete' | 'get'>;
  create: () => Highlight;
}

/** Paints and un-paints annotation ranges. */
export interface Painter {
  /** Paints (or repaints, when id is known) one annotation's range in a colour. */
  paint(id: string, colour: Colour, range: Range): void;
  /** Removes one annotation's paint; no-op for unknown ids. */
  unpaint(id: string): void;
  /** Paints many at once (opening an article): same as paint() in a loop, without extra work. */
  paintAll(items: Iterable<{ id: string; colour: Colour; range: Range }>): void;
  /** Marks one annotation as focused (null: none). */
  focus(id: string | null): void;
  /** Briefly flashes a painted annotation. */
  flash(id: string, ms?: number): void;
  rangeOf(id: string): Range | undefined;
  colourOf(id: string): Colour | undefined;
  readonly size: number;
  /** Removes all paint, keeping the painter usable (switching articles). */
  clear(): void;
  /** Removes all paint and unregisters the highlights. */
  dispose(): void;
}

/** The real Highlight API of this window, or null where it is missing (old engines, jsdom). */
export function browserHighlightEnv(): HighlightEnv | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  return { registry: CSS.highlights, create: () => new Highlight() };
}

/** Creates a painter over the given Highlight API (defaults to the browser's). */
export function createPainter(env: HighlightEnv | null = browserHighlightEnv()): Painter {
  const painted = new Map<string, { colour: Colour; range: Range }>();
  if (!env) return inertPainter(painted);
  const { registry, create } = env;
  const byColour = new Map<Colour, Highlight>();
  COLOURS.forEach((colour, i) => {
    const h = create();
    h.priority = i; // stable stacking where colours overlap
    byColour.set(colour, h);
    registry.set(highlightName(colour), h);
  });
  const focusHl = create();
  focusHl.priority = COLOURS.length + 1;
  const flashHl = create();
  flashHl.priority = COLOURS.length + 2;
  registry.set(highlightName('focus'), focusHl);
  registry.set(highlightName('flash'), flashHl);
  let focused: string | null = null;
  const flashTimers = new Map<string, ReturnType<typeof setTimeout>>();

  function unpaint(id: string): void {
    const old = painted.get(id);
    if (!old) return;
    byColour.get(old.colour)!.delete(old.range);
    focusHl.delete(old.range);
    flashHl.delete(old.range);
    painted.delete(id);
  }

  function paint(id: string, colour: Colour, range: Range): void {
    unpaint(id);
    painted.set(id, { colour, range });
    byColour.get(colour)!.add(range);
    if (focused === id) focusHl.add(range);
  }

  function clear(): void {
    for (const h of byColour.values()) h.clear();
    focusHl.clear();
    flashHl.clear();
    painted.clear();
    for (const t of flashTimers.values()) clearTimeout(t);
    flashTimers.clear();
    focused = null;
  }

  return {
    paint,
    unpaint,
    paintAll(items) {
      for (const { id, colour, range } of items) paint(id, colour, range);
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
    clear,
    dispose() {
      clear();
      for (const colour of COLOURS) if (registry.get(highlightName(colour)) === byColour.get(colour)) registry.delete(highlightName(colour));
      if (registry.get(highlightName('focus')) === focusHl) registry.delete(highlightName('focus'));
      if (registry.get(highlightName('flash')) === flashHl) registry.delete(highlightName('flash'));
    },
  };
}

/** Keeps ranges (for scrolling and lookups) where the Highlight API is missing. */
function inertPainter(painted: Map<string, { colour: Colour; range: Range }>): Painter {
  return {
    paint: (id, colour, range) => void painted.set(id, { colour, range }),
    unpaint: (id) => void painted.delete(id),
    paintAll(items) {
      for (const { id, colour, range } of items) painted.set(id, { colour, range });
    },
    focus: () => {},
    flash: () => {},
    rangeOf: (id) => painted.get(id)?.range,
    colourOf: (id) => painted.get(id)?.colour,
    get size() {
      return painted.size;
    },
    clear: () => painted.clear(),
    dispose: () => painted.clear(),
  };
}
