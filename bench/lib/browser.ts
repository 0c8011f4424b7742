/**
 * Chromium for the browser benchmarks: launched headless through Playwright, with bench
 * pages bundled by esbuild into a temp folder and served from 127.0.0.1. The server sends
 * COOP/COEP headers so the page is cross-origin isolated, which gives performance.now()
 * microsecond resolution instead of the coarsened 100 µs (row 3 measures fractions of a ms).
 */
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CHROMIUM_PATH } from './machine.js';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Launches the system Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A bundled page in a temp folder, served over HTTP, with its data files. */
export interface BenchSite {
  url: string;
  dir: string;
  /** Adds a file (e.g. the generated article as JSON) next to the page. */
  put(name: string, contents: string): Promise<void>;
  close(): Promise<void>;
}

/** Bundles `entry` (a bench/browser/*.ts(x) file) with its CSS and serves it on 127.0.0.1. */
export async function serveBenchPage(entry: string, title: string): Promise<BenchSite> {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-bench-page-'));
  await build({
    entryPoints: { page: entry },
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    outdir: dir,
    minify: false,
    sourcemap: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="page.css"></head><body><script type="module" src="page.js"></script></body></html>`;
  await writeFile(join(dir, 'index.html'), html);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '') || 'index.html';
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    put: (name, contents) => writeFile(join(dir, name), contents),
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the page and waits until its script has set `window.benchReady`. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1400, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (err) => console.error(`[page] ${err.message}`));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
  return page;
}

/** Runs a full garbage collection in the page (between repetitions, so one rep's garbage is not the next one's pause). */
export async function collectGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}

/** The page's JS heap in use (CDP Runtime.getHeapUsage), in bytes. */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
