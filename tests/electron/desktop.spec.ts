/**
 * The desktop app end to end, in a real Electron window. Skipped, with the reason
 * printed, where there is no Electron binary (as on machines that cannot download it).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDeepLink } from '../../main/core/links/deep-link';
import { electronExecutable, expect, test, whyNotRunnable } from './fixtures';
import { DesktopApp, MAIN_SCRIPT } from './pages/desktop-app';

const skipReason = whyNotRunnable();
if (skipReason) console.log(`Skipping the Electron desktop tests: ${skipReason}.`);
test.skip(skipReason !== null, skipReason ?? '');

test.beforeAll(() => {
  if (!existsSync(MAIN_SCRIPT)) throw new Error(`${MAIN_SCRIPT} is missing: run \`npm run build\` before the desktop tests.`);
});

type Summary = { id: string; title: string };
type Article = { id: string; blocks: Array<{ kind: string; text: string; start: number; end: number }> };

/** Highlights the first 40 characters of an article's first paragraph, through the bridge. */
async function highlightFirstParagraph(app: DesktopApp, articleId: string) {
  const article = await app.call<Article>('getArticle', { id: articleId });
  const paragraph = article.blocks.find((b) => b.kind === 'paragraph')!;
  const range = { start: paragraph.start, end: Math.min(paragraph.end, paragraph.start + 40) };
  const annotation = await app.call<{ id: string }>('createAnnotation', { articleId, range, colour: 'green', note: 'from the desktop test' });
  return { annotationId: annotation.id, quote: paragraph.text.slice(0, range.end - range.start) };
}

test('the window opens on the library with the five seed articles', async ({ userDataDir }) => {
  const app = await DesktopApp.launch(electronExecutable(), userDataDir);
  try {
    const ui = app.ui();
    await expect(ui.library.entries).toHaveCount(5);
    const titles = (await app.call<Summary[]>('listArticles')).map((a) => a.title);
    expect((await ui.library.titles()).sort()).toEqual(titles.sort());
    expect(app.page.url()).toBe('app://lectern/index.html');
    expect(await app.page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  } finally {
    await app.close();
  }
});

test('a lectern:// link given at launch opens the article at its annotation', async ({ userDataDir }) => {
  const first = await DesktopApp.launch(electronExecutable(), userDataDir);
  const [, target] = await first.call<Summary[]>('listArticles');
  const { annotationId, quote } = await highlightFirstParagraph(first, target.id);
  await first.close();

  const link = formatDeepLink({ articleId: target.id, annotationId });
  const app = await DesktopApp.launch(electronExecutable(), userDataDir, [link]);
  try {
    const ui = app.ui();
    await expect(ui.library.current).toHaveAttribute('data-article-id', target.id);
    const card = app.annotations().card(quote.slice(0, 20));
    await expect(card).toHaveAttribute('data-annotation-id', annotationId);
    await expect(card).toHaveAttribute('aria-current', 'true');
  } finally {
    await app.close();
  }
});

test('a link opened while Lectern runs goes to the running window, which shows the annotation', async ({ userDataDir }) => {
  const app = await DesktopApp.launch(electronExecutable(), userDataDir);
  try {
    const [, , target] = await app.call<Summary[]>('listArticles');
    const { annotationId } = await highlightFirstParagraph(app, target.id);
    expect(await app.launchAgain([formatDeepLink({ articleId: target.id, annotationId })])).toBe(0);
    await expect(app.ui().library.current).toHaveAttribute('data-article-id', target.id);
    await expect(app.page.locator(`[data-annotation-id="${annotationId}"]`).first()).toHaveAttribute('aria-current', 'true');
    expect((await app.windowState()).count).toBe(1);
  } finally {
    await app.close();
  }
});

test('launching Lectern again brings the first window forward instead of opening another', async ({ userDataDir }) => {
  const app = await DesktopApp.launch(electronExecutable(), userDataDir);
  try {
    await app.minimize();
    expect(await app.launchAgain()).toBe(0);
    await expect.poll(() => app.windowState()).toMatchObject({ count: 1, minimized: false, visible: true, focused: true });
  } finally {
    await app.close();
  }
});

test('a file the OS opens with Lectern at launch is imported into the library and opened', async ({ userDataDir }) => {
  const file = join(userDataDir, 'field notes.md');
  writeFileSync(file, '# Field notes from the estuary\n\nThe heron stood still in the shallows for an hour.');
  const app = await DesktopApp.launch(electronExecutable(), userDataDir, [file]);
  try {
    await expect(app.ui().library.current).toHaveAttribute('data-article-id', 'field-notes');
    expect(await app.ui().library.titles()).toContain('Field notes from the estuary');
  } finally {
    await app.close();
  }
});

test('a file opened while Lectern runs is imported by the running window', async ({ userDataDir }) => {
  const app = await DesktopApp.launch(electronExecutable(), userDataDir);
  try {
    const file = join(userDataDir, 'later.txt');
    writeFileSync(file, 'A later article\n\nOpened from the file manager while Lectern was running.');
    expect(await app.launchAgain([file])).toBe(0);
    await expect(app.ui().library.current).toHaveAttribute('data-article-id', 'later');
    expect((await app.windowState()).count).toBe(1);
  } finally {
    await app.close();
  }
});
