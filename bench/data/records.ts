/**
 * Stored annotation records at scale, for the store and export benchmarks: quotes taken at
 * seeded places of the generated article text (so selectors have real sizes), spread over
 * articles, some with notes and tags, as a long-time reader's data file would hold them.
 */
import { COLOURS, type AnnotationRecord } from '../../main/contract.js';
import { describeRange } from '../../main/core/annotations/describe.js';
import { benchArticle } from './article.js';
import { randomInt, seededRandom } from './rng.js';

const TAGS = ['economy', 'politics', 'to-check', 'quote', 'history', 'method', 'data/sources', 'follow-up'];
const DAY = 86_400_000;
const EPOCH = Date.UTC(2024, 0, 1);

/** `count` records over `articles` article ids, deterministic for a seed. */
export function makeRecords(count: number, options: { seed: number; articles: number; idPrefix?: string; contentHash?: string }): AnnotationRecord[] {
  const random = seededRandom(options.seed);
  const { text } = benchArticle(200_000, 10);
  const records: AnnotationRecord[] = [];
  for (let i = 0; i < count; i++) {
    const start = randomInt(random, text.length - 200);
    const target = describeRange(text, start, start + 20 + randomInt(random, 130));
    const created = new Date(EPOCH + randomInt(random, 600) * DAY + randomInt(random, DAY)).toISOString();
    const hasNote = random() < 0.3;
    const noteAt = randomInt(random, text.length - 400);
    records.push({
      id: `${options.idPrefix ?? 'rec'}-${String(i).padStart(6, '0')}`,
      articleId: `article-${String(randomInt(random, options.articles)).padStart(4, '0')}`,
      created,
      modified: created,
      colour: COLOURS[randomInt(random, COLOURS.length)],
      note: hasNote ? text.slice(noteAt, noteAt + 40 + randomInt(random, 300)) : '',
      tags: random() < 0.2 ? [TAGS[randomInt(random, TAGS.length)]] : [],
      target: { ...target, contentHash: options.contentHash ?? 'b'.repeat(64) },
    });
  }
  return records;
}
