import { expect, type Locator, type Page } from '@playwright/test';

/** The library column: the article list and its sort control. */
export class LibraryPanel {
  readonly root: Locator;
  readonly entries: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('navigation', { name: 'Library' });
    this.entries = this.root.locator('.library-entry');
    this.empty = page.getByTestId('library-empty');
  }

  /** Titles in the order shown. */
  titles(): Promise<string[]> {
    return this.root.locator('.entry-title').allTextContents();
  }

  entry(title: string): Locator {
    return this.entries.filter({ has: this.page.locator('.entry-title', { hasText: title }) });
  }

  entryById(id: string): Locator {
    return this.root.locator(`.library-entry[data-article-id="${id}"]`);
  }

  /** The entry marked as the open article. */
  get current(): Locator {
    return this.root.locator('.library-entry[aria-current="page"]');
  }

  async open(title: string): Promise<void> {
    await this.entry(title).click();
  }

  sortButton(order: 'Newest' | 'A–Z'): Locator {
    return this.root.getByRole('button', { name: order, exact: true });
  }

  /** Picks a sort order and waits until the list shows it. */
  async sortBy(order: 'Newest' | 'A–Z'): Promise<void> {
    await this.sortButton(order).click();
    await expect(this.sortButton(order)).toHaveAttribute('aria-pressed', 'true');
  }
}
