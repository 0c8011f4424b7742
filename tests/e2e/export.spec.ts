import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApi, highlight } from './pages/api';
import { ExportDialogPage } from './pages/export-dialog';
import { LecternApp } from './pages/lectern-app';
import { freePort, startServe, stopServe } from './serve-process';

const ALLIES = '004_6130a6734b00995e';
const ALLIES_TITLE = 'Ukraine’s Allies Meet As Doubts Grow Over Security Guarantees, US Support';
const BACKSTOP = 'any European military role would require US security guarantees';
const TALKS = 'Around 30 Western leaders held talks on Thursday';
const NOTE = 'The crux: Europe will not commit without a backstop.';

async function text(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

test('exporting the open article downloads Markdown holding its highlight and note', async ({ page, server }) => {
  await highlight(page.request, server, ALLIES, BACKSTOP, NOTE, 'blue');
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.entryById(ALLIES).click();
  await expect(app.reader.title).toHaveText(ALLIES_TITLE);

  const dialog = new ExportDialogPage(page);
  await dialog.open();
  const download = await dialog.download('Export this article');
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await text(download);
  expect(markdown).toContain(BACKSTOP);
  expect(markdown).toContain(NOTE);
  expect(markdown).toContain('[!quote]');
  await expect(dialog.root.getByRole('status').first()).toContainText(download.suggestedFilename());

  // Plain blockquotes instead of callouts, remembered for the next export.
  await dialog.root.getByLabel('Plain blockquotes').check();
  const plain = await text(await dialog.download('Export this article'));
  expect(plain).not.toContain('[!quote]');
  expect(plain).toContain(`> ${BACKSTOP}`);
});

test('Copy as Markdown puts the whole article’s export on the clipboard', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await highlight(page.request, server, ALLIES, TALKS, 'Who came, and who did not.');
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.entryById(ALLIES).click();
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  await dialog.button('Copy as Markdown').click();
  await expect(dialog.root.getByRole('status').first()).toContainText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(TALKS);
  expect(copied).toContain('Who came, and who did not.');
  expect(copied).toMatch(/^---\n/);
});

test('Export all downloads lectern-export.zip with every article and an index', async ({ page, server }) => {
  await highlight(page.request, server, ALLIES, BACKSTOP, NOTE);
  const app = new LecternApp(page);
  await app.goto(server.url);
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  const download = await dialog.download('Export all (.zip)');
  expect(download.suggestedFilename()).toBe('lectern-export.zip');
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const names = Object.keys(files);
  expect(names.filter((n) => n.endsWith('.md'))).toHaveLength(6);
  expect(names).toContain('index.md');
  expect(names.filter((n) => n !== 'index.md')).toHaveLength(5);
  const withNote = names.map((n) => strFromU8(files[n])).filter((md) => md.includes(NOTE));
  expect(withNote).toHaveLength(1);
  expect(strFromU8(files['index.md'])).toContain(ALLIES_TITLE.slice(0, 20));
});

test('a backup restored into a fresh library reports what it added, and a second restore changes nothing', async ({ page, server, browser }) => {
  await highlight(page.request, server, ALLIES, BACKSTOP, NOTE, 'blue');
  await highlight(page.request, server, ALLIES, TALKS);
  const app = new LecternApp(page);
  await app.goto(server.url);
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  const backup = await dialog.download('Back up annotations');
  const json = await text(backup);
  expect(JSON.parse(json)).toHaveProperty('@context');

  // A second, empty library on the same articles.
  const root = await mkdtemp(join(tmpdir(), 'lectern-restore-'));
  const fresh = { port: await freePort(), token: randomBytes(16).toString('hex'), dataDir: join(root, 'data'), seedsDir: server.seedsDir };
  const child = await startServe(fresh);
  const target = { origin: `http://127.0.0.1:${fresh.port}`, token: fresh.token };
  const other = await browser.newPage();
  try {
    const otherApp = new LecternApp(other);
    await otherApp.goto(`${target.origin}/#token=${fresh.token}`);
    await otherApp.library.entryById(ALLIES).click();
    await expect(other.locator('article.ann-card')).toHaveCount(0);
    const restoreDialog = new ExportDialogPage(other);
    await restoreDialog.open();
    await restoreDialog.restore(backup.suggestedFilename(), json);
    await expect(restoreDialog.restoreReport).toContainText(backup.suggestedFilename());
    await expect(restoreDialog.reportCount('added')).toHaveText('2');
    await expect(restoreDialog.reportCount('updated')).toHaveText('0');
    await expect(restoreDialog.reportCount('unchanged')).toHaveText('0');
    await expect(restoreDialog.reportCount('detached')).toHaveText('0');
    await expect(restoreDialog.restoreReport.getByRole('alert')).toHaveCount(0);
    const restored = await callApi<{ note: string }[]>(other.request, target, 'listAnnotations', { articleId: ALLIES });
    expect(restored.map((a) => a.note).sort()).toEqual(['', NOTE]);

    // The open article shows the restored highlights without a reload.
    await other.keyboard.press('Escape');
    await expect(other.locator('article.ann-card')).toHaveCount(2);

    await restoreDialog.open();
    await restoreDialog.restore(backup.suggestedFilename(), json);
    await expect(restoreDialog.reportCount('unchanged')).toHaveText('2');
    await expect(restoreDialog.reportCount('added')).toHaveText('0');
  } finally {
    await other.close();
    await stopServe(child);
    await rm(root, { recursive: true, force: true });
  }
});

test('a file that is not a backup gets a clear report instead of silence', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  await dialog.restore('notes.json', '{"hello": "world"}');
  const errors = dialog.restoreReport.getByRole('alert');
  await expect(errors).toContainText('Nothing in this file could be restored');
  await expect(errors).toContainText('not a W3C AnnotationCollection');
  await expect(dialog.reportCount('added')).toHaveText('0');
});

test('a template with a mistake shows its line, cannot be saved, and a fixed one is saved', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.entryById(ALLIES).click();
  const dialog = new ExportDialogPage(page);
  await dialog.open('Template');
  await expect(dialog.templateSource).toHaveValue(/\{\{#highlight\}\}/);
  await expect(dialog.preview).toContainText(ALLIES_TITLE);
  const save = dialog.button('Save template');

  await dialog.templateSource.fill('{{#header}}\n# {{title}}\n{{/header}}\n{{#highlight}}\n> {{quote}}\n{{/highlight}}\n{{#footer}}\n{{/footer}}\n');
  await expect(dialog.templateError).toContainText('Line 7');
  await expect(dialog.templateError).toContainText('Unknown part "footer"');
  await expect(dialog.templateSource).toHaveAttribute('aria-invalid', 'true');
  await expect(save).toBeDisabled();

  const good = '{{#header}}\n# Notes on {{title}}\n{{/header}}\n';
  await dialog.templateSource.fill(good);
  await expect(dialog.templateError).toHaveCount(0);
  await expect(dialog.preview).toContainText(`# Notes on ${ALLIES_TITLE}`);
  await expect(save).toBeEnabled();
  // The built-in sample previews the same template.
  await dialog.root.getByRole('group', { name: 'Preview with' }).getByRole('button', { name: 'Sample' }).click();
  await expect(dialog.preview).toContainText('# Notes on Sample\\: "Quotes"');
  await save.click();
  await expect(dialog.root.getByText('Saved. Exports use this template')).toBeVisible();
  const state = await callApi<{ settings: { exportTemplate: string | null } }>(page.request, server, 'getState');
  expect(state.settings.exportTemplate).toBe(good);

  await dialog.button('Reset to default').click();
  await expect(dialog.templateSource).toHaveValue(/\{\{#frontMatter\}\}/);
  await expect(save).toBeEnabled();
  await save.click();
  await expect.poll(async () => (await callApi<{ settings: { exportTemplate: string | null } }>(page.request, server, 'getState')).settings.exportTemplate).toBeNull();
});

test('the dialog keeps focus inside, closes on Escape, and the menu’s Export Article… opens it ready to export', async ({ page, server }) => {
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.entryById(ALLIES).click();
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  await expect(dialog.tab('Export')).toBeFocused();
  for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
  expect(await dialog.root.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.root.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  // Arrow keys move between tabs.
  await dialog.tab('Export').focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.tab('Template')).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.tab('Template')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();

  await page.evaluate(() => window.dispatchEvent(new CustomEvent('lectern:command', { detail: { type: 'export-article' } })));
  await expect(dialog.root).toBeVisible();
  await expect(dialog.button('Export this article')).toBeFocused();
  const download = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]).then(([d]) => d);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  await page.keyboard.press('Escape');

  await page.evaluate(() => window.dispatchEvent(new CustomEvent('lectern:command', { detail: { type: 'export-all' } })));
  await expect(dialog.button('Export all (.zip)')).toBeFocused();
});
