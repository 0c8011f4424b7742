import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorTarget, describeRange } from '../../../main/core/annotations/anchor.js';

const seedDir = join(import.meta.dirname, '../../../seeds');
const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seedDir, name), 'utf8'));
const [ukraine, brigade, assurances, offensive, allies] = seeds;

/** Describes the `nth` occurrence of `passage` in `text`. */
function annotate(text: string, passage: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = text.indexOf(passage, at + 1);
    if (at === -1) throw new Error(`passage not found: ${passage}`);
  }
  return describeRange(text, at, at + passage.length);
}

/** Replaces the first occurrence of `from` in `text` by `to`. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`not found: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const INSERTED = 'Editor’s note: this article was updated with new reporting from Kyiv.\n\n';

describe('describeRange', () => {
  it('keeps the selected text as the quote and up to 32 characters of context each side', () => {
    const start = 300;
    const target = describeRange(ukraine, start, start + 40);
    expect(target.quote.exact).toBe(ukraine.slice(start, start + 40));
    expect(target.quote.prefix).toBe(ukraine.slice(start - 32, start));
    expect(target.quote.suffix).toBe(ukraine.slice(start + 40, start + 72));
    expect(target.position).toEqual({ start, end: start + 40 });
  });

  const text = brigade;
  it.each([
    ['at the start of the text, the prefix is empty', 0, 8, '', text.slice(8, 40)],
    ['near the start, the prefix is what there is', 5, 12, text.slice(0, 5), text.slice(12, 44)],
    ['at the end of the text, the suffix is empty', text.length - 8, text.length, text.slice(-40, -8), ''],
  ])('%s', (_name, start, end, prefix, suffix) => {
    const target = describeRange(text, start, end);
    expect(target.quote).toEqual({ exact: text.slice(start, end), prefix, suffix });
  });

  it('never cuts an emoji in half at the edge of the context', () => {
    const text = 'A🙂' + 'x'.repeat(31) + 'quote' + 'y'.repeat(31) + '🙂B';
    const start = text.indexOf('quote');
    const target = describeRange(text, start, start + 5);
    expect(target.quote.prefix).toBe('x'.repeat(31));
    expect(target.quote.suffix).toBe('y'.repeat(31));
  });

  it('refuses a range outside the text', () => {
    expect(() => describeRange('short', 2, 9)).toThrow(RangeError);
  });
});

describe('anchorTarget', () => {
  it.each(seeds.map((text, i) => [i, text] as const))('finds every passage of unchanged seed %i exactly where it was', (_i, text) => {
    for (let start = 0; start + 60 <= text.length; start += 97) {
      const target = describeRange(text, start, start + 60);
      expect(anchorTarget(text, target)).toEqual({ status: 'exact', start, end: start + 60, score: 1 });
    }
  });

  it.each([
    ['a note is inserted at the very start', (t: string) => INSERTED + t],
    ['a sentence is inserted just before the passage', (t: string) => replaceOnce(t, 'The coalition', 'Officials declined to comment. The coalition')],
    ['text before the passage is deleted', (t: string) => replaceOnce(t, 'Bloomberg reported the information.', '')],
  ])('when %s, the highlight moves with its passage', (_name, change) => {
    const passage = 'will meet in Paris to finalize European discussions';
    const target = annotate(ukraine, passage);
    const changed = change(ukraine);
    const expected = changed.indexOf(passage);
    const result = anchorTarget(changed, target);
    expect(result.status).toBe('shifted');
    expect([result.start, result.end]).toEqual([expected, expected + passage.length]);
    expect(result.score).toBeGreaterThan(0.95);
  });

  it.each([
    ['a word is corrected', 'Donald Trump', 'President Donald Trump'],
    ['a typo is introduced', 'post-war Ukraine’s security guarantees', 'post-war Ukraine’s securty guarantees'],
    ['a word is replaced', 'post-war Ukraine’s security guarantees', 'postwar Ukraine’s safety guarantees'],
  ])('when %s inside the passage, the highlight is fuzzy and covers the edited passage', (_name, from, to) => {
    const passage = 'finalize European discussions on post-war Ukraine’s security guarantees and speak with Donald Trump';
    const target = annotate(ukraine, passage);
    const changed = replaceOnce(ukraine, from, to);
    const editedPassage = replaceOnce(passage, from, to);
    const expected = changed.indexOf(editedPassage);
    const result = anchorTarget(changed, target);
    expect(result.status).toBe('fuzzy');
    expect(result.score).toBeGreaterThanOrEqual(0.75);
    expect(result.score).toBeLessThan(1);
    expect(Math.abs(result.start! - expected)).toBeLessThanOrEqual(2);
    expect(Math.abs(result.end! - (expected + editedPassage.length))).toBeLessThanOrEqual(2);
  });

  it('when an edited paragraph also moved far away, the highlight follows it there', () => {
    const line = offensive.split('\n').find((l) => l.includes('Diplomatic efforts'))!;
    const target = annotate(offensive, 'efforts to resolve the situation in Ukraine have reached a stalemate');
    const moved = line.replace('stalemate', 'standstill');
    const changed = replaceOnce(offensive, line + '\n', '') + '\n' + 'More reporting follows. '.repeat(400) + '\n' + moved;
    const result = anchorTarget(changed, target);
    expect(result.status).toBe('fuzzy');
    expect(changed.slice(result.start!, result.end!)).toMatch(/^efforts to resolve .* standstill$/);
  });

  it('when an edited passage moved far away without its context, the highlight detaches rather than guess', () => {
    const passage = 'Diplomatic efforts to resolve the situation in Ukraine have reached a stalemate';
    const target = annotate(offensive, passage);
    const changed = replaceOnce(offensive, passage, '') + '\n' + 'More reporting follows. '.repeat(400) + passage.replace('stalemate', 'standstill');
    expect(anchorTarget(changed, target).status).toBe('detached');
  });

  it.each(seeds.map((text, i) => [i, text] as const))('when the passage is deleted from seed %i, the highlight detaches', (_i, text) => {
    const start = Math.floor(text.length / 2);
    const target = describeRange(text, start, start + 50);
    const changed = text.slice(0, start) + text.slice(start + 50);
    expect(anchorTarget(changed, target)).toEqual({ status: 'detached', start: null, end: null, score: null });
  });

  it('a repeated quote keeps to the occurrence whose context matches', () => {
    const heading = 'Ukraine’s Allies Meet As Doubts Grow Over Security Guarantees, US Support';
    const occurrences = allies.split(heading).length - 1;
    expect(occurrences).toBeGreaterThanOrEqual(3);
    for (let nth = 0; nth < occurrences; nth += 1) {
      const target = annotate(allies, heading, nth);
      const changed = INSERTED + allies;
      const result = anchorTarget(changed, target);
      expect(result.status).toBe('shifted');
      expect(result.start).toBe(target.position.start + INSERTED.length);
    }
  });

  it('a repeated quote with identical context keeps to the occurrence nearest its old place', () => {
    const block = 'The ministers met again on Friday and agreed on the common text of the guarantees before noon.';
    const text = 'Morning session. ' + block + ' Afternoon session. ' + block + ' Evening session.';
    const second = annotate(text, 'agreed on the common text', 1);
    for (const changed of ['Breaking: ' + text, text.replace('Morning session. ', '')]) {
      const result = anchorTarget(changed, second);
      expect(result.status).toBe('shifted');
      expect(result.start).toBe(changed.lastIndexOf('agreed on the common text'));
    }
  });

  it('an edited passage stays where it was rather than jumping to an unedited copy elsewhere', () => {
    const sentence = 'The coalition of the willing will meet in Paris on Thursday';
    const text = `Diplomats said on Monday that ${sentence}, after weeks of talks.\n\n${'Other news followed. '.repeat(20)}\n\nIn a later update, editors wrote: ${sentence}; nothing else changed.`;
    const target = annotate(text, sentence);
    const changed = replaceOnce(text, 'will meet in Paris', 'will meet in Rome');
    const result = anchorTarget(changed, target);
    expect(result.status).toBe('fuzzy');
    expect(result.start).toBe(target.position.start);
    expect(changed.slice(result.start!, result.end!)).toBe(replaceOnce(sentence, 'Paris', 'Rome'));
  });

  it('an edited passage gives way to a copy elsewhere that kept the whole context', () => {
    const passage = 'Diplomats said on Monday that the coalition will meet in Paris on Thursday, after weeks of talks.';
    const text = `${passage}\n\n${'Other news followed. '.repeat(20)}\n\n${passage}`;
    const target = annotate(text, 'the coalition will meet in Paris');
    const changed = replaceOnce(text, 'will meet in Paris', 'will meet in Rome');
    const result = anchorTarget(changed, target);
    expect(result.status).toBe('shifted');
    expect(result.start).toBe(changed.lastIndexOf('the coalition will meet in Paris'));
  });

  it.each([
    ['a two-letter quote', 'US', 'U.S.'],
    ['a three-letter quote', 'war', 'wer'],
  ])('%s that was edited never fuzzy-matches', (_name, quote, edited) => {
    const text = 'Officials in the US said the war would go on. Nothing else was said today.';
    const target = annotate(text, quote);
    const changed = replaceOnce(text, ` ${quote} `, ` ${edited} `);
    expect(anchorTarget(changed, target).status).toBe('detached');
  });

  it('a short quote whose sentence was rewritten does not jump to the same word elsewhere', () => {
    const target = annotate(brigade, 'Toulon');
    const sentence = brigade.slice(target.position.start - 60, target.position.end + 40);
    const changed = replaceOnce(brigade, sentence, 'The meeting place was not disclosed.') + '\nA reporter later flew to Toulon.';
    expect(anchorTarget(changed, target).status).toBe('detached');
  });

  it.each([
    ['the first words of the text, after text is added at the start', 0, 24, (t: string) => 'Updated. ' + t, 'shifted', 9],
    ['the first words of the text, after text is added at the end', 0, 24, (t: string) => t + '\nUpdated.', 'exact', 0],
    ['the last words of the text, after text is added at the end', -20, 0, (t: string) => t + '\nUpdated.', 'exact', 0],
    ['the last words of the text, after text is added at the start', -20, 0, (t: string) => 'Updated. ' + t, 'shifted', 9],
  ] as const)('a highlight of %s is anchored', (_name, from, to, change, status, moved) => {
    const start = from < 0 ? assurances.length + from : from;
    const end = to === 0 && from < 0 ? assurances.length : to;
    const target = describeRange(assurances, start, end);
    const result = anchorTarget(change(assurances), target);
    expect(result.status).toBe(status);
    expect([result.start, result.end]).toEqual([start + moved, end + moved]);
  });

  it('curly quotes and apostrophes count as one JS character each, before and after a shift', () => {
    const passage = '“The Europeans will likely want to tease out specific commitments';
    const target = annotate(ukraine, passage);
    expect(ukraine.slice(target.position.start, target.position.end)).toBe(passage);
    const changed = '‘Quoted’ — ' + ukraine;
    const result = anchorTarget(changed, target);
    expect(result).toMatchObject({ status: 'shifted', start: target.position.start + 11 });
    expect(changed.slice(result.start!, result.end!)).toBe(passage);
  });

  it('emoji before a highlight shift it by two JS characters each (surrogate pairs)', () => {
    const text = 'Reactions 👍 poured in after the summit in Washington ended late on Monday.';
    const target = annotate(text, 'the summit in Washington');
    const changed = text.replace('👍', '👍🎉🇺🇦');
    const result = anchorTarget(changed, target);
    expect(result).toMatchObject({ status: 'shifted', start: target.position.start + 6 });
    expect(changed.slice(result.start!, result.end!)).toBe('the summit in Washington');
  });

  it('a fuzzy highlight never starts or ends inside an emoji', () => {
    const text = 'Leaders 🇪🇺 met in Paris to finalize the plan 🤝 on Thursday evening, officials said.';
    const target = annotate(text, '🇪🇺 met in Paris to finalize the plan 🤝');
    const changed = text.replace('finalize', 'finalise');
    const result = anchorTarget(changed, target);
    expect(result.status).toBe('fuzzy');
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(changed.slice(result.start!, result.end!)).not.toMatch(loneSurrogate);
    expect(changed.slice(result.start!, result.end!)).toContain('finalise the plan');
  });

  it('an empty quote is detached, as there is nothing to highlight', () => {
    expect(anchorTarget(ukraine, describeRange(ukraine, 10, 10)).status).toBe('detached');
  });
});
