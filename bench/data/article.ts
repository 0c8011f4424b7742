/**
 * The generated 1 MB article and its saved annotations, from the anchoring fixture
 * (bench/fixtures/anchoring-fixture.ts: Markov prose from the seeds, annotations at seeded
 * places). Its paragraphs become paragraph blocks under the plain-text rule: blocks joined
 * by "\n\n", each block's start/end its offsets in the text.
 */
import { COLOURS, type Block, type Colour } from '../../main/contract.js';
import { makeAnchoringFixture, type AnchoringFixture } from '../fixtures/anchoring-fixture.js';
import type { AnchorTarget } from '../../main/core/annotations/describe.js';
import { seededRandom, randomInt } from './rng.js';

export const ARTICLE_SEED = 20_251_122;

/** Sizes for a real run and for smoke tests. */
export const SIZES = {
  full: { bytes: 1_000_000, annotations: 5_000 },
  smoke: { bytes: 30_000, annotations: 100 },
} as const;

/** The blocks of a text whose paragraphs are separated by blank lines. */
export function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    if (part.length > 0) blocks.push({ kind: 'paragraph', text: part, start, end: start + part.length });
    start += part.length + 2;
  }
  return blocks;
}

export interface BenchAnnotation {
  id: string;
  colour: Colour;
  target: AnchorTarget;
}

/** The article text and blocks, its annotations and the fixture they came from. */
export interface BenchArticle {
  title: string;
  text: string;
  blocks: Block[];
  annotations: BenchAnnotation[];
  fixture: AnchoringFixture;
}

const cache = new Map<string, BenchArticle>();

/** The (cached) article with `count` annotations in about `bytes` of text. */
export function benchArticle(bytes: number, count: number): BenchArticle {
  const key = `${bytes}/${count}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const fixture = makeAnchoringFixture(ARTICLE_SEED, bytes, count);
  const random = seededRandom(ARTICLE_SEED + 1);
  const annotations = fixture.targets.map((target, i) => ({
    id: `ann-${String(i).padStart(5, '0')}`,
    colour: COLOURS[randomInt(random, COLOURS.length)],
    target,
  }));
  const article = {
    title: 'A long article for benchmarks',
    text: fixture.text,
    blocks: paragraphBlocks(fixture.text),
    annotations,
    fixture,
  };
  cache.set(key, article);
  return article;
}
