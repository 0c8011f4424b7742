import type { Locator, Page } from '@playwright/test';
import { LibraryPanel } from './library-panel';
import { ReaderPane } from './reader-pane';

/** The whole window: library, reader and the reading toolbar. */
export class LecternApp {
  readonly library: LibraryPanel;
  readonly reader: ReaderPane;
  readonly fontSizeValue: Locator;
  readonly shortcutsSheet: Locator;
  readonly connectionError: Locator;

  constructor(readonly page: Page) {
    this.library = new LibraryPanel(page);
    this.reader = new ReaderPane(page);
    this.fontSizeValue = page.getByTestId('font-size');
    this.shortcutsSheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    this.connectionError = page.getByTestId('connection-error');
  }

  /** Opens the app at `url` (the server's, token included) and waits for the library. */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.library.entries.first().waitFor();
  }

  themeButton(name: 'Auto' | 'Light' | 'Dark'): Locator {
    return this.page.getByRole('group', { name: 'Theme' }).getByRole('button', { name, exact: true });
  }

  /** The theme pinned on <html>, or null when following the system. */
  theme(): Promise<string | null> {
    return this.page.evaluate(() => document.documentElement.dataset.theme ?? null);
  }

  /** The page's painted background colour. */
  background(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  }

  async largerText(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.getByRole('button', { name: 'Larger text' }).click();
  }

  async smallerText(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.getByRole('button', { name: 'Smaller text' }).click();
  }

  /** Presses a key wherever focus is, as a reader would. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }
}
