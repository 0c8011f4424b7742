import type { Page } from '@playwright/test';
import { expect, test, type ServerFixture } from './fixtures';
import { AnnotationsPage } from './pages/annotations-page';
import { LecternApp } from './pages/lectern-app';
import { openArticle } from './pages/open-article';

// Seed articles and passages in them (exact text of one block, or across blocks).
const EUROPE = '000_23cbbf4dbe42963b';
const EUROPE_PASSAGE = 'German and French officials discussed Russian troops';
const ATTENTION = '003_1acbf4c4b5da9e5b';
const CONSULT = '001_3b98c753de63d439';

/** Calls the API as the page does, with the test server's token. */
async function api<T>(page: Page, server: ServerFixture, method: string, input: unknown = {}): Promise<T> {
  const response = await page.request.post(`${server.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    data: input,
  });
  const result = (await response.json()) as { ok: boolean; value: T };
  expect(result.ok).toBe(true);
  return result.value;
}

type View = { id: string; colour: string; note: string; tags: string[]; anchor: { status: string; start: number; end: number } };


test('a green highlight with a Markdown note and a tag is still painted on exactly its passage after a restart', async ({ page, server }) => {
  let ann = (await openArticle(page, server.url, EUROPE)).ann;
  await ann.select(EUROPE_PASSAGE);
  await expect(ann.toolbar).toBeVisible();
  await ann.colourButton('green').click();
  await expect(ann.toolbar).toBeHidden();
  await expect.poll(() => ann.painted('green')).toEqual([EUROPE_PASSAGE]);

  const card = ann.card(EUROPE_PASSAGE);
  await ann.writeNote(card, 'Troops near **Pokrovsk**, see [the report](https://example.com/report).', ['pokrovsk']);
  await expect(card.locator('.ann-note strong')).toHaveText('Pokrovsk');

  await server.restart();
  await page.reload();
  ann = (await openArticle(page, server.url, EUROPE)).ann;
  await expect.poll(() => ann.painted('green')).toEqual([EUROPE_PASSAGE]);
  const again = ann.card(EUROPE_PASSAGE);
  await expect(again.locator('.ann-note strong')).toHaveText('Pokrovsk');
  const link = again.getByRole('link', { name: 'the report' });
  await expect(link).toHaveAttribute('href', 'https://example.com/report');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(again.locator('.ann-tag')).toHaveText(['#pokrovsk']);

  const [view] = await api<View[]>(page, server, 'listAnnotations', { articleId: EUROPE });
  expect(view).toMatchObject({ colour: 'green', tags: ['pokrovsk'], anchor: { status: 'exact' } });
});

test('changing a highlight’s colour repaints it and is saved', async ({ page, server }) => {
  const ann = (await openArticle(page, server.url, EUROPE)).ann;
  await ann.select(EUROPE_PASSAGE);
  await ann.colourButton('green').click();
  const card = ann.card(EUROPE_PASSAGE);
  await card.click();
  await card.getByRole('button', { name: /^Make it Purple/ }).click();
  await expect.poll(() => ann.painted('purple')).toEqual([EUROPE_PASSAGE]);
  expect(await ann.painted('green')).toEqual([]);
  await expect.poll(async () => (await api<View[]>(page, server, 'listAnnotations', { articleId: EUROPE }))[0]?.colour).toBe('purple');
});

test('deleting a highlight can be undone from the toast and with Ctrl+Z', async ({ page, server }) => {
  const ann = (await openArticle(page, server.url, EUROPE)).ann;
  await ann.select(EUROPE_PASSAGE);
  await ann.colourButton('blue').click();
  const card = ann.card(EUROPE_PASSAGE);
  await expect(card).toBeVisible();

  await card.click();
  await card.getByRole('button', { name: 'Delete this highlight' }).click();
  await expect(ann.cards).toHaveCount(0);
  expect(await ann.painted('blue')).toEqual([]);
  await ann.undoToast.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toBeVisible();
  await expect.poll(() => ann.painted('blue')).toEqual([EUROPE_PASSAGE]);

  await card.click();
  await card.getByRole('button', { name: 'Delete this highlight' }).click();
  await expect(ann.cards).toHaveCount(0);
  await expect.poll(async () => (await api<View[]>(page, server, 'listAnnotations', { articleId: EUROPE })).length).toBe(0);
  await page.keyboard.press('Control+z');
  await expect(card).toBeVisible();
  await expect.poll(() => ann.painted('blue')).toEqual([EUROPE_PASSAGE]);
  await expect.poll(async () => (await api<View[]>(page, server, 'listAnnotations', { articleId: EUROPE })).length).toBe(1);
});

test('a note with an onerror image and a javascript: link renders inert', async ({ page, server }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const ann = (await openArticle(page, server.url, EUROPE)).ann;
  await ann.select(EUROPE_PASSAGE);
  await ann.colourButton('pink').click();
  const card = ann.card(EUROPE_PASSAGE);
  await ann.writeNote(card, '<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) and [ok](https://example.org)');
  const note = card.locator('.ann-note');
  await expect(note).toContainText('<img src=x onerror=alert(1)>');
  await expect(note.locator('img')).toHaveCount(0);
  await expect(page.locator('[onerror]')).toHaveCount(0);
  await expect(note.locator('a[href^="javascript" i]')).toHaveCount(0);
  await expect(note.getByRole('link', { name: 'ok' })).toHaveAttribute('href', 'https://example.org');
  // markdown-it refuses the javascript: URL, so the link stays visible as plain text.
  await note.getByText('javascript:alert(1)').click();
  expect(dialogs).toEqual([]);
});

test('keys highlight: a digit picks the colour, H reuses it, N opens the note editor', async ({ page, server }) => {
  const ann = (await openArticle(page, server.url, ATTENTION)).ann;
  await ann.select('European leaders are worried');
  await page.keyboard.press('3');
  await expect.poll(() => ann.painted('blue')).toEqual(['European leaders are worried']);
  await ann.select('Diplomatic efforts');
  await page.keyboard.press('h');
  await expect.poll(() => ann.painted('blue')).toEqual(['European leaders are worried', 'Diplomatic efforts']);
  await ann.select('summer offensive campaign');
  await page.keyboard.press('n');
  const editor = ann.card('summer offensive campaign').getByRole('textbox', { name: /^Note for/ });
  await expect(editor).toBeFocused();
  await page.keyboard.type('typed h and 1 here stay in the note');
  await ann.card('summer offensive campaign').getByRole('button', { name: 'Save' }).click();
  await expect(ann.card('summer offensive campaign').locator('.ann-note')).toHaveText('typed h and 1 here stay in the note');
  expect(await ann.painted('yellow')).toEqual([]);
  await expect(ann.cards).toHaveCount(3);
});

test('a note typed while the new highlight is still being saved is kept and saved with it', async ({ page, server }) => {
  const ann = (await openArticle(page, server.url, ATTENTION)).ann;
  await page.route('**/api/createAnnotation', async (route) => {
    await new Promise((r) => setTimeout(r, 700)); // a slow disk
    await route.continue();
  });
  await ann.select('summer offensive campaign');
  await page.keyboard.press('n');
  const card = ann.card('summer offensive campaign');
  await expect(card.getByRole('textbox', { name: /^Note for/ })).toBeFocused();
  await page.keyboard.type('written before the save finished');
  await expect.poll(async () => (await api<View[]>(page, server, 'listAnnotations', { articleId: ATTENTION })).length).toBe(1);
  await expect(card.getByRole('textbox', { name: /^Note for/ })).toBeFocused();
  await page.keyboard.type(', and after');
  await page.keyboard.press('Control+Enter');
  await expect(card.locator('.ann-note')).toHaveText('written before the save finished, and after');
  await expect.poll(async () => (await api<View[]>(page, server, 'listAnnotations', { articleId: ATTENTION }))[0].note).toBe('written before the save finished, and after');
});

test('the article note renders Markdown, survives a reload, and its deletion can be undone', async ({ page, server }) => {
  let ann = (await openArticle(page, server.url, EUROPE)).ann;
  await ann.sidebar.getByRole('button', { name: '+ Add a note about this article' }).click();
  await ann.sidebar.getByRole('textbox', { name: 'Note about this article (Markdown)' }).fill('Read for the **Toulon** meeting.');
  await ann.sidebar.getByRole('button', { name: 'Save' }).click();
  await expect(ann.sidebar.locator('.ann-article-note strong')).toHaveText('Toulon');
  await page.reload();
  ann = (await openArticle(page, server.url, EUROPE)).ann;
  await expect(ann.sidebar.locator('.ann-article-note strong')).toHaveText('Toulon');
  await ann.sidebar.locator('.ann-article-note').getByRole('button', { name: 'Edit' }).click();
  await ann.sidebar.getByRole('button', { name: 'Delete note' }).click();
  await expect(ann.sidebar.locator('.ann-article-note strong')).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Article note deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(ann.sidebar.locator('.ann-article-note strong')).toHaveText('Toulon');
  await expect.poll(async () => (await api<{ note: string }>(page, server, 'getArticleNote', { articleId: EUROPE })).note).toBe('Read for the **Toulon** meeting.');
});

test('a selection across list items and an overlapping highlight are both painted and both clickable', async ({ page, server }) => {
  const ann = (await openArticle(page, server.url, ATTENTION)).ann;
  await ann.select('Donetsk region.', 'Diplomatic efforts to resolve');
  await ann.colourButton('yellow').click();
  await expect.poll(() => ann.painted('yellow')).toEqual(['Donetsk region.Diplomatic efforts to resolve']);
  const [view] = await api<View[]>(page, server, 'listAnnotations', { articleId: ATTENTION });
  const article = await api<{ text: string }>(page, server, 'getArticle', { id: ATTENTION });
  expect(article.text.slice(view.anchor.start, view.anchor.end)).toBe('Donetsk region.\n\nDiplomatic efforts to resolve');

  await ann.select('efforts to resolve the situation');
  await ann.colourButton('green').click();
  await expect.poll(() => ann.painted('green')).toEqual(['efforts to resolve the situation']);

  // The inner, shorter highlight wins where they overlap; the outer one is found elsewhere.
  await ann.clickText('to resolve');
  await expect(ann.card('efforts to resolve the situation')).toHaveAttribute('data-focused', 'true');
  await expect.poll(() => ann.painted('focus')).toEqual(['efforts to resolve the situation']);
  await ann.clickText('Donetsk region.');
  await expect(ann.card('Donetsk region.')).toHaveAttribute('data-focused', 'true');
  await ann.clickText('the situation in Ukraine have reached');
  await expect(ann.sidebar.locator('[data-focused]')).toHaveCount(0);
});

test('a failed save is undone on screen with a visible error', async ({ page, server }) => {
  const ann = (await openArticle(page, server.url, EUROPE)).ann;
  await ann.select(EUROPE_PASSAGE);
  await ann.colourButton('green').click();
  await expect(ann.card(EUROPE_PASSAGE)).toBeVisible();
  await expect.poll(async () => (await api<View[]>(page, server, 'listAnnotations', { articleId: EUROPE })).length).toBe(1);
  await page.route('**/api/updateAnnotation', (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'io_error', message: 'the disk is full' } }) }),
  );
  const card = ann.card(EUROPE_PASSAGE);
  await card.click();
  await card.getByRole('button', { name: /^Make it Pink/ }).click();
  await expect(ann.alerts.filter({ hasText: 'the disk is full' })).toBeVisible();
  await expect.poll(() => ann.painted('green')).toEqual([EUROPE_PASSAGE]);
  expect(await ann.painted('pink')).toEqual([]);
});

test('a deep link scrolls to its highlight and focuses it', async ({ page, server }) => {
  const article = await api<{ text: string }>(page, server, 'getArticle', { id: CONSULT });
  const quote = 'Russia has been trying to surround the city for more than a year';
  const start = article.text.indexOf(quote);
  const created = await api<View>(page, server, 'createAnnotation', { articleId: CONSULT, range: { start, end: start + quote.length }, colour: 'purple' });
  const app = new LecternApp(page);
  await app.goto(`${server.url}&article=${CONSULT}&annotation=${created.id}`);
  const ann = new AnnotationsPage(page);
  await expect.poll(() => ann.painted('focus')).toEqual([quote]);
  await expect(ann.card(quote)).toHaveAttribute('data-focused', 'true');
});

test('Ctrl+Shift+E downloads the article’s Markdown export', async ({ page, server }) => {
  const ann = (await openArticle(page, server.url, EUROPE)).ann;
  await ann.select(EUROPE_PASSAGE);
  await ann.colourButton('green').click();
  await expect.poll(async () => (await api<View[]>(page, server, 'listAnnotations', { articleId: EUROPE })).length).toBe(1);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+E');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.md$/);
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(path, 'utf8')).toContain(EUROPE_PASSAGE);
});

test('a colour’s meaning edited in the legend names the toolbar button after a reload', async ({ page, server }) => {
  let ann = (await openArticle(page, server.url, EUROPE)).ann;
  await ann.sidebar.getByText('Colour legend').click();
  const field = ann.sidebar.getByRole('textbox', { name: 'Meaning of green highlights' });
  await field.fill('troop movements');
  await field.blur();
  await expect
    .poll(async () => (await api<{ settings: { colourLegend: Array<{ colour: string; meaning: string }> } }>(page, server, 'getState')).settings.colourLegend.find((e) => e.colour === 'green')?.meaning)
    .toBe('troop movements');
  await page.reload();
  ann = (await openArticle(page, server.url, EUROPE)).ann;
  await ann.select(EUROPE_PASSAGE);
  await expect(ann.colourButton('green')).toHaveAttribute('aria-label', 'Highlight Green: troop movements (2)');
});

test('Copy puts the selected text on the clipboard and Ctrl+Shift+C a citation of the focused highlight', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const ann = (await openArticle(page, server.url, EUROPE)).ann;
  await ann.select(EUROPE_PASSAGE);
  await ann.toolbar.getByRole('button', { name: 'Copy the selected text' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(EUROPE_PASSAGE);

  await ann.colourButton('yellow').click();
  const card = ann.card(EUROPE_PASSAGE);
  await card.click();
  await page.keyboard.press('Control+Shift+C');
  const [view] = await api<View[]>(page, server, 'listAnnotations', { articleId: EUROPE });
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`> ${EUROPE_PASSAGE}`);
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain('Europe pushes security guarantees for Ukraine');
  expect(citation).toContain(`lectern://article/${EUROPE}#annotation=${view.id}`);
});

test('the sidebar filters highlights by colour and by tag', async ({ page, server }) => {
  const ann = (await openArticle(page, server.url, ATTENTION)).ann;
  await ann.select('European leaders are worried');
  await ann.colourButton('green').click();
  await ann.select('Diplomatic efforts');
  await ann.colourButton('blue').click();
  await ann.writeNote(ann.card('Diplomatic efforts'), 'stalled', ['talks']);
  await ann.select('summer offensive campaign');
  await ann.colourButton('blue').click();
  await expect(ann.cards).toHaveCount(3);

  await ann.sidebar.getByRole('button', { name: /^Show Blue/ }).click();
  await expect(ann.cards).toHaveCount(2);
  await ann.sidebar.getByRole('combobox', { name: 'Show highlights with tag' }).selectOption('talks');
  await expect(ann.cards).toHaveCount(1);
  await expect(ann.cards.first()).toContainText('Diplomatic efforts');
  await ann.sidebar.getByRole('button', { name: 'Clear' }).click();
  await expect(ann.cards).toHaveCount(3);
  // Filters only narrow the list: every highlight stays painted.
  expect(await ann.painted('green')).toEqual(['European leaders are worried']);
});
