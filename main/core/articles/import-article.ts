/**
 * Importing an article: the file's content is written into the data folder's `articles/`
 * (the seeds folder may be read-only, e.g. inside an installed app), under a name that does
 * not collide with any article already in the library, and the library picks it up.
 */
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import type { LecternApi } from '../../contract.js';
import type { Catalog } from './catalog.js';
import { articleIdFor } from './load.js';
import { writeFileDurable } from '../store/durable-file.js';
import { ApiFailure, storageFailure } from '../errors.js';

export const IMPORTS_FOLDER = 'articles';

/**
 * A visible file name for the import whose article id is not taken yet. Leading dots go: the
 * library skips hidden files, so `.hidden.md` saved as it is would never show up.
 */
export function freeFileName(fileName: string, taken: (id: string) => boolean): string {
  // Not path.extname: it reads `.md` as a hidden file without an extension.
  const ext = (/\.[^./\\]+$/.exec(fileName)?.[0] ?? '').toLowerCase();
  const safe = fileName.slice(0, fileName.length - ext.length).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-');
  const stem = safe.replace(/^[\s.]+/, '').trim() || 'article';
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
      const folder = join(deps.dataDir, IMPORTS_FOLDER);
      const path = join(folder, name);
      try {
        await writeFileDurable(path, content);
      } catch (err) {
        throw storageFailure(err, folder, `Could not import ${fileName}`) ?? err;
      }
      await deps.catalog.refresh();
      const id = articleIdFor(name);
      const summary = deps.catalog.summaries(deps.countFor).find((s) => s.id === id);
      if (summary) return summary;
      // Never leave a file behind for an import that was refused.
      await rm(path, { force: true });
      await deps.catalog.refresh();
      throw new ApiFailure('internal', `${name} could not be added to the library, so it was not kept`);
    },
  };
}
