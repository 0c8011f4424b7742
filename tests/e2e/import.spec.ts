import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, type ServerFixture } from './fixtures';
import { AnnotationsPage } from './pages/annotations-page';
import { callApi, highlight } from './pages/api';
import { ExportDialogPage } from './pages/export-dialog';
import { LecternApp } from './pages/lectern-app';

const MEDIUM = 'tests/fixtures/html/medium-1';
const EUROPE = '000_23cbbf4dbe42963b';
const EUROPE_TITLE = 'Europe pushes security guarantees for Ukraine amid fears of new Russian offensive';
const TROOPS = 'German and French officials discussed Russian troops';
const COALITION = 'The coalition of the willing will meet in Paris';

const LANTERN = {
  title: 'The Lantern Keepers of Aldmoor',
  text: 'The Lantern Keepers of Aldmoor\n\nEvery evening the keepers climb the hill with oil and wicks.\n\nBy morning the lamps are cold again, and the keepers sleep.\n',
};

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

function textFile(name: string, text: string, mimeType = 'text/plain'): FilePayload {
  return { name, mimeType, buffer: Buffer.from(text) };
}

async function openApp(page: Page, server: ServerFixture): Promise<LecternApp> {
  const app = new LecternApp(page);
  await app.goto(server.url);
  return app;
}

function toast(page: Page, text: string | RegExp) {
  return page.locator('.toast').filter({ hasText: text });
}

test('a text file chosen with Import… appears in the library under its title and opens', async ({ page, server }) => {
  const app = await openApp(page, server);
  const button = app.library.root.getByRole('button', { name: 'Import articles' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(textFile('lantern.txt', LANTERN.text));

  await expect(toast(page, `Imported “${LANTERN.title}”`)).toBeVisible();
  await expect(app.library.entry(LANTERN.title)).toHaveCount(1);
  await expect(app.reader.title).toHaveText(LANTERN.title);
  await expect(app.library.current).toContainText(LANTERN.title);
  await expect(app.reader.root).toContainText('Every evening the keepers climb the hill');
  await page.screenshot({ path: '/tmp/import-toast.png' });

  // It is in the back end's library too, so it survives a reload.
  await page.reload();
  await expect(app.library.entry(LANTERN.title)).toHaveCount(1);
});

test('an old Windows-1252 text file reads with its accents and curly quotes', async ({ page, server }) => {
  const app = await openApp(page, server);
  // “Café” — in Windows-1252: 0x93 and 0x94 are the curly quotes, 0xE9 is é.
  const bytes = Buffer.from([...Buffer.from('Old notes\n\nShe said '), 0x93, ...Buffer.from('Caf'), 0xe9, 0x94, ...Buffer.from(' twice.\n')]);
  await page.getByTestId('import-input').setInputFiles({ name: 'old-notes.txt', mimeType: 'text/plain', buffer: bytes });
  await expect(app.reader.title).toHaveText('Old notes');
  await expect(app.reader.root).toContainText('She said “Café” twice.');
});

test('an HTML page is imported under the title its metadata gives', async ({ page, server }) => {
  const expected = JSON.parse(await readFile(`${MEDIUM}/expected-metadata.json`, 'utf8')) as { title: string };
  const app = await openApp(page, server);
  await page.getByTestId('import-input').setInputFiles({ name: 'medium.html', mimeType: 'text/html', buffer: await readFile(`${MEDIUM}/source.html`) });

  // The first HTML import loads jsdom in the back end, which takes seconds on a loaded 2-core machine.
  await expect(toast(page, `Imported “${expected.title}”`)).toBeVisible({ timeout: 20_000 });
  await expect(app.library.entry(expected.title)).toHaveCount(1);
  await expect(app.reader.title).toHaveText(expected.title);
  await expect(app.reader.paragraphs.first()).toBeVisible();
});

test('an empty file and a PDF are refused with clear messages while the good file still imports', async ({ page, server }) => {
  const app = await openApp(page, server);
  const before = await app.library.entries.count();
  await page.getByTestId('import-input').setInputFiles([
    textFile('empty.txt', ''),
    { name: 'paper.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n') },
    textFile('lantern.txt', LANTERN.text),
  ]);

  await expect(toast(page, `Imported “${LANTERN.title}”`)).toBeVisible();
  await expect(page.locator('.toast[data-kind="error"]')).toHaveText([
    /“empty\.txt” was not imported: the file is empty\./,
    /“paper\.pdf” was not imported: Lectern imports \.txt, \.md and \.html files, not \.pdf files\./,
  ]);
  await expect(app.reader.title).toHaveText(LANTERN.title);
  const summaries = await callApi<{ source: string }[]>(page.request, server, 'listArticles');
  expect(summaries).toHaveLength(before + 1);

  // The app keeps working: another article opens.
  await app.library.open(EUROPE_TITLE);
  await expect(app.reader.title).toHaveText(EUROPE_TITLE);
});

test('a file over 5 MB is refused before it is sent', async ({ page, server }) => {
  await openApp(page, server);
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/importArticle')) sent.push(request.url());
  });
  await page.getByTestId('import-input').setInputFiles(textFile('huge.md', 'word '.repeat(1_100_000), 'text/markdown'));
  await expect(toast(page, '“huge.md” was not imported: it is 5.5 MB, and Lectern imports articles up to 5 MB.')).toBeVisible();
  expect(sent).toEqual([]);
});

test('files dropped on the window are imported, with a calm overlay while they are dragged', async ({ page, server }) => {
  const app = await openApp(page, server);
  const drag = (type: 'dragenter' | 'dragover' | 'dragleave' | 'drop', files: Array<{ name: string; text: string }>) =>
    page.evaluate(
      ([kind, list]) => {
        const data = new DataTransfer();
        for (const f of list) data.items.add(new File([f.text], f.name, { type: 'text/plain' }));
        document.querySelector('main.reader-scroll')!.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: data }));
      },
      [type, files] as const,
    );
  const files = [{ name: 'lantern.txt', text: LANTERN.text }];

  await drag('dragenter', files);
  await drag('dragover', files);
  const overlay = page.getByTestId('drop-overlay');
  await expect(overlay).toContainText('Drop articles to import');
  await page.screenshot({ path: '/tmp/import-drop-overlay.png' });
  await drag('dragleave', files);
  await expect(overlay).toBeHidden();

  await drag('dragenter', files);
  await drag('drop', files);
  await expect(overlay).toBeHidden();
  await expect(toast(page, `Imported “${LANTERN.title}”`)).toBeVisible();
  await expect(app.reader.title).toHaveText(LANTERN.title);
});

test('the menu’s Import… command opens the same file chooser', async ({ page, server }) => {
  const app = await openApp(page, server);
  // The library may be hidden: the command still works.
  await app.press('[');
  await expect(app.library.root).toBeHidden();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.evaluate(() => window.dispatchEvent(new CustomEvent('lectern:command', { detail: { type: 'import' } }))),
  ]);
  await chooser.setFiles(textFile('lantern.md', LANTERN.text, 'text/markdown'));
  await expect(app.reader.title).toHaveText(LANTERN.title);
});

test('a highlight restored from the trash shows again without a reload, and Ctrl+Z still undoes earlier changes', async ({ page, server }) => {
  await highlight(page.request, server, EUROPE, TROOPS);
  await highlight(page.request, server, EUROPE, COALITION, '', 'blue');
  const app = await openApp(page, server);
  await app.library.entryById(EUROPE).click();
  const ann = new AnnotationsPage(page);
  await expect.poll(() => ann.painted('yellow')).toEqual([TROOPS]);

  await ann.card(TROOPS).click();
  await ann.card(TROOPS).getByRole('button', { name: 'Delete this highlight' }).click();
  await expect.poll(() => ann.painted('yellow')).toEqual([]);
  await ann.card(COALITION).click();
  await ann.card(COALITION).getByRole('button', { name: /^Make it Green/ }).click();
  await expect.poll(() => ann.painted('green')).toEqual([COALITION]);

  const dialog = new ExportDialogPage(page);
  await dialog.open('Trash');
  await dialog.root.getByRole('button', { name: /^Restore the highlight “German and French/ }).click();
  await expect(dialog.root.getByRole('status')).toContainText('Restored the highlight');
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();

  await expect.poll(() => ann.painted('yellow')).toEqual([TROOPS]);
  await expect(ann.card(TROOPS)).toHaveCount(1);

  // The layer was not remounted: its undo history still holds the recolouring.
  await page.locator('main.reader-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => ann.painted('blue')).toEqual([COALITION]);
  await expect.poll(() => ann.painted('yellow')).toEqual([TROOPS]);
});

test('N with the annotations column collapsed opens it with the note editor ready to type in', async ({ page, server }) => {
  const app = await openApp(page, server);
  await app.library.entryById(EUROPE).click();
  const ann = new AnnotationsPage(page);
  await expect(ann.sidebar.getByText('Loading highlights…')).toHaveCount(0);
  await app.press(']');
  await expect(page.locator('.annotations-area')).toHaveAttribute('data-collapsed', 'true');

  await ann.select(TROOPS);
  await page.keyboard.press('n');
  await expect(page.locator('.annotations-area')).not.toHaveAttribute('data-collapsed', 'true');
  const editor = ann.card(TROOPS).getByRole('textbox', { name: /^Note for/ });
  await expect(editor).toBeVisible();
  await expect(editor).toBeFocused();
  await page.keyboard.type('Kept for later');
  await ann.card(TROOPS).getByRole('button', { name: 'Save' }).click();
  await expect(ann.card(TROOPS).locator('.ann-note')).toContainText('Kept for later');
});
