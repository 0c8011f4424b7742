/**
 * `npm run screenshot`: builds the app, starts serve mode on a throwaway data folder, adds
 * a few highlights so the page looks used, and photographs one article in Debian's
 * Chromium — docs/screenshot.png (light) and docs/screenshot-dark.png (dark), 1440×900.
 * Pass --no-build to reuse dist/ as it is.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { chromium } from '@playwright/test';

const ARTICLE_ID = process.env.SCREENSHOT_ARTICLE ?? '004_6130a6734b00995e';
const OUT_DIR = resolve('docs');
const VIEWPORT = { width: 1440, height: 900 };

/** Passages to highlight, found by their text so they survive parser changes. */
const HIGHLIGHTS = [
  { quote: 'Around 30 Western leaders held talks on Thursday', colour: 'yellow', note: '' },
  {
    quote: 'any European military role would require US security guarantees as a “backstop”',
    colour: 'blue',
    note: 'The crux: Europe will not commit without a US **backstop**.',
  },
  { quote: 'brought together leaders from Europe, Australia, Japan, and Canada', colour: 'green', note: '' },
] as const;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function startServe(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [resolve('dist/main/cli.js'), 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start:\n${output}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Lectern is running at')) {
        clearTimeout(timer);
        done(child);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`serve exited with ${code}:\n${output}`)));
  });
}

/** Calls the API the way the page does. */
async function call<T>(origin: string, token: string, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

async function addHighlights(origin: string, token: string): Promise<void> {
  const article = await call<{ text: string }>(origin, token, 'getArticle', { id: ARTICLE_ID });
  for (const h of HIGHLIGHTS) {
    const start = article.text.indexOf(h.quote);
    if (start === -1) continue;
    await call(origin, token, 'createAnnotation', {
      articleId: ARTICLE_ID,
      range: { start, end: start + h.quote.length },
      colour: h.colour,
      note: h.note,
    });
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-screenshot-'));
  const port = await freePort();
  const token = randomBytes(16).toString('hex');
  const origin = `http://127.0.0.1:${port}`;
  const server = await startServe(['--port', String(port), '--token', token, '--data-dir', dataDir]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    await addHighlights(origin, token);
    await mkdir(OUT_DIR, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: scheme, deviceScaleFactor: 1 });
      page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
      await page.goto(`${origin}/#token=${token}&article=${encodeURIComponent(ARTICLE_ID)}`);
      await page.locator('[data-article-root] [data-block-kind="paragraph"]').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(400);
      const file = join(OUT_DIR, scheme === 'light' ? 'screenshot.png' : 'screenshot-dark.png');
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true }).catch(() => {});
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
