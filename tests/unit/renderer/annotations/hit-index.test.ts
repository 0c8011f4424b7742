import { describe, expect, it } from 'vitest';
import { createHitIndex, type HitInterval } from '../../../../renderer/annotations/hit-index';

function bruteForce(intervals: HitInterval[], offset: number): string[] {
  return intervals
    .filter((i) => i.start <= offset && offset < i.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start)
    .map((i) => i.id);
}

/** A small deterministic generator, so a failing case can be replayed. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('hit index', () => {
  const intervals: HitInterval[] = [
    { id: 'long', start: 0, end: 100 },
    { id: 'mid', start: 10, end: 30 },
    { id: 'short', start: 12, end: 15 },
    { id: 'later', start: 50, end: 60 },
    { id: 'adjacent', start: 60, end: 70 },
  ];

  it.each([
    [0, 'long'],
    [11, 'mid'],
    [12, 'short'],
    [14, 'short'],
    [15, 'mid'],
    [59, 'later'],
    [60, 'adjacent'],
    [99, 'long'],
    [100, null],
    [-1, null],
  ])('finds the most specific highlight under offset %i (%s)', (offset, expected) => {
    const index = createHitIndex();
    index.load(intervals);
    expect(index.top(offset)).toBe(expected);
  });

  it('lists every overlapping highlight, shortest first', () => {
    const index = createHitIndex();
    index.load(intervals);
    expect(index.at(13)).toEqual(['short', 'mid', 'long']);
  });

  it.each([
    [0, 5, ['long']],
    [14, 16, ['long', 'mid', 'short']],
    [55, 65, ['long', 'later', 'adjacent']],
    [60, 61, ['long', 'adjacent']],
    [100, 200, []],
  ])('lists highlights overlapping [%i, %i) in document order', (start, end, expected) => {
    const index = createHitIndex();
    index.load(intervals);
    expect(index.overlapping(start, end)).toEqual(expected);
  });

  it('forgets a removed highlight and finds the one beneath it', () => {
    const index = createHitIndex();
    index.load(intervals);
    expect(index.remove('short')).toBe(true);
    expect(index.top(13)).toBe('mid');
    expect(index.remove('short')).toBe(false);
    expect(index.size).toBe(4);
  });

  it('moves a highlight whose range changed instead of keeping both', () => {
    const index = createHitIndex();
    index.load(intervals);
    index.set('later', 200, 210);
    expect(index.top(55)).toBe('long');
    expect(index.top(205)).toBe('later');
    expect(index.size).toBe(5);
  });

  it('still finds a long early highlight after a later long one is removed', () => {
    const index = createHitIndex();
    index.set('a', 0, 1000);
    index.set('b', 500, 2000);
    index.set('c', 900, 901);
    index.remove('b');
    expect(index.at(950)).toEqual(['a']);
    expect(index.at(1500)).toEqual([]);
  });

  it('agrees with a brute-force scan over random overlapping highlights and edits', () => {
    const rand = lcg(42);
    const index = createHitIndex();
    let live: HitInterval[] = [];
    for (let n = 0; n < 400; n++) {
      const start = Math.floor(rand() * 5000);
      const item = { id: `a${n}`, start, end: start + 1 + Math.floor(rand() * (rand() < 0.1 ? 2000 : 40)) };
      index.set(item.id, item.start, item.end);
      live.push(item);
      if (rand() < 0.3) {
        const victim = live[Math.floor(rand() * live.length)];
        index.remove(victim.id);
        live = live.filter((i) => i !== victim);
      }
    }
    for (let offset = 0; offset < 7000; offset += 7) {
      expect(index.at(offset)).toEqual(bruteForce(live, offset));
      const window = live.filter((i) => i.start < offset + 50 && i.end > offset).map((i) => i.id);
      expect(index.overlapping(offset, offset + 50).sort()).toEqual(window.sort());
    }
  });
});
