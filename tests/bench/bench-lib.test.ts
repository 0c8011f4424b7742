import { describe, it, expect } from 'vitest';
import { percentile, summarize } from '../../bench/lib/stats';
import { interleave } from '../../bench/lib/interleave';
import { judge } from '../../bench/lib/verdict';
import { fmt, renderTable } from '../../bench/lib/table';
import { selectBenchmarks, BENCHMARKS } from '../../bench/suites/index';

describe('benchmark statistics', () => {
  it.each([
    [[5], 50, 5],
    [[1, 2, 3, 4], 50, 2.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 9.55],
    [[1, 2, 3], 0, 1],
    [[1, 2, 3], 100, 3],
  ])('percentile of %j at p%i is %f', (samples, p, expected) => {
    expect(percentile(samples, p)).toBeCloseTo(expected, 10);
  });

  it('summarises samples given in any order', () => {
    expect(summarize([9, 1, 5])).toMatchObject({ n: 3, p50: 5, min: 1, max: 9, mean: 5 });
  });
});

describe('interleaving', () => {
  it('runs every variant once per round, rotating which goes first', async () => {
    const order: string[] = [];
    const samples = await interleave(3, {
      a: async () => (order.push('a'), 1),
      b: async () => (order.push('b'), [2, 3]),
    });
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(samples).toEqual({ a: [1, 1, 1], b: [2, 3, 2, 3, 2, 3] });
  });
});

describe('verdicts and the table', () => {
  it('meets a goal only when every percentile given is within it', () => {
    const base = { id: 'x', what: 'x', unit: 'ms' as const, samples: [1, 2, 3, 4, 100] };
    expect(judge({ ...base, goal: { p50: 5 } }).met).toBe(true);
    expect(judge({ ...base, goal: { p50: 5, p95: 10 } }).met).toBe(false);
    expect(judge(base).met).toBeNull();
  });

  it('says how many times faster than the baseline, from the medians', () => {
    const judged = judge({ id: '1', what: 'open', unit: 'ms', samples: [10, 10], baseline: { label: 'wrap', samples: [40, 40] } });
    expect(judged.ratio).toBe(4);
    expect(renderTable([judged])).toContain('4.00× faster');
  });

  it.each([
    [1234.5, '1235'],
    [12.345, '12.3'],
    [1.2345, '1.23'],
    [0.12345, '0.123'],
    [0.0012345, '0.0012'],
  ])('formats %f as %s', (value, text) => {
    expect(fmt(value)).toBe(text);
  });
});

describe('choosing benchmarks', () => {
  it('picks benchmarks by name or row number, all of them by default', () => {
    expect(selectBenchmarks(['open', '5']).map((b) => b.row)).toEqual([1, 5]);
    expect(selectBenchmarks([])).toHaveLength(BENCHMARKS.length);
    expect(() => selectBenchmarks(['nope'])).toThrow(/unknown benchmark "nope"/);
  });

  it('covers every row of the issue table', () => {
    expect([...new Set(BENCHMARKS.map((b) => b.row))].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
