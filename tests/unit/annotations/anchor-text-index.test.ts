import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateWindows, occurrencesInText } from '../../../main/core/annotations/text-index.js';
import { makeAnchoringFixture } from '../../../bench/fixtures/anchoring-fixture.js';

const { text, targets } = makeAnchoringFixture(5, 100_000, 300);

function scan(haystack: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

describe('the 4-gram index of a text', () => {
  it('finds exactly the occurrences a scan finds, for quotes of the text and for strings that are not in it', () => {
    const quotes = fc.oneof(
      fc.record({ at: fc.nat({ max: text.length - 200 }), length: fc.integer({ min: 1, max: 150 }) }).map(({ at, length }) => text.slice(at, at + length)),
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.constantFrom(' the ', 'said', 'Ukraine', '\n\n', 'zzzz'),
    );
    fc.assert(
      fc.property(quotes, (quote) => {
        // Called again and again on one text, so the index is built and then used.
        for (let i = 0; i < 10; i += 1) expect(occurrencesInText(text, quote)).toEqual(scan(text, quote));
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['two letters replaced', (q: string) => q.slice(0, 10) + 'zq' + q.slice(12)],
    ['two letters inserted', (q: string) => q.slice(0, 12) + 'xj' + q.slice(12)],
    ['a short word dropped', (q: string) => q.replace(/ (of|the|in|to|and|a|on|for) /, ' ')],
  ])('offers a window holding a copy of a quote with %s, pasted far away', (_name, edit) => {
    for (const target of targets.filter((t) => t.quote.exact.length >= 30).slice(0, 15)) {
      const copy = edit(target.quote.exact);
      if (copy === target.quote.exact) continue;
      const at = text.length - 1000;
      const changed = text.slice(0, at) + ` ${copy} ` + text.slice(at);
      const windows = candidateWindows(changed, target.quote.exact, Math.floor(target.quote.exact.length / 4), { from: 0, to: changed.length, minShare: 0.4 });
      expect(windows.some(([from, to]) => from <= at + 1 && at + 1 + copy.length <= to)).toBe(true);
      expect(windows.reduce((sum, [from, to]) => sum + to - from, 0)).toBeLessThan(changed.length / 20);
    }
  });
});
