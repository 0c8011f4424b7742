import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LecternApp } from './pages/lectern-app';

/** Calls the API as the page does, with the test server's token. */
async function api<T>(page: Page, origin: string, token: string, method: string, input: unknown = {}): Promise<T> {
  const response = await page.request.post(`${origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    data: input,
  });
  const result = (await response.json()) as { ok: boolean; value: T };
  expect(result.ok).toBe(true);
  return result.value;
}

type Summary = { id: string; title: string };
type Block = { kind: string; text: string; start: number };

test('the library lists the five seed articles by their real titles', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await expect(app.library.entries).toHaveCount(5);
  const shown = await app.library.titles();
  // These seeds start with their headline on the first line.
  for (const file of ['000_23cbbf4dbe42963b.txt', '002_04a7553af2b0d811.txt', '004_6130a6734b00995e.txt']) {
    const firstLine = (await readFile(join(server.seedsDir, file), 'utf8')).split('\n')[0].trim();
    expect(shown).toContain(firstLine);
  }
  const listed = await api<Summary[]>(page, server.origin, server.token, 'listArticles');
  expect([...shown].sort()).toEqual(listed.map((a) => a.title).sort());
});

test('opening an article shows its title and every block exactly as the text has it', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  const [first] = await api<Summary[]>(page, server.origin, server.token, 'listArticles');
  await app.library.entryById(first.id).click();
  await expect(app.reader.paragraphs.first()).toBeVisible();
  await expect(app.library.current).toHaveAttribute('data-article-id', first.id);

  const article = await api<{ blocks: Block[] }>(page, server.origin, server.token, 'getArticle', { id: first.id });
  const rendered = await app.reader.blocks.evaluateAll((els) =>
    els.map((el) => ({ start: Number(el.getAttribute('data-block-start')), text: el.textContent, children: el.childNodes.length })),
  );
  expect(rendered.map(({ start, text }) => ({ start, text }))).toEqual(article.blocks.map(({ start, text }) => ({ start, text })));
  expect(rendered.every((b) => b.children <= 1)).toBe(true);
});

test('page furniture stays collapsed behind a toggle but keeps its text in place', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.open('Ukraine’s Allies Meet As Doubts Grow');
  const furniture = app.reader.root.locator('[data-block-kind="boilerplate"]').first();
  await expect(furniture).toBeHidden();
  await expect(furniture).toHaveText(/appeared first on Arise News/);
  const toggle = app.reader.root.getByRole('button', { name: /Show \d+ hidden lines? \(page furniture\)/ }).first();
  await toggle.click();
  await expect(furniture).toBeVisible();
});

test('the theme toggle switches light and dark and is remembered', async ({ page, server }) => {
  const app = new LecternApp(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await app.goto(server.url);
  const light = await app.background();

  await app.themeButton('Dark').click();
  await expect(app.themeButton('Dark')).toHaveAttribute('aria-pressed', 'true');
  expect(await app.theme()).toBe('dark');
  const dark = await app.background();
  expect(dark).not.toBe(light);

  await page.reload();
  await app.library.entries.first().waitFor();
  await expect(app.themeButton('Dark')).toHaveAttribute('aria-pressed', 'true');
  expect(await app.background()).toBe(dark);

  await app.themeButton('Auto').click();
  expect(await app.theme()).toBeNull();
  expect(await app.background()).toBe(light);
});

test('A+ and A− change the reading text size, within limits, and it is remembered', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.open('Europe pushes security guarantees');
  const before = await app.reader.fontSize();
  await app.largerText(2);
  await expect(app.fontSizeValue).toHaveText(String(before + 2));
  expect(await app.reader.fontSize()).toBe(before + 2);

  await page.reload();
  await app.reader.paragraphs.first().waitFor();
  expect(await app.reader.fontSize()).toBe(before + 2);

  // The − key steps down too; far past the minimum it stops at 12.
  for (let i = 0; i < 30; i++) await app.press('-');
  await expect(app.fontSizeValue).toHaveText('12');
  await expect(page.getByRole('button', { name: 'Smaller text' })).toBeDisabled();
});

test('the last article and scroll position come back after the server restarts', async ({ page, server }) => {
  await page.setViewportSize({ width: 1100, height: 520 });
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.open('Ukraine’s Allies Meet As Doubts Grow');
  await app.reader.paragraphs.first().waitFor();
  expect(await app.reader.canScroll()).toBe(true);

  const saved = page.waitForResponse((r) => r.url().endsWith('/api/saveReading') && r.ok());
  await app.reader.scrollTo(0.6);
  await saved;

  await server.restart();
  // A fresh page load (not a same-document hash change) with no article in the address.
  await page.goto('about:blank');
  await page.goto(server.url);
  await app.reader.paragraphs.first().waitFor();
  await expect(app.reader.title).toContainText('Ukraine’s Allies Meet As Doubts Grow');
  await expect.poll(() => app.reader.scrollFraction()).toBeCloseTo(0.6, 1);
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute('aria-valuenow', /^(5[5-9]|6[0-5])$/);
});

test('j and k open the next and previous article; arrow keys walk the focused list', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await expect(app.reader.welcome).toBeVisible();
  const titles = await app.library.titles();

  await app.press('j');
  await expect(app.library.current.locator('.entry-title')).toHaveText(titles[0]);
  await app.press('j');
  await expect(app.library.current.locator('.entry-title')).toHaveText(titles[1]);
  await app.press('k');
  await expect(app.library.current.locator('.entry-title')).toHaveText(titles[0]);
  await expect(app.reader.paragraphs.first()).toBeVisible();

  await app.library.current.focus();
  await app.press('ArrowDown');
  await app.press('ArrowDown');
  await expect(app.library.current.locator('.entry-title')).toHaveText(titles[2]);
  await expect(app.library.current).toBeFocused();
  await app.press('ArrowUp');
  await expect(app.library.current.locator('.entry-title')).toHaveText(titles[1]);
});

test('sorting by title orders the list alphabetically and is remembered', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.sortBy('A–Z');
  const titles = await app.library.titles();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
  await page.reload();
  await app.library.entries.first().waitFor();
  await expect(app.library.sortButton('A–Z')).toHaveAttribute('aria-pressed', 'true');
  expect(await app.library.titles()).toEqual(titles);
});

test('a deep link in the address opens that article', async ({ page, server }) => {
  const listed = await api<Summary[]>(page, server.origin, server.token, 'listArticles');
  const target = listed[3];
  const app = new LecternApp(page);
  await app.goto(`${server.url}&article=${encodeURIComponent(target.id)}`);
  await expect(app.library.current).toHaveAttribute('data-article-id', target.id);
  await expect(app.reader.paragraphs.first()).toBeVisible();
  expect(page.url()).not.toContain('token=');
});

test('an entry the back end could not read shows why, and opens an error instead of a reader', async ({ page, server }) => {
  await page.route('**/api/listArticles', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: true; value: unknown[] };
    body.value.push({
      id: 'zz-broken',
      title: 'broken.txt',
      site: null,
      published: null,
      byline: null,
      wordCount: 0,
      readingMinutes: 0,
      source: 'broken.txt',
      error: 'the file is empty',
      annotationCount: 0,
    });
    await route.fulfill({ response, json: body });
  });
  const app = new LecternApp(page);
  await app.goto(server.url);
  const broken = app.library.entryById('zz-broken');
  await expect(broken).toContainText('the file is empty');
  await broken.click();
  await expect(app.reader.error).toContainText('the file is empty');
  await expect(app.reader.error).toContainText('broken.txt');
  await expect(app.reader.root).toHaveCount(0);
});

test('an empty library explains where articles come from', async ({ page, server }) => {
  await page.route('**/api/listArticles', (route) => route.fulfill({ json: { ok: true, value: [] } }));
  await page.goto(server.url);
  await expect(page.getByTestId('library-empty')).toContainText('seeds');
  await expect(page.getByTestId('reader-welcome')).toContainText('Nothing to read yet');
});

test('a wrong token says how to get in, instead of an empty window', async ({ page, server }) => {
  await page.goto(`${server.origin}/#token=not-the-token`);
  const error = page.getByTestId('connection-error');
  await expect(error).toContainText('access token');
  await expect(error).toContainText('#token=');
});

test('? opens the keyboard shortcuts, including the highlight keys, and Escape closes them', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.press('?');
  await expect(app.shortcutsSheet).toBeVisible();
  for (const action of ['Open the next article', 'Highlight in the last colour used', 'Highlight and write a note', 'Copy a citation for the selection']) {
    await expect(app.shortcutsSheet).toContainText(action);
  }
  await app.press('Escape');
  await expect(app.shortcutsSheet).toBeHidden();
});

test('in the desktop window, the bridge carries the calls and menu commands drive the reader', async ({ page, server }) => {
  // Stand in for Electron's preload: same shape as window.lectern, forwarding to the test server.
  await page.addInitScript(
    ({ origin, token }) => {
      const listeners: ((command: unknown) => void)[] = [];
      (window as unknown as { sendCommand: (c: unknown) => void }).sendCommand = (c) => listeners.forEach((l) => l(c));
      window.lectern = new Proxy({} as NonNullable<typeof window.lectern>, {
        get(_target, name) {
          if (name === 'onCommand') {
            return (callback: (command: unknown) => void) => {
              listeners.push(callback);
              return () => listeners.splice(listeners.indexOf(callback), 1);
            };
          }
          return async (input: unknown) => {
            const response = await fetch(`${origin}/api/${String(name)}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify(input ?? {}),
            });
            return response.json();
          };
        },
      });
    },
    { origin: server.origin, token: server.token },
  );
  const send = (command: Record<string, unknown>) => page.evaluate((c) => (window as unknown as { sendCommand: (c: unknown) => void }).sendCommand(c), command);
  const app = new LecternApp(page);
  // No token in the address: the bridge needs none.
  await app.goto(server.origin);
  const titles = await app.library.titles();

  await send({ type: 'go', direction: 'next' });
  await expect(app.library.current.locator('.entry-title')).toHaveText(titles[0]);
  await send({ type: 'go', direction: 'next' });
  await expect(app.library.current.locator('.entry-title')).toHaveText(titles[1]);

  await send({ type: 'set-theme', theme: 'dark' });
  await expect(app.themeButton('Dark')).toHaveAttribute('aria-pressed', 'true');

  await send({ type: 'font-size', change: 'increase' });
  await expect(app.fontSizeValue).toHaveText('20');

  await send({ type: 'toggle-sidebar', side: 'library' });
  await expect(app.library.root).toBeHidden();
  await app.press('[');
  await expect(app.library.root).toBeVisible();

  await send({ type: 'show-shortcuts' });
  await expect(app.shortcutsSheet).toBeVisible();
});

test('a long article, laid out lazily, reopens at the same passage and keeps every block findable', async ({ page, server }) => {
  const sentence = (i: number) => `Paragraph ${i} of the long read, where the river keeps its slow course past the mills and the bridges of the old town.`;
  const body = Array.from({ length: 400 }, (_, i) => `${sentence(i)} ${sentence(i).repeat(1 + (i % 5))}`).join('\n\n');
  await writeFile(join(server.seedsDir, '900_long_read.txt'), `A very long read\nexample.org\nThu, 04 Sep 2025 12:15:00 +0300\n\n${body}\n`);
  await server.restart();
  await page.setViewportSize({ width: 1100, height: 600 });
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.open('A very long read');
  await app.reader.paragraphs.first().waitFor();
  expect(await app.reader.root.locator('.block-run').count()).toBeGreaterThan(10);
  expect(await app.reader.paragraphs.count()).toBeGreaterThanOrEqual(400);

  const firstVisible = () =>
    app.reader.scroller.evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      const blocks = Array.from(el.querySelectorAll('[data-block-start]'));
      return Number(blocks.find((b) => b.getBoundingClientRect().bottom > top)?.getAttribute('data-block-start'));
    });
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/saveReading') && r.ok());
  await app.reader.scrollTo(0.6);
  await saved;
  const before = await firstVisible();

  await page.goto('about:blank');
  await page.goto(server.url);
  await app.reader.paragraphs.first().waitFor();
  await expect(app.reader.title).toContainText('A very long read');
  await expect.poll(() => app.reader.scrollFraction()).toBeCloseTo(0.6, 1);
  const after = await firstVisible();
  // Within a paragraph or two: the estimates of runs not yet laid out are close to their real height.
  expect(Math.abs(after - before)).toBeLessThan(1200);
  // Text far below, never laid out yet, is in the DOM for find-in-page.
  expect(await page.evaluate(() => (window as unknown as { find(text: string): boolean }).find('Paragraph 399 of the long read'))).toBe(true);
});
