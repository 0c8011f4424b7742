/**
 * A damaged data file, seen from the browser: serve mode starts on a folder whose lectern.json
 * is garbage and whose backup holds a highlight; the app says so in a banner naming the moved
 * file, the highlight is back, and Dismiss hides the banner for good.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, cp, rm, copyFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { freePort, startServe, stopServe, type ServeConfig } from './serve-process';
import { callApi, highlight } from './pages/api';
import { LecternApp } from './pages/lectern-app';
import { expectAccessible } from './axe';

const ALLIES = '004_6130a6734b00995e';
const KEPT = 'Around 30 Western leaders held talks on Thursday';

type Damaged = ServeConfig & { url: string; origin: string; movedTo: () => Promise<string> };

/** A serve process whose data file was damaged after a clean start had backed it up. */
const test = base.extend<{ damaged: Damaged }>({
  damaged: async ({ request }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'lectern-e2e-notices-'));
    const seedsDir = join(root, 'seeds');
    await cp(resolve('seeds'), seedsDir, { recursive: true });
    const config: ServeConfig = { port: await freePort(), token: randomBytes(16).toString('hex'), dataDir: join(root, 'data'), seedsDir };
    const origin = `http://127.0.0.1:${config.port}`;
    let child: ChildProcess = await startServe(config);
    await highlight(request, { origin, token: config.token }, ALLIES, KEPT, 'Keep this one.');
    await stopServe(child);
    await copyFile(join(config.dataDir, 'lectern.json'), join(config.dataDir, 'lectern.json.bak'));
    await writeFile(join(config.dataDir, 'lectern.json'), '{"schemaVersion": 1, "annotations": [{"id": "tor');
    child = await startServe(config);
    const movedTo = async () => join(config.dataDir, (await readdir(config.dataDir)).find((f) => f.includes('.corrupt-'))!);
    await use({ ...config, origin, url: `${origin}/#token=${config.token}`, movedTo });
    await stopServe(child);
    await rm(root, { recursive: true, force: true });
  },
});

/** The banner's view must pass axe like every other view. */
const expectNoAxeViolations = (page: Page) => expectAccessible(page, 'the notice banner');

test('a damaged data file is reported in a banner naming the moved file, and the backup’s highlight is back', async ({ page, damaged }) => {
  const app = new LecternApp(page);
  await app.goto(damaged.url);

  const banner = page.getByRole('status').filter({ has: page.getByTestId('notice') });
  await expect(banner).toContainText('Lectern could not read your data file');
  await expect(banner).toContainText(`It was moved to ${await damaged.movedTo()}`);
  await expect(banner).toContainText('Your highlights were restored from the backup of');
  await expect(app.library.entryById(ALLIES).locator('.entry-badge')).toContainText('1');
  await expectNoAxeViolations(page);
});

test('Dismiss hides the banner, and it stays hidden after a reload', async ({ page, damaged }) => {
  const app = new LecternApp(page);
  await app.goto(damaged.url);
  const notice = page.getByTestId('notice');
  await expect(notice).toHaveCount(1);

  await notice.getByRole('button', { name: 'Dismiss' }).click();

  await expect(notice).toHaveCount(0);
  expect(await callApi<unknown[]>(page.request, damaged, 'listNotices')).toEqual([]);
  await page.reload();
  await app.library.entries.first().waitFor();
  await expect(notice).toHaveCount(0);
});

test('the banner reads well at 1280 px in the light theme and 800 px in the dark one', async ({ page, damaged }, testInfo) => {
  const app = new LecternApp(page);
  for (const [width, theme] of [[1280, 'light'], [800, 'dark']] as const) {
    await page.setViewportSize({ width, height: 720 });
    await page.emulateMedia({ colorScheme: theme });
    await app.goto(damaged.url);
    const notice = page.getByTestId('notice');
    await expect(notice).toBeVisible();
    // Narrow windows float the library over the reader; the reader closes it to see the article (and the banner).
    const library = page.getByRole('button', { name: 'Library', exact: true });
    if (width < 1000 && (await library.getAttribute('aria-pressed')) === 'true') await app.press('[');
    await expect(library).toHaveAttribute('aria-pressed', width < 1000 ? 'false' : 'true');
    const box = (await notice.boundingBox())!;
    // The band stays inside the window and leaves most of it to the article.
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.height).toBeLessThan(720 / 3);
    const path = testInfo.outputPath(`notice-${width}-${theme}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`banner ${width} px ${theme}`, { path, contentType: 'image/png' });
    await expectNoAxeViolations(page);
  }
});
