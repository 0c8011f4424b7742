import { expect, type Locator, type Page } from '@playwright/test';

/** The library column: the search field, the article list (or search results) and its sort control. */
export class LibraryPanel {
  readonly root: Locator;
  readonly entries: Locator;
  readonly empty: Locator;
  readonly searchField: Locator;
  /** Search results, shown in place of the list while a query is typed. */
  readonly results: Locator;
  readonly noResults: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('navigation', { name: 'Library' });
    this.entries = this.root.locator('.library-entry');
    this.empty = page.getByTestId('library-empty');
    this.searchField = this.root.getByRole('searchbox', { name: 'Search the library' });
    this.results = this.root.locator('.search-result');
    this.noResults = this.root.getByTestId('search-empty');
  }

  /** Types a query into the search field (replacing what was there). */
  async search(query: string): Promise<void> {
    await this.searchField.fill(query);
  }

  /** Titles of the search results in the order shown. */
  resultTitles(): Promise<string[]> {
    return this.results.locator('.result-title').allTextContents();
  }

  /** The result for an article. */
  resultById(id: string): Locator {
    return this.root.locator(`.search-result[data-article-id="${id}"]`);
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
