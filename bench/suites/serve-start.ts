/**
 * Row 8: serve mode, from starting the process to the first article painted in Chromium:
 * `node dist/main/cli.js serve` (the built app, `npm run build`), then the link opened with a
 * deep link to an article; the clock stops at the first frame after its paragraphs are
 * visible. Measured with Chromium already running (a reader's browser usually is: this is
 * Lectern's own cost, held to the goal), and cold, with Chromium launched at the same time as
 * the server, beside the baseline: a bare Chromium launch showing a static page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { launchChromium, serveBenchPage } from '../lib/browser.js';
import { interleave } from '../lib/interleave.js';
import type { Benchmark, Measure } from '../lib/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/main/cli.js');
const SEEDS = join(ROOT, 'seeds');
const FIRST_ARTICLE = '000_23cbbf4dbe42963b';
const TOKEN = 'bench-token-0123456789abcdef';

/** Starts the built CLI and resolves with its URL once it says it is running. */
function startServe(port: number, dataDir: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--token', TOKEN, '--data-dir', dataDir, '--seeds-dir', SEEDS], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Lectern is running at (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

/** Waits for the element to be visible, then for the frame that shows it. */
async function paintedVisible(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor({ state: 'visible' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

let nextPort = 47_000 + Math.floor(Math.random() * 2000);

/** When each warm start's server said it was running (ms after spawn): where the time goes. */
const serverReady: number[] = [];

/** One start of the server; with `running`, in that browser, else with a Chromium launched alongside. */
async function lecternOnce(running: Browser | null): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lectern-bench-serve-'));
  const port = nextPort++;
  let launched: Browser | null = null;
  let page: Page | null = null;
  const t0 = performance.now();
  const serve = startServe(port, dataDir);
  if (running) void serve.url.then(() => serverReady.push(performance.now() - t0), () => undefined);
  try {
    const [url, browser] = await Promise.all([serve.url, running ?? launchChromium()]);
    if (!running) launched = browser;
    page = await browser.newPage();
    await page.goto(`${url}&article=${FIRST_ARTICLE}`);
    await paintedVisible(page, '[data-article-root] [data-block-start]');
    return performance.now() - t0;
  } finally {
    await page?.close();
    await launched?.close();
    await stop(serve.child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function bareOnce(url: string): Promise<number> {
  const t0 = performance.now();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await paintedVisible(page, 'p');
    return performance.now() - t0;
  } finally {
    await browser.close();
  }
}

export const serveStart: Benchmark = {
  name: 'serve',
  row: 8,
  title: 'Serve mode: process start → first article painted in Chromium',
  async run(ctx) {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    const staticPage = await serveBenchPage(fileURLToPath(new URL('../browser/static-page.ts', import.meta.url)), 'A static page');
    try {
      const running = await ctx.browser();
      // Smoke runs skip the cold start: a second Chromium launch per round adds seconds, not coverage.
      const variants: Record<string, () => Promise<number>> = { warm: () => lecternOnce(running), bare: () => bareOnce(staticPage.url) };
      if (!ctx.smoke) variants.cold = () => lecternOnce(null);
      const samples = await interleave(ctx.reps, variants);
      const baseline = { label: 'bare Chromium launch → static page', samples: samples.bare };
      const measures: Measure[] = [
        { id: '8', what: 'Serve: process start → first article painted (Chromium running)', unit: 'ms', samples: samples.warm, goal: { p95: 1000 }, baseline },
      ];
      if (samples.cold) measures.push({ id: '8-cold', what: 'Same, Chromium launched alongside (context)', unit: 'ms', samples: samples.cold, baseline });
      return {
        measures,
        extra: { serverReadyMs: serverReady.splice(0) },
      };
    } finally {
      await staticPage.close();
    }
  },
};
