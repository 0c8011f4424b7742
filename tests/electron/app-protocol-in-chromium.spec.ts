/**
 * The desktop app's parts, fitted together in Debian's Chromium where Electron is missing:
 * renderer build + app:// handler and CSP + preload bundle + IPC handlers + library.
 * See pages/bridge-harness.ts for exactly what stands in for Electron.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { LecternApp } from '../e2e/pages/lectern-app';
import { AnnotationsPage } from '../e2e/pages/annotations-page';
import { BridgeHarness } from './pages/bridge-harness';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = ['dist/renderer/index.html', 'dist/main/preload.cjs'].filter((f) => !existsSync(f));
const skipReason = !existsSync(chromiumPath)
  ? `no Chromium at ${chromiumPath}`
  : missing.length > 0
    ? `${missing.join(' and ')} not built (run npm run build)`
    : null;
if (skipReason) console.log(`Skipping the app-protocol tests: ${skipReason}.`);
test.skip(skipReason !== null, skipReason ?? '');

let browser: Browser;
let dataDir: string;
let harness: BridgeHarness;

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});
test.afterAll(async () => browser?.close());

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lectern-harness-'));
});
test.afterEach(async () => {
  await harness?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openApp() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  harness = await BridgeHarness.open(page, dataDir);
  const app = new LecternApp(page);
  await app.library.entries.first().waitFor();
  return { page, app };
}

test('the renderer runs under the app:// CSP through the preload bridge and lists the five seeds', async () => {
  const { page, app } = await openApp();
  await expect(app.library.entries).toHaveCount(5);
  expect(await harness.cspViolations()).toEqual([]);
  expect(await page.evaluate(() => Object.isFrozen((window as unknown as { lectern: object }).lectern))).toBe(true);
  expect(await harness.sent()).toContain('lectern:command-ready');
});

test('an open command from a deep link opens the article and focuses the annotation', async () => {
  const { app, page } = await openApp();
  const [, target] = await harness.lectern.api.listArticles({});
  const article = await harness.lectern.api.getArticle({ id: target.id });
  const paragraph = article.blocks.find((b) => b.kind === 'paragraph')!;
  const annotation = await harness.lectern.api.createAnnotation({
    articleId: target.id,
    range: { start: paragraph.start, end: paragraph.start + 30 },
    colour: 'blue',
    note: '',
    tags: [],
  });
  await harness.command({ type: 'open', articleId: target.id, annotationId: annotation.id });
  await expect(app.library.current).toHaveAttribute('data-article-id', target.id);
  const card = new AnnotationsPage(page).sidebar.locator(`[data-annotation-id="${annotation.id}"]`);
  await expect(card).toHaveAttribute('aria-current', 'true');
  expect(await harness.cspViolations()).toEqual([]);
});

test('menu commands change the theme and the text size', async () => {
  const { app } = await openApp();
  await harness.command({ type: 'set-theme', theme: 'dark' });
  await expect.poll(() => app.theme()).toBe('dark');
  const before = Number(await app.fontSizeValue.textContent().then((t) => t?.match(/\d+/)?.[0]));
  await harness.command({ type: 'font-size', change: 'increase' });
  await expect.poll(async () => Number((await app.fontSizeValue.textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(before);
  await harness.command({ type: 'show-shortcuts' });
  await expect(app.shortcutsSheet).toBeVisible();
});

test('the CSP from the app:// handler is in force: an injected inline script does not run', async () => {
  const { page } = await openApp();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => harness.cspViolations()).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
  await page.screenshot({ path: test.info().outputPath('desktop-window.png') });
});

type DesktopCall = { ok: boolean; value: { path: string; lines: string[]; articles?: Array<{ id: string; title: string }> } | null; error?: { message: string } };

/** Calls one of window.lectern.desktop's functions from the page, as the renderer does. */
function callDesktop(page: import('@playwright/test').Page, name: string, ...args: unknown[]): Promise<DesktopCall> {
  return page.evaluate(
    ([n, a]) => (window as unknown as { lectern: { desktop: Record<string, (...x: unknown[]) => Promise<unknown>> } }).lectern.desktop[n](...a),
    [name, args] as const,
  ) as Promise<DesktopCall>;
}

test('the page saves an article through the native save dialog, and a cancelled dialog writes nothing', async () => {
  const { page } = await openApp();
  const [first] = await harness.lectern.api.listArticles({});
  const target = join(dataDir, 'exported.md');
  harness.answers.save.push(target);
  const saved = await callDesktop(page, 'saveArticleExport', first.id, { groupBy: 'colour' });
  expect(saved).toEqual({ ok: true, value: { path: target, lines: ['exported.md: created'] } });
  expect(readFileSync(target, 'utf8')).toContain(`lectern_id: "${first.id}"`);
  expect(await callDesktop(page, 'saveBackup')).toEqual({ ok: true, value: null });
  expect(harness.dialogsShown).toEqual(['save: Export Article as Markdown', 'save: Back Up Annotations']);
  expect(await harness.cspViolations()).toEqual([]);
});

test('importing through the desktop bridge adds the article to the library and opens it', async () => {
  const { page, app } = await openApp();
  const file = join(dataDir, 'field-notes.md');
  writeFileSync(file, '# Field notes from the estuary\n\nThe heron stood still in the shallows for an hour.');
  harness.answers.open.push([file]);
  const imported = await callDesktop(page, 'importFiles');
  expect(imported.ok).toBe(true);
  const id = imported.value!.articles![0].id;
  await expect(app.library.current).toHaveAttribute('data-article-id', id);
  await expect(app.library.entries).toHaveCount(6);
  expect(await app.library.titles()).toContain('Field notes from the estuary');
});

test('the page cannot pass a desktop function bad input, and no dialog opens', async () => {
  const { page } = await openApp();
  const refused = await callDesktop(page, 'saveArticleExport', 42);
  expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('articleId') } });
  expect(harness.dialogsShown).toEqual([]);
});
