import { expect, test } from './fixtures';
import { callApi, highlight } from './pages/api';
import { ExportDialogPage } from './pages/export-dialog';
import { LecternApp } from './pages/lectern-app';

const ALLIES = '004_6130a6734b00995e';
const ALLIES_TITLE = 'Ukraine’s Allies Meet As Doubts Grow Over Security Guarantees, US Support';
const KEPT = 'Around 30 Western leaders held talks on Thursday';
const DELETED = 'any European military role would require US security guarantees';

test('a deleted highlight waits in the trash with its days left, and Restore brings it back to the open article', async ({ page, server }) => {
  await highlight(page.request, server, ALLIES, KEPT);
  const gone = await highlight(page.request, server, ALLIES, DELETED, 'Worth keeping after all.', 'blue');
  await callApi(page.request, server, 'deleteAnnotation', { id: gone.id });

  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.entryById(ALLIES).click();
  const cards = page.locator('article.ann-card');
  await expect(cards).toHaveCount(1);

  const dialog = new ExportDialogPage(page);
  await dialog.open('Trash');
  await expect(dialog.trashItems).toHaveCount(1);
  const item = dialog.trashItems.first();
  await expect(item.locator('.trash-quote')).toHaveText(DELETED);
  await expect(item).toContainText('Worth keeping after all.');
  await expect(item).toContainText(ALLIES_TITLE);
  await expect(item).toContainText('30 days left');
  await expect(item.locator('time')).toHaveText('just now');

  await item.getByRole('button', { name: /^Restore/ }).click();
  await expect(dialog.trashEmpty).toBeVisible();
  await expect(dialog.root.getByRole('status').first()).toContainText(`Restored the highlight in “${ALLIES_TITLE}”`);
  expect(await callApi<unknown[]>(page.request, server, 'listTrash')).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();
  await expect(cards).toHaveCount(2);
  await expect(page.locator('article.ann-card .ann-quote', { hasText: DELETED })).toBeVisible();
  await expect(app.library.entryById(ALLIES).locator('.entry-badge')).toContainText('2');
});

test('an empty trash says where deleted highlights go', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  const dialog = new ExportDialogPage(page);
  await dialog.open('Trash');
  await expect(dialog.trashEmpty).toContainText('The trash is empty');
  await expect(dialog.root).toContainText('30 days');
});

test('the shortcuts sheet lists the search keys', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.press('?');
  await expect(app.shortcutsSheet).toContainText('Search the library');
  await expect(app.shortcutsSheet).toContainText('Clear the search');
});
