import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type ServerFixture } from './fixtures';
import { openArticle } from './pages/open-article';

const CONSULT = '001_3b98c753de63d439';
const PASSAGE = 'German and French officials discussed the concentration of Russian troops';
const DOOMED = 'Russia has deployed about 100,000 soldiers to the area';


/** Rewrites the test's private copy of a seed file, then restarts the back end so it re-reads it. */
async function editSeed(server: ServerFixture, id: string, edit: (text: string) => string): Promise<void> {
  const file = join(server.seedsDir, `${id}.txt`);
  const before = await readFile(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  await chmod(file, 0o644); // the repository's seeds are read-only; this is a copy
  await writeFile(file, after);
  await server.restart();
}

test('a highlight follows its passage when a sentence is inserted before it', async ({ page, server }) => {
  let ann = (await openArticle(page, server.url, CONSULT)).ann;
  await ann.select(PASSAGE);
  await ann.colourButton('green').click();
  await expect.poll(() => ann.painted('green')).toEqual([PASSAGE]);
  await expect(ann.card(PASSAGE)).toBeVisible();

  await editSeed(server, CONSULT, (t) => t.replace('Last week, during a Security Council', 'An extra sentence now opens this paragraph. Last week, during a Security Council'));
  await page.reload();
  ann = (await openArticle(page, server.url, CONSULT)).ann;
  await expect.poll(() => ann.painted('green')).toEqual([PASSAGE]);
  await expect(ann.card(PASSAGE).locator('.ann-badge')).toHaveText('moved');
  await expect(ann.detachedItems).toHaveCount(0);
});

test('a highlight whose passage was deleted is listed under Detached and can be re-attached', async ({ page, server }) => {
  let ann = (await openArticle(page, server.url, CONSULT)).ann;
  await ann.select(DOOMED);
  await ann.colourButton('pink').click();
  await expect(ann.card(DOOMED)).toBeVisible();
  await ann.writeNote(ann.card(DOOMED), 'The **troop count** matters.');
  await expect(ann.card(DOOMED).locator('.ann-note')).toContainText('troop count');

  await editSeed(server, CONSULT, (t) => t.replace('According to Zelensky, Russia has deployed about 100,000 soldiers to the area. ', ''));
  await page.reload();
  ann = (await openArticle(page, server.url, CONSULT)).ann;
  await expect(ann.detachedItems).toHaveCount(1);
  await expect(ann.detachedItems.first().locator('.ann-quote')).toHaveText(DOOMED);
  await expect(ann.detachedItems.first()).toContainText('troop count');
  await expect(ann.cards).toHaveCount(0);
  expect(await ann.painted('pink')).toEqual([]);

  const reattach = ann.detachedItems.first().getByRole('button', { name: 'Re-attach to selection' });
  await expect(reattach).toBeDisabled();
  const replacement = 'Russia has been trying to surround the city';
  await ann.select(replacement);
  await expect(reattach).toBeEnabled();
  await reattach.click();
  await expect(ann.detachedItems).toHaveCount(0);
  await expect.poll(() => ann.painted('pink')).toEqual([replacement]);
  await expect(ann.card(replacement).locator('.ann-note')).toContainText('troop count');

  await page.reload();
  ann = (await openArticle(page, server.url, CONSULT)).ann;
  await expect.poll(() => ann.painted('pink')).toEqual([replacement]);
});
