import type { Locator, Page } from '@playwright/test';

/** The reading pane: the open article, its blocks, and the scrolling element. */
export class ReaderPane {
  readonly scroller: Locator;
  readonly article: Locator;
  readonly title: Locator;
  readonly root: Locator;
  readonly paragraphs: Locator;
  readonly blocks: Locator;
  readonly error: Locator;
  readonly welcome: Locator;

  constructor(readonly page: Page) {
    this.scroller = page.locator('main.reader-scroll');
    this.article = this.scroller.locator('article.article');
    this.title = this.article.locator('h1.article-title');
    this.root = this.article.locator('[data-article-root]');
    this.paragraphs = this.root.locator('[data-block-kind="paragraph"]');
    this.blocks = this.root.locator('[data-block-start]');
    this.error = page.getByTestId('article-error');
    this.welcome = page.getByTestId('reader-welcome');
  }

  /** Scrolls the pane to a fraction of its range, as a reader's wheel would (scroll events fire). */
  async scrollTo(fraction: number): Promise<void> {
    await this.scroller.evaluate((el, f) => {
      el.scrollTop = f * (el.scrollHeight - el.clientHeight);
    }, fraction);
  }

  /** How far down the pane is, 0–1. */
  scrollFraction(): Promise<number> {
    return this.scroller.evaluate((el) => {
      const range = el.scrollHeight - el.clientHeight;
      return range > 0 ? el.scrollTop / range : 0;
    });
  }

  /** True when the pane has room to scroll (so a position test means something). */
  canScroll(): Promise<boolean> {
    return this.scroller.evaluate((el) => el.scrollHeight > el.clientHeight + 200);
  }

  /** The article body's computed font size in pixels. */
  fontSize(): Promise<number> {
    return this.article.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }
}
