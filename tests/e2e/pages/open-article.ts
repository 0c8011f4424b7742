import { expect, type Page } from '@playwright/test';
import { AnnotationsPage } from './annotations-page';
import { LecternApp } from './lectern-app';

/** Opens the app at `url` and one article, and waits until its blocks and highlights are loaded. */
export async function openArticle(page: Page, url: string, id: string): Promise<{ app: LecternApp; ann: AnnotationsPage }> {
  const app = new LecternApp(page);
  await app.goto(url);
  await app.library.entryById(id).click();
  await expect(page.locator(`article.article[data-article-id="${id}"] [data-block-start]`).first()).toBeVisible();
  const ann = new AnnotationsPage(page);
  await expect(ann.sidebar.getByText('Loading highlights…')).toHaveCount(0);
  return { app, ann };
}
