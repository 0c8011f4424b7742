import type { Download, Locator, Page } from '@playwright/test';

/** The Export & backup dialog: export, backup/restore, the template editor and the trash. */
export class ExportDialogPage {
  readonly root: Locator;
  readonly openButton: Locator;
  readonly restoreReport: Locator;
  readonly templateSource: Locator;
  readonly templateError: Locator;
  readonly preview: Locator;
  readonly trashItems: Locator;
  readonly trashEmpty: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export & backup' });
    this.openButton = page.getByRole('button', { name: 'Export and backup' });
    this.restoreReport = this.root.getByTestId('restore-report');
    this.templateSource = this.root.getByRole('textbox', { name: /^Template/ });
    this.templateError = this.root.locator('.template-error');
    this.preview = this.root.locator('.preview-markdown');
    this.trashItems = this.root.locator('.trash-item');
    this.trashEmpty = this.root.getByTestId('trash-empty');
  }

  /** Opens the dialog from the toolbar, on a tab. */
  async open(tab: 'Export' | 'Template' | 'Trash' = 'Export'): Promise<void> {
    await this.openButton.click();
    await this.root.waitFor();
    await this.tab(tab).click();
  }

  tab(name: 'Export' | 'Template' | 'Trash'): Locator {
    return this.root.getByRole('tab', { name, exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Clicks a button that saves a file and returns the download. */
  async download(buttonName: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(buttonName).click()]);
    return download;
  }

  /** Restores from a backup file's text. */
  async restore(fileName: string, json: string): Promise<void> {
    await this.root.getByTestId('restore-file').setInputFiles({ name: fileName, mimeType: 'application/ld+json', buffer: Buffer.from(json) });
  }

  /** A number in the restore report: added, updated, unchanged or detached. */
  reportCount(name: 'added' | 'updated' | 'unchanged' | 'detached'): Locator {
    return this.restoreReport.locator(`[data-count="${name}"] .restore-number`);
  }
}
