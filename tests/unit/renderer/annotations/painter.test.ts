import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPainter, type HighlightEnv } from '../../../../renderer/annotations/painter';

/** A stand-in for the Highlight API: a Highlight is a Set of ranges with a priority. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function fakeEnv() {
  const registry = new Map<string, FakeHighlight>();
  const env = { registry, create: (ranges: AbstractRange[]) => new FakeHighlight(ranges) } as unknown as HighlightEnv;
  const ranges = (name: string) => [...(registry.get(`lectern-${name}`) ?? [])];
  return { env, registry, ranges };
}

const range = (label: string) => ({ label }) as unknown as Range;

afterEach(() => vi.useRealTimers());

describe('highlight painter', () => {
  it('registers one highlight per colour plus focus and flash, by name', () => {
    const { env, registry } = fakeEnv();
    createPainter(env);
    expect([...registry.keys()].sort()).toEqual(
      ['lectern-blue', 'lectern-flash', 'lectern-focus', 'lectern-green', 'lectern-pink', 'lectern-purple', 'lectern-yellow'],
    );
  });

  it('registers only the shown window once one is set, keeping the other ranges known', () => {
    const { env, ranges } = fakeEnv();
    const painter = createPainter(env);
    const [a, b, c, d] = [range('a'), range('b'), range('c'), range('d')];
    painter.paintAll([
      { id: 'a', colour: 'green', range: a },
      { id: 'b', colour: 'green', range: b },
    ]);
    expect(ranges('green')).toEqual([a, b]);
    painter.setShown(['b', 'c']);
    expect(ranges('green')).toEqual([b]);
    expect(painter.rangeOf('a')).toBe(a);
    painter.paintAll([{ id: 'c', colour: 'pink', range: c }]); // arrives in a later batch, inside the window
    expect(ranges('pink')).toEqual([c]);
    painter.paint('d', 'pink', d); // a new highlight shows at once
    expect(ranges('pink')).toEqual([c, d]);
    expect(painter.shownCount).toBe(3);
    painter.unpaint('b');
    expect(ranges('green')).toEqual([]);
    expect(painter.shownCount).toBe(2);
  });

  it('paints a range in its colour and moves it when the colour changes', () => {
    const { env, ranges } = fakeEnv();
    const painter = createPainter(env);
    const r = range('a');
    painter.paint('a', 'green', r);
    expect(ranges('green')).toEqual([r]);
    painter.paint('a', 'pink', r);
    expect(ranges('green')).toEqual([]);
    expect(ranges('pink')).toEqual([r]);
    expect(painter.size).toBe(1);
  });

  it('removes only the annotation asked for', () => {
    const { env, ranges } = fakeEnv();
    const painter = createPainter(env);
    const b = range('b');
    painter.paintAll([
      { id: 'a', colour: 'yellow', range: range('a') },
      { id: 'b', colour: 'yellow', range: b },
    ]);
    painter.unpaint('a');
    expect(ranges('yellow')).toEqual([b]);
    expect(painter.rangeOf('a')).toBeUndefined();
  });

  it('marks the focused annotation, follows it through a repaint, and clears it', () => {
    const { env, ranges } = fakeEnv();
    const painter = createPainter(env);
    const a = range('a');
    painter.paint('a', 'blue', a);
    painter.focus('a');
    expect(ranges('focus')).toEqual([a]);
    const moved = range('a2');
    painter.paint('a', 'blue', moved);
    expect(ranges('focus')).toEqual([moved]);
    painter.focus(null);
    expect(ranges('focus')).toEqual([]);
  });

  it('flashes an annotation briefly', () => {
    vi.useFakeTimers();
    const { env, ranges } = fakeEnv();
    const painter = createPainter(env);
    const a = range('a');
    painter.paint('a', 'blue', a);
    painter.flash('a', 1000);
    expect(ranges('flash')).toEqual([a]);
    vi.advanceTimersByTime(1001);
    expect(ranges('flash')).toEqual([]);
  });

  it('unregisters its highlights when disposed, leaving a newer painter’s alone', () => {
    const { env, registry } = fakeEnv();
    const old = createPainter(env);
    const current = createPainter(env);
    old.dispose();
    expect(registry.size).toBe(7);
    current.dispose();
    expect(registry.size).toBe(0);
  });

  it('still remembers ranges where the Highlight API is missing', () => {
    const painter = createPainter(null);
    const a = range('a');
    painter.paint('a', 'green', a);
    expect(painter.rangeOf('a')).toBe(a);
  });
});
