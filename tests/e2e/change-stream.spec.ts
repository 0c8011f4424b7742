/**
 * One change stream: the page learns of each change once. A highlight costs at most one
 * re-read of the library (its badge), and a change made in another tab reaches this one.
 */
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { openArticle } from './pages/open-article';

const EUROPE = '000_23cbbf4dbe42963b';
const EUROPE_PASSAGE = 'German and French officials discussed Russian troops';


/** Counts the page's calls of one API method from now on, and how many of them have finished. */
function countCalls(page: Page, method: string) {
  const made: Request[] = [];
  let finished = 0;
  const isCall = (request: Request) => request.url().endsWith(`/api/${method}`);
  page.on('request', (request) => isCall(request) && made.push(request));
  page.on('requestfinished', (request) => void (isCall(request) && (finished += 1)));
  return { made: () => made.length, settled: () => finished === made.length };
}

test('one highlight re-reads the library list at most once', async ({ page, server }) => {
  const { app, ann } = await openArticle(page, server.url, EUROPE);
  const badge = app.library.entryById(EUROPE).locator('.entry-badge');
  await expect(badge).toHaveCount(0);
  const listArticles = countCalls(page, 'listArticles');

  await ann.select(EUROPE_PASSAGE);
  await ann.colourButton('green').click();
  await expect.poll(() => ann.painted('green')).toEqual([EUROPE_PASSAGE]);
  // The badge shows the new count only once a re-read came back; by then every re-read the highlight caused has been sent.
  await expect(badge).toContainText('1');
  await expect.poll(listArticles.settled).toBe(true);
  expect(listArticles.made()).toBe(1);
});

test('a highlight made in another tab appears in this one, painted and counted, without a reload', async ({ page, server, context }) => {
  const here = await openArticle(page, server.url, EUROPE);
  const other = await context.newPage();
  const there = await openArticle(other, server.url, EUROPE);

  await there.ann.select(EUROPE_PASSAGE);
  await there.ann.colourButton('blue').click();
  await expect.poll(() => there.ann.painted('blue')).toEqual([EUROPE_PASSAGE]);

  await expect.poll(() => here.ann.painted('blue')).toEqual([EUROPE_PASSAGE]);
  await expect(here.ann.card(EUROPE_PASSAGE)).toBeVisible();
  await expect(here.app.library.entryById(EUROPE).locator('.entry-badge')).toContainText('1');
});
