import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { LecternApp } from './pages/lectern-app';

// Words that appear in the body of one seed article only (not in its title).
const BUNDESTAG_ARTICLE = '002_04a7553af2b0d811';
const KRAMATORSK_ARTICLE = '001_3b98c753de63d439';
const ALLIES = '004_6130a6734b00995e';

test('typing a word from an article’s body finds that article, with the word emphasised', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.search('Bundestag');
  await expect(app.library.results).toHaveCount(1);
  await expect(app.library.results.first()).toHaveAttribute('data-article-id', BUNDESTAG_ARTICLE);
  await expect(app.library.results.first().locator('.result-snippet mark').first()).toHaveText(/^bundestag$/i);
  // The list is replaced by the results while the query is there.
  await expect(app.library.entries).toHaveCount(0);

  await app.library.results.first().click();
  await expect(app.library.resultById(BUNDESTAG_ARTICLE)).toHaveAttribute('aria-current', 'page');
  await expect(app.reader.paragraphs.first()).toBeVisible();
});

test('Escape clears the search and brings the whole list back', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.search('Kramatorsk');
  await expect(app.library.resultById(KRAMATORSK_ARTICLE)).toBeVisible();
  await app.library.searchField.press('Escape');
  await expect(app.library.searchField).toHaveValue('');
  await expect(app.library.results).toHaveCount(0);
  await expect(app.library.entries).toHaveCount(5);
  await expect(app.library.searchField).toBeFocused();
  // A second Escape leaves the field for the reader, where single-key shortcuts work again.
  await app.library.searchField.press('Escape');
  await expect(app.library.searchField).not.toBeFocused();
});

test('a search that matches nothing says so', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.search('zzxqvw');
  await expect(app.library.noResults).toContainText('No articles match “zzxqvw”');
  await expect(app.library.entries).toHaveCount(0);
});

test('/ and Ctrl+F focus the search; ↓ and Enter move into the results and open them', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.press('/');
  await expect(app.library.searchField).toBeFocused();
  await page.keyboard.type('guarantees');
  await expect(app.library.results.nth(2)).toBeVisible();
  const titles = await app.library.resultTitles();
  expect(titles.length).toBeGreaterThanOrEqual(3);

  await app.press('ArrowDown');
  await expect(app.library.results.first()).toBeFocused();
  await expect(app.library.results.first()).toHaveAttribute('aria-current', 'page');
  await app.press('ArrowDown');
  await expect(app.library.results.nth(1)).toBeFocused();
  await expect(app.library.results.nth(1)).toHaveAttribute('aria-current', 'page');
  const second = await app.library.results.nth(1).getAttribute('data-article-id');
  await expect(page.locator(`article.article[data-article-id="${second}"]`)).toBeVisible();
  await app.press('ArrowUp');
  await app.press('ArrowUp');
  await expect(app.library.searchField).toBeFocused();

  // Ctrl+F from the reader comes back to the field with the query selected, ready to retype.
  await app.reader.scroller.focus();
  await app.press('Control+f');
  await expect(app.library.searchField).toBeFocused();
  await page.keyboard.type('backstop');
  await expect(app.library.searchField).toHaveValue('backstop');
  await expect(app.library.results).toHaveCount(1);
  await app.press('Enter');
  await expect(app.library.resultById(ALLIES)).toBeFocused();
  await expect(app.library.resultById(ALLIES)).toHaveAttribute('aria-current', 'page');
});

test('the menu’s Find… shows a hidden library and focuses its search', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.press('[');
  await expect(app.library.root).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('lectern:command', { detail: { type: 'find' } })));
  await expect(app.library.searchField).toBeFocused();
});

test.describe('a long library', () => {
  const COUNT = 600;

  test.beforeEach(async ({ server }) => {
    for (let i = 0; i < COUNT; i++) {
      const n = String(i).padStart(4, '0');
      await writeFile(join(server.seedsDir, `zz-${n}.txt`), `Filler article ${n}\n\nA short body for article number ${n}, about nothing much.\n`);
    }
    await server.restart();
  });

  test('only the rows in view are in the page, and the keys still reach every article', async ({ page, server }) => {
    const app = new LecternApp(page);
    await app.goto(server.url);
    await expect(app.library.root.getByRole('list', { name: `${COUNT + 5} articles` })).toBeVisible();
    expect(await app.library.entries.count()).toBeLessThan(40);

    await app.library.entries.first().focus();
    await app.press('End');
    const last = app.library.current;
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
    await expect(last.locator('xpath=..')).toHaveAttribute('aria-posinset', String(COUNT + 5));
    await app.press('ArrowUp');
    await expect(app.library.current).toBeFocused();
    await expect(app.library.current.locator('xpath=..')).toHaveAttribute('aria-posinset', String(COUNT + 4));
    expect(await app.library.entries.count()).toBeLessThan(40);

    // j/k move from there, and the open article stays in view.
    await app.reader.scroller.focus();
    await app.press('k');
    await expect(app.library.current.locator('xpath=..')).toHaveAttribute('aria-posinset', String(COUNT + 3));
    await expect(app.library.current).toBeInViewport();
    await app.library.entries.first().focus();
    await app.press('Home');
    await expect(app.library.current.locator('xpath=..')).toHaveAttribute('aria-posinset', '1');
    await expect(app.library.current).toBeFocused();
  });
});
