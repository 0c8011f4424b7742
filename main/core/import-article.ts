/**
 * Importing an article: the file's content is written into the data folder's `articles/`
 * (the seeds folder may be read-only, e.g. inside an installed app), under a name that does
 * not collide with any article already in the library, and the library picks it up.
 */
import { join, extname } from 'node:path';
import type { LecternApi } from '../contract.js';
import type { Catalog } from './articles.js';
import { articleIdFor } from './seeds/load.js';
import { writeFileDurable } from './store/durable-file.js';
import { ApiFailure } from './errors.js';

export const IMPORTS_FOLDER = 'articles';

/** A file name for the import whose article id is not taken yet. */
export function freeFileName(fileName: string, taken: (id: string) => boolean): string {
  const ext = extname(fileName).toLowerCase();
  const stem = fileName.slice(0, fileName.length - ext.length).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').trim() || 'article';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${stem}${ext}` : `${stem} (${n})${ext}`;
    if (!taken(articleIdFor(candidate))) return candidate;
  }
}

/** The import part of the API. */
export function importHandlers(deps: { catalog: Catalog; dataDir: string; countFor: (id: string) => number }): Pick<LecternApi, 'importArticle'> {
  return {
    async importArticle({ fileName, content }) {
      if (content.trim() === '') throw new ApiFailure('invalid_input', `${fileName} is empty: there is nothing to read`);
      const name = freeFileName(fileName, (id) => deps.catalog.has(id));
      await writeFileDurable(join(deps.dataDir, IMPORTS_FOLDER, name), content);
      await deps.catalog.refresh();
      const id = articleIdFor(name);
      const summary = deps.catalog.summaries(deps.countFor).find((s) => s.id === id);
      if (!summary) throw new ApiFailure('internal', `${name} was saved but the library did not pick it up`);
      return summary;
    },
  };
}
