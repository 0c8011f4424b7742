import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../main/core/articles/parse';

const SEEDS = join(__dirname, '../../../seeds');
const seedLines = ['000_23cbbf4dbe42963b', '001_3b98c753de63d439', '002_04a7553af2b0d811', '003_1acbf4c4b5da9e5b', '004_6130a6734b00995e']
  .flatMap((name) => readFileSync(join(SEEDS, `${name}.txt`), 'utf8').split('\n'));
/** Odd lines real scrapes contain: separators, markers, widgets, addresses, other scripts, stray controls. */
const oddLines = ['', '   ', '\t', '---', '* * *', '# Heading', '1. one', '- item', '\u0000', '\u00a0', '\r', 'By Jane Doe',
  'Share this', 'Facebook', 'https://x.y/a?B=c', 'a@b.co', '© x', '”', 'Read also: foo', 'Tags: a, b', '2025-01-01',
  'example.com', '東京は晴れ。', '\uFEFF', '…', 'The post X appeared first on Y.'];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

describe('parsing arbitrary mixtures of article lines', () => {
  it('never throws, never loses a word, keeps offsets exact and always has a title', () => {
    const next = random(42);
    const pick = <T,>(items: T[]) => items[Math.floor(next() * items.length)];
    for (let round = 0; round < 400; round += 1) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 15) }, () => {
        const line = next() < 0.6 ? pick(seedLines) : pick(oddLines);
        const at = Math.floor(next() * line.length);
        return next() < 0.2 ? line.slice(0, at) + pick(oddLines) + line.slice(at) : line;
      });
      const raw = lines.join(next() < 0.5 ? '\n' : '\n\n');
      const article = parseArticle(raw, { fileName: 'mix.txt' });
      const have = wordCounts(article.text);
      const lost = [...wordCounts(raw)].filter(([word, count]) => (have.get(word) ?? 0) < count);
      expect({ raw, lost }).toEqual({ raw, lost: [] });
      for (const block of article.blocks) expect(block.text && article.text.slice(block.start, block.end) === block.text).toBe(true);
      expect(article.title.trim()).not.toBe('');
    }
  });
});

/** Quadratic slips (a regex rescanning a long line, a nested scan over all lines) take tens of seconds here. */
describe('parsing very long texts', () => {
  const glued = seedLines[4];
  it.each([
    ['one glued paragraph', glued.repeat(Math.ceil(200_000 / glued.length))],
    ['one word with no spaces', 'a'.repeat(200_000)],
    ['glued sentences with no spaces', 'aa.Bb'.repeat(40_000)],
    ['a paragraph wrapped over many lines', 'word word word\n'.repeat(13_500)],
    ['thousands of short headline-like lines', 'Short Title Line\n'.repeat(12_000)],
    ['thousands of bullet points', '- x\n'.repeat(50_000)],
    ['thousands of share widgets between paragraphs', 'Share\nA paragraph of text that ends with a full stop.\n'.repeat(3_500)],
  ])('parses %s of 200 kB in under three seconds', (_name, raw) => {
    const started = performance.now();
    const article = parseArticle(raw, { fileName: 'long.txt' });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(article.blocks.length).toBeGreaterThan(0);
  });
});
