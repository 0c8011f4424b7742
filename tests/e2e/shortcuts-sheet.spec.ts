/**
 * The `?` sheet is a modal: while it is open, the highlight keys (H, N, 1–5) and Ctrl+Z must not
 * reach the article behind it. Absence is proved against a positive control: after the sheet
 * closes, one key that does reach the article sends its request, and every request the page
 * issued before it (in issue order) is checked for changes to annotations.
 */
import type { Page, Request } from '@playwright/test';
import { expect, test, type ServerFixture } from './fixtures';
import { AnnotationsPage } from './pages/annotations-page';
import { callApi } from './pages/api';
import { LecternApp } from './pages/lectern-app';

const EUROPE = '000_23cbbf4dbe42963b';
const PASSAGE = 'German and French officials discussed Russian troops';
const MUTATIONS = ['createAnnotation', 'updateAnnotation', 'deleteAnnotation', 'restoreAnnotation'];

type View = { id: string; colour: string };

/** The API method a page request calls, or null for anything else. */
function methodOf(request: Request): string | null {
  const match = /\/api\/([A-Za-z]+)$/.exec(new URL(request.url()).pathname);
  return request.method() === 'POST' && match ? match[1] : null;
}

/** Opens the article, records every API method the page calls from then on. */
async function openArticle(page: Page, server: ServerFixture) {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.entryById(EUROPE).click();
  const ann = new AnnotationsPage(page);
  await expect(ann.sidebar.getByText('Loading highlights…')).toHaveCount(0);
  const calls: string[] = [];
  page.on('request', (request) => {
    const method = methodOf(request);
    if (method) calls.push(method);
  });
  return { app, ann, calls };
}

/** Every colour's painted ranges, keyed by colour. */
async function paintedByColour(ann: AnnotationsPage) {
  const colours = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
  return Object.fromEntries(await Promise.all(colours.map(async (c) => [c, await ann.painted(c)] as const)));
}

const SHEET_KEYS = ['1', '2', '3', '4', '5', 'h', 'n', 'Control+z'];

test('with text selected, the highlight keys pressed while the shortcuts sheet is open highlight nothing', async ({ page, server }) => {
  const { app, ann, calls } = await openArticle(page, server);
  await ann.select(PASSAGE);
  await expect(ann.toolbar).toBeVisible();
  await app.press('?');
  await expect(app.shortcutsSheet).toBeVisible();
  for (const key of SHEET_KEYS) await page.keyboard.press(key);
  await expect(app.shortcutsSheet).toBeVisible();
  expect(await paintedByColour(ann)).toEqual({ yellow: [], green: [], blue: [], pink: [], purple: [] });

  await app.press('Escape');
  await expect(app.shortcutsSheet).toBeHidden();
  // The control: outside the sheet, H highlights the still-selected passage.
  const created = page.waitForRequest((r) => methodOf(r) === 'createAnnotation');
  await page.keyboard.press('h');
  await created;
  expect(calls.filter((m) => MUTATIONS.includes(m))).toEqual(['createAnnotation']);
  await expect.poll(async () => (await callApi<View[]>(page.request, server, 'listAnnotations', { articleId: EUROPE })).length).toBe(1);
});

test('with a highlight focused, Ctrl+Z and 1–5 pressed while the shortcuts sheet is open neither undo nor recolour it', async ({ page, server }) => {
  const { app, ann, calls } = await openArticle(page, server);
  await ann.select(PASSAGE);
  await ann.colourButton('yellow').click();
  await expect.poll(() => ann.painted('yellow')).toEqual([PASSAGE]);
  await expect.poll(async () => (await callApi<View[]>(page.request, server, 'listAnnotations', { articleId: EUROPE })).length).toBe(1);
  await expect(ann.card(PASSAGE)).toHaveAttribute('aria-current', 'true');

  const before = calls.length;
  await app.press('?');
  await expect(app.shortcutsSheet).toBeVisible();
  for (const key of SHEET_KEYS) await page.keyboard.press(key);
  await expect(app.shortcutsSheet).toBeVisible();
  expect(await paintedByColour(ann)).toEqual({ yellow: [PASSAGE], green: [], blue: [], pink: [], purple: [] });

  await app.press('Escape');
  await expect(app.shortcutsSheet).toBeHidden();
  // The control: outside the sheet, 2 recolours the focused highlight.
  const updated = page.waitForRequest((r) => methodOf(r) === 'updateAnnotation');
  await page.keyboard.press('2');
  await updated;
  expect(calls.slice(before).filter((m) => MUTATIONS.includes(m))).toEqual(['updateAnnotation']);
  await expect.poll(async () => (await callApi<View[]>(page.request, server, 'listAnnotations', { articleId: EUROPE })).map((v) => v.colour)).toEqual(['green']);
});
