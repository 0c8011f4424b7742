/**
 * Big backups for the backup-import tests: a library whose data file already holds `count`
 * annotations on the seed articles (written straight into `lectern.json`, since making them
 * one API call at a time would take minutes), the app's own `exportBackup` of it, and a
 * watch on the event loop that records the longest stall while an import runs.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLOURS, type AnnotationRecord } from '../../main/contract.js';
import { describeRange } from '../../main/core/annotations/describe.js';
import { emptyDb } from '../../main/core/store/schema.js';
import { seededRandom, randomInt } from '../../bench/data/rng.js';
import { makeLectern, type TestLectern } from './lectern-fixture.js';

const TAGS = ['economy', 'politics', 'to-check', 'quote', 'history', 'data/sources'];

/** `count` records on real passages of `articles`, some with notes and tags, like a long-time reader's. */
export function makeRecords(count: number, articles: { id: string; text: string; contentHash: string }[], seed = 7): AnnotationRecord[] {
  const random = seededRandom(seed);
  const records: AnnotationRecord[] = [];
  for (let i = 0; i < count; i++) {
    const article = articles[i % articles.length];
    const start = randomInt(random, article.text.length - 200);
    const target = describeRange(article.text, start, start + 20 + randomInt(random, 150));
    const created = new Date(Date.UTC(2024, 0, 1) + randomInt(random, 600 * 86_400_000)).toISOString();
    const noteAt = randomInt(random, article.text.length - 400);
    records.push({
      id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
      articleId: article.id,
      created,
      modified: created,
      colour: COLOURS[randomInt(random, COLOURS.length)],
      note: random() < 0.3 ? article.text.slice(noteAt, noteAt + 40 + randomInt(random, 300)) : '',
      tags: random() < 0.3 ? [TAGS[randomInt(random, TAGS.length)]] : [],
      target: { ...target, contentHash: article.contentHash },
    });
  }
  return records;
}

/** The seed articles' ids, texts and hashes, read through the API. */
export async function seedTexts(t: TestLectern) {
  const summaries = await t.lectern.api.listArticles({});
  return Promise.all(summaries.filter((s) => s.error === null).map((s) => t.lectern.api.getArticle({ id: s.id })));
}

/** A library holding `count` annotations, opened again after they were written to its data file. */
export async function libraryWith(count: number): Promise<TestLectern & { records: AnnotationRecord[] }> {
  const t = await makeLectern();
  const records = makeRecords(count, await seedTexts(t));
  await t.lectern.close();
  await writeFile(join(t.dataDir, 'lectern.json'), JSON.stringify({ ...emptyDb(), annotations: records }));
  t.lectern = await t.reopen();
  return { ...t, records };
}

/** Watches the event loop from now on: a 5 ms timer notes its longest gap; `stop()` gives that stall, in ms. */
export function watchEventLoop(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}

/** Calls `fn` and gives its result with the wall time it took, in ms. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}
