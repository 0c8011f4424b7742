/**
 * Annotations survive what users do to them: many at once, a restart, a crash before the
 * data file was compacted, and edits to the article under them.
 */
import { describe, it, expect } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeLectern } from '../helpers/lectern-fixture';

const ARTICLE = '003_1acbf4c4b5da9e5b';

describe('annotations in the store', () => {
  it('keeps all of 200 highlights created at the same time', async () => {
    const t = await makeLectern();
    const { text } = await t.lectern.api.getArticle({ id: ARTICLE });
    const creates = Array.from({ length: 200 }, (_, i) => {
      const start = (i * 13) % (text.length - 20);
      return t.lectern.api.createAnnotation({ articleId: ARTICLE, range: { start, end: start + 10 }, colour: 'blue', note: `note ${i}`, tags: [] });
    });
    const created = await Promise.all(creates);
    expect(new Set(created.map((a) => a.id)).size).toBe(200);
    await t.lectern.close();
    const reopened = await t.reopen();
    const listed = await reopened.api.listAnnotations({ articleId: ARTICLE });
    expect(listed).toHaveLength(200);
    expect(new Set(listed.map((a) => a.note))).toEqual(new Set(created.map((a) => a.note)));
  });

  it('keeps a highlight and its note after a crash that skipped the final save', async () => {
    const t = await makeLectern();
    const { text } = await t.lectern.api.getArticle({ id: ARTICLE });
    const start = text.indexOf('Points of attention');
    const made = await t.lectern.api.createAnnotation({ articleId: ARTICLE, range: { start, end: start + 19 }, colour: 'yellow', note: 'keep me', tags: ['x'] });
    // No close(): as if the process had been killed right after the reply.
    const reopened = await t.reopen();
    const [found] = await reopened.api.listAnnotations({ articleId: ARTICLE });
    expect(found).toMatchObject({ id: made.id, note: 'keep me', anchor: { status: 'exact', start } });
  });

  it.each([
    ['a sentence inserted before it', (text: string) => text.replace('As they discuss', 'A new opening sentence. As they discuss'), 'shifted'],
    ['a few characters of it edited', (text: string) => text.replace('redeployed 100,000 soldiers', 'redeployed 100 000 soldiers'), 'fuzzy'],
    ['its passage deleted', (text: string) => text.replace(/Ukrainian President Volodymyr Zelensky also announced[^\n]*\n/, ''), 'detached'],
  ])('places a highlight again after the article file changed: %s', async (_name, edit, status) => {
    const t = await makeLectern();
    const { text } = await t.lectern.api.getArticle({ id: ARTICLE });
    const phrase = 'Russia had redeployed 100,000 soldiers to the front line';
    const start = text.indexOf(phrase);
    const made = await t.lectern.api.createAnnotation({ articleId: ARTICLE, range: { start, end: start + phrase.length }, colour: 'green', note: '', tags: [] });
    await t.lectern.close();
    const file = join(t.seedsDir, `${ARTICLE}.txt`);
    await writeFile(file, edit(await readFile(file, 'utf8')));
    const reopened = await t.reopen();
    const after = await reopened.api.getArticle({ id: ARTICLE });
    const [found] = await reopened.api.listAnnotations({ articleId: ARTICLE });
    expect(found.id).toBe(made.id);
    expect(found.anchor.status).toBe(status);
    if (status === 'detached') {
      expect(found.anchor.start).toBeNull();
      expect(found.target.quote.exact).toBe(phrase);
    } else {
      const placed = after.text.slice(found.anchor.start!, found.anchor.end!);
      expect(placed.replace('100 000', '100,000')).toBe(phrase);
    }
  });
});
