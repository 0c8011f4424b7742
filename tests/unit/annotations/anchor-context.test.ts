import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorTarget, describeRange } from '../../../main/core/annotations/anchor.js';

const seedDir = join(import.meta.dirname, '../../../seeds');
const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seedDir, name), 'utf8'));
const [ukraine, , , offensive] = seeds;

/** Describes the first occurrence of `passage` in `text`. */
function annotate(text: string, passage: string) {
  const at = text.indexOf(passage);
  if (at === -1) throw new Error(`passage not found: ${passage}`);
  return describeRange(text, at, at + passage.length);
}

function without(text: string, passage: string): string {
  const at = text.indexOf(passage);
  if (at === -1) throw new Error(`not found: ${passage}`);
  return text.slice(0, at) + text.slice(at + passage.length);
}

const FILLER = 'Other reporting followed from the region later that week. '.repeat(160);

describe('a copy of the quote found away from its old place', () => {
  // 40 characters: long enough that the old rule trusted any verbatim copy, whatever its context.
  const passage = 'the coalition of the willing in Paris on';
  const article = `Leaders of Europe will meet ${passage} Thursday to finalise the plan.\n\n${FILLER}\n\nIn an unrelated column, a reader wrote that ${passage} the whole was a good idea, and left it there.`;
  const target = annotate(article, 'Leaders of Europe will meet ' + passage + ' Thursday');

  it('is not trusted when its context disagrees: a deleted 40-character quote detaches rather than move far away', () => {
    const quote = annotate(article, passage);
    expect(quote.quote.exact).toHaveLength(40);
    // The whole sentence goes, so nothing at the old place shows where the quote was.
    const changed = without(article, `Leaders of Europe will meet ${passage} Thursday to finalise the plan.`);
    expect(changed.indexOf(passage) - quote.position.start).toBeGreaterThan(8192);
    expect(anchorTarget(changed, quote)).toEqual({ status: 'detached', start: null, end: null, score: null });
    expect(anchorAll(changed, [quote])[0].status).toBe('detached');
  });

  it('is not trusted, however near, when the quote was cut out from between its prefix and suffix', () => {
    const near = `Leaders of Europe will meet ${passage} Thursday to finalise the plan.\n\nIn an unrelated column, a reader wrote that ${passage} the whole was a good idea.`;
    const quote = annotate(near, passage);
    const changed = without(near, passage);
    expect(changed).toContain(passage);
    expect(anchorTarget(changed, quote).status).toBe('detached');
  });

  it('is followed when the quote truly moved with its context, however far', () => {
    const sentence = `Leaders of Europe will meet ${passage} Thursday to finalise the plan.`;
    const changed = `${without(article, sentence)}\n\nUpdate: ${sentence}`;
    const result = anchorTarget(changed, target);
    expect(result.status).toBe('shifted');
    expect(result.start).toBe(changed.lastIndexOf(target.quote.exact));
  });

  it('is followed when it moved with half its context and the rest was rewritten', () => {
    const quote = annotate(offensive, 'Diplomatic efforts to resolve the situation in Ukraine');
    const sentence = offensive.slice(quote.position.start - 20, quote.position.end);
    const changed = `${without(offensive, sentence)}\n\n${FILLER}\n\nIn short: ${sentence}${quote.quote.suffix}`;
    const result = anchorTarget(changed, quote);
    expect(result.status).toBe('shifted');
    expect(changed.slice(result.start!, result.end!)).toBe(quote.quote.exact);
  });

  it('is not trusted when the quote went with a few words around it, even if the copy kept half its context', () => {
    const quote = annotate(ukraine, 'finalize European discussions on post-war Ukraine’s security guarantees');
    const { prefix, exact, suffix } = quote.quote;
    // The copy far away keeps the whole suffix, so it agrees with more than half the context.
    const copy = `In a different story altogether, ${exact}${suffix}`;
    const cut = ukraine.slice(0, quote.position.start - 10) + ukraine.slice(quote.position.end + 10);
    const changed = `${cut}\n\n${FILLER}\n\n${copy}`;
    expect(changed.indexOf(prefix.slice(-16) + suffix.slice(0, 16))).toBe(-1);
    expect(anchorTarget(changed, quote).status).toBe('detached');
  });

  it('is not trusted when an edited copy sits elsewhere with different context: the deleted quote detaches', () => {
    const quote = annotate(ukraine, 'finalize European discussions on post-war Ukraine’s security guarantees');
    const edited = quote.quote.exact.replace('security', 'securty');
    const changed = `${without(ukraine, quote.quote.exact)}\n\n${FILLER}\n\nOne columnist wrote about how to ${edited} in a piece on Friday.`;
    expect(anchorTarget(changed, quote).status).toBe('detached');
  });
});

/** A random edit of a text: insert a snippet of another seed, delete a run, or swap a few letters. */
const editArb = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'typo', 'duplicate'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 400 }),
  from: fc.double({ min: 0, max: 1, noNaN: true }),
});
type EditSpec = { kind: string; at: number; length: number; from: number };

function applyEdit(text: string, edit: EditSpec): string {
  const at = Math.floor(edit.at * text.length);
  const source = seeds[1];
  const from = Math.floor(edit.from * Math.max(0, source.length - edit.length));
  if (edit.kind === 'insert') return text.slice(0, at) + source.slice(from, from + edit.length) + text.slice(at);
  if (edit.kind === 'delete') return text.slice(0, at) + text.slice(at + edit.length);
  if (edit.kind === 'typo') return text.slice(0, at) + 'zq' + text.slice(at + (edit.length % 3));
  const copyFrom = Math.floor(edit.from * text.length);
  return text.slice(0, at) + text.slice(copyFrom, copyFrom + edit.length) + text.slice(at);
}

const annotationsArb = fc.array(
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 160 }) }),
  { minLength: 1, maxLength: 25 },
);

describe('after random edits (property)', () => {
  const text = seeds[0] + '\n\n' + seeds[2];

  it('an exact or shifted highlight covers exactly its quote, and a fuzzy one lies inside the text', () => {
    fc.assert(
      fc.property(annotationsArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (spots, editList) => {
        const targets = spots.map((s) => {
          const start = Math.floor(s.at * (text.length - 1));
          return describeRange(text, start, Math.min(text.length, start + s.length));
        });
        const changed = editList.reduce(applyEdit, text);
        anchorAll(changed, targets).forEach((result, i) => {
          if (result.status === 'exact' || result.status === 'shifted') {
            expect(changed.slice(result.start!, result.end!)).toBe(targets[i].quote.exact);
          } else if (result.status === 'fuzzy') {
            expect(0 <= result.start! && result.start! < result.end! && result.end! <= changed.length).toBe(true);
            expect(result.score).toBeGreaterThanOrEqual(0.75);
          } else {
            expect(result).toEqual({ status: 'detached', start: null, end: null, score: null });
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('a passage whose quote and context survive once, untouched, is found exactly where the edits moved it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 8, max: 160 }),
        fc.array(editArb, { minLength: 1, maxLength: 6 }),
        (at, length, editList) => {
          const start = Math.floor(at * (text.length - length));
          const target = describeRange(text, start, start + length);
          const { prefix, exact, suffix } = target.quote;
          // Mark the passage so the place it moved to can be read back after the edits.
          const marked = editList.reduce(applyEdit, text.slice(0, start) + '\u0002' + text.slice(start));
          const moved = marked.indexOf('\u0002');
          const changed = marked.replace('\u0002', '');
          const whole = prefix + exact + suffix;
          const survives = moved !== -1 && changed.indexOf(whole) === moved - prefix.length && changed.indexOf(whole, changed.indexOf(whole) + 1) === -1;
          fc.pre(survives && changed.indexOf(exact) === changed.lastIndexOf(exact));
          const result = anchorTarget(changed, target);
          expect([result.start, result.end]).toEqual([moved, moved + length]);
        },
      ),
      { numRuns: 80 },
    );
  });
});
