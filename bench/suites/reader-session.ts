/**
 * A reader bench page open in Chromium, with the generated article served as its data,
 * and typed calls into the page's `window.bench`.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { collectGarbage, openPage, serveBenchPage, type BenchSite } from '../lib/browser.js';
import type { BenchContext } from '../lib/types.js';
import { benchArticle, SIZES } from '../data/article.js';
import type { ReaderData } from '../browser/reader-data.js';
import type { OpenKind, OpenTiming } from '../browser/reader-actions.js';
import type { ClickTimings } from '../browser/reader-interactions.js';

const ENTRY = fileURLToPath(new URL('../browser/reader-page.ts', import.meta.url));

type Bench = {
  open(kind: OpenKind, count: number): Promise<OpenTiming>;
  scrollTo(fraction: number): Promise<void>;
  sidebarFrames(n: number): Promise<number[]>;
  clicks(n: number, seed: number): ClickTimings;
  wrappedClicks(n: number, seed: number): { samples: number[]; misses: number };
  addRemove(n: number, seed: number): Promise<{ add: number[]; remove: number[] }>;
  hasHighlightsFromPoint(): boolean;
  registered(): number;
  appUsesContentVisibility(): boolean | null;
  setIsolation(on: boolean): void;
};

/**
 * The two designs measured: the app as built (its article component, painting schedule and
 * CSS, long articles laid out lazily in runs of blocks, the pane in the window's document),
 * and the proposed one: the same with the reading pane in its own document (an iframe), so
 * that UI changes elsewhere do not make Chromium revalidate and repaint the pane's
 * highlights. See bench/browser/reader-page.ts.
 */
export const DESIGNS = {
  asBuilt: { kind: 'lectern', isolated: false, label: 'as built' },
  proposed: { kind: 'lectern', isolated: true, label: 'proposed: lazy layout + pane in an iframe' },
} satisfies Record<string, Design>;

/** How the pane is set up and opened. */
export interface Design {
  kind: OpenKind;
  isolated: boolean;
  label: string;
}

/** Calls `bench[method](...args)` in the page. */
async function call<M extends keyof Bench>(page: Page, method: M, ...args: Parameters<Bench[M]>): Promise<Awaited<ReturnType<Bench[M]>>> {
  return page.evaluate(
    ([m, a]) => {
      const bench = (window as unknown as { bench: Record<string, (...x: unknown[]) => unknown> }).bench;
      return bench[m as string](...(a as unknown[]));
    },
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<Bench[M]>>>;
}

/** An open reader page and the number of annotations its article carries. */
export interface ReaderSession {
  page: Page;
  count: number;
  bytes: number;
  call: <M extends keyof Bench>(method: M, ...args: Parameters<Bench[M]>) => Promise<Awaited<ReturnType<Bench[M]>>>;
  gc(): Promise<void>;
  /** Opens the article with `count` annotations in a design and returns the timing. */
  openIn(design: Design, count: number): Promise<OpenTiming>;
  close(): Promise<void>;
}

/** Bundles and opens the reader bench page with the 1 MB article (tiny in smoke runs). */
export async function openReaderSession(ctx: BenchContext): Promise<ReaderSession> {
  const size = ctx.smoke ? SIZES.smoke : SIZES.full;
  const article = benchArticle(size.bytes, size.annotations);
  const data: ReaderData = { title: article.title, text: article.text, blocks: article.blocks, annotations: article.annotations };
  let site: BenchSite | null = null;
  try {
    site = await serveBenchPage(ENTRY, 'Lectern reader bench');
    await site.put('data.json', JSON.stringify(data));
    const page = await openPage(await ctx.browser(), site.url);
    const opened = site;
    return {
      page,
      count: size.annotations,
      bytes: size.bytes,
      call: (method, ...args) => call(page, method, ...args),
      gc: () => collectGarbage(page),
      async openIn(design, count) {
        await call(page, 'setIsolation', design.isolated);
        return call(page, 'open', design.kind, count);
      },
      async close() {
        await page.close();
        await opened.close();
      },
    };
  } catch (err) {
    await site?.close();
    throw err;
  }
}
