/**
 * Every view a person reaches, checked with axe-core (WCAG 2.1 A/AA) in the light and the
 * dark theme: the library and reader with highlights and notes, the selection toolbar, the
 * note editor, search results, the export dialog's tabs, and the shortcuts sheet.
 */
import type { Page } from '@playwright/test';
import { expect, test, type ServerFixture } from './fixtures';
import { callApi, highlight } from './pages/api';
import { AnnotationsPage } from './pages/annotations-page';
import { ExportDialogPage } from './pages/export-dialog';
import { LecternApp } from './pages/lectern-app';
import { expectAccessible } from './axe';

const ALLIES = '004_6130a6734b00995e';
const KEPT = 'Around 30 Western leaders held talks on Thursday';
const OTHER = 'any European military role would require US security guarantees';

async function openWithHighlights(page: Page, server: ServerFixture, theme: 'light' | 'dark'): Promise<LecternApp> {
  await callApi(page.request, server, 'saveSettings', { theme });
  await highlight(page.request, server, ALLIES, KEPT, 'A **note** with a [link](https://example.org).', 'green');
  const gone = await highlight(page.request, server, ALLIES, OTHER, 'In the trash.', 'blue');
  await callApi(page.request, server, 'deleteAnnotation', { id: gone.id });
  const app = new LecternApp(page);
  await app.goto(server.url);
  await app.library.entryById(ALLIES).click();
  await expect(page.locator('article.ann-card')).toHaveCount(1);
  return app;
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme`, () => {
    test('the library, the reader and its highlights pass axe', async ({ page, server }) => {
      await openWithHighlights(page, server, theme);
      await expectAccessible(page, `the library and reader (${theme})`);
    });

    test('the selection toolbar and the note editor pass axe', async ({ page, server }) => {
      await openWithHighlights(page, server, theme);
      const ann = new AnnotationsPage(page);
      await ann.select('Western leaders');
      await expect(ann.toolbar).toBeVisible();
      await expectAccessible(page, `the selection toolbar (${theme})`);
      await page.keyboard.press('n');
      await expect(ann.card('Western leaders').getByRole('textbox', { name: /^Note for/ })).toBeFocused();
      await expectAccessible(page, `the note editor (${theme})`);
    });

    test('search results pass axe', async ({ page, server }) => {
      const app = await openWithHighlights(page, server, theme);
      await app.press('/');
      await page.keyboard.type('Zelensky');
      await expect(page.locator('mark').first()).toBeVisible();
      await expectAccessible(page, `search results (${theme})`);
    });

    test('each tab of the export dialog passes axe', async ({ page, server }) => {
      await openWithHighlights(page, server, theme);
      const dialog = new ExportDialogPage(page);
      for (const tab of ['Export', 'Template', 'Trash'] as const) {
        if (tab === 'Export') await dialog.open(tab);
        else await dialog.tab(tab).click();
        await expect(dialog.tab(tab)).toHaveAttribute('aria-selected', 'true');
        await expectAccessible(page, `the export dialog's ${tab} tab (${theme})`);
      }
    });

    test('the shortcuts sheet passes axe', async ({ page, server }) => {
      const app = await openWithHighlights(page, server, theme);
      await page.locator('main, body').first().click({ position: { x: 5, y: 5 } }).catch(() => undefined);
      await app.press('?');
      await expect(app.shortcutsSheet).toBeVisible();
      await expectAccessible(page, `the shortcuts sheet (${theme})`);
    });
  });
}
