/**
 * Export and backup handlers: gather an article's annotations (re-anchored), its note and
 * the user's settings, and hand them to the pure exporters in `export/`.
 */
import type { ExportOptions, LecternApi } from '../../contract.js';
import type { Store } from '../store/db.js';
import type { Catalog } from '../articles/catalog.js';
import { viewsFor } from '../annotations/service.js';
import { backupFileName, exportAll, previewExport, renderArticleMarkdown, toAnnotationCollection, type ArticleExport } from './index.js';
import { restoreBackup } from './restore-backup.js';

type ExportMethods = Pick<LecternApi, 'exportArticle' | 'exportLibrary' | 'previewExport' | 'exportBackup' | 'importBackup'>;

interface ExportDeps {
  store: Store;
  catalog: Catalog;
  clock: () => Date;
}

/** What one article contributes to an export. */
export function articleExport(deps: Pick<ExportDeps, 'store' | 'catalog'>, articleId: string): ArticleExport {
  return {
    article: deps.catalog.get(articleId),
    annotations: viewsFor(deps, articleId),
    articleNote: deps.store.data.articleNotes[articleId]?.note ?? '',
  };
}

/** Every readable article of the library, for "export all". */
export function libraryExport(deps: Pick<ExportDeps, 'store' | 'catalog'>): ArticleExport[] {
  return deps.catalog
    .summaries(() => 0)
    .filter((s) => s.error === null)
    .map((s) => articleExport(deps, s.id));
}

/** Renders the whole library with the user's settings and template. */
export function renderLibrary(deps: ExportDeps, options: Partial<ExportOptions>) {
  return exportAll(libraryExport(deps), { settings: deps.store.data.settings, options, exportedAt: deps.clock() });
}

/** The export part of the API. */
export function exportHandlers(deps: ExportDeps): ExportMethods {
  const { store, catalog, clock } = deps;

  return {
    async exportArticle({ articleId, options }) {
      return renderArticleMarkdown({ ...articleExport(deps, articleId), settings: store.data.settings, options, exportedAt: clock() });
    },

    async exportLibrary({ options }) {
      return renderLibrary(deps, options);
    },

    async previewExport({ template, articleId, options }) {
      const real = articleId ? articleExport(deps, articleId) : {};
      return previewExport({ template, settings: store.data.settings, options, exportedAt: clock(), ...real });
    },

    async exportBackup() {
      const articles = catalog.summaries(() => 0);
      const collection = toAnnotationCollection(store.data.annotations, articles, clock());
      return { fileName: backupFileName(clock()), json: JSON.stringify(collection, null, 2) };
    },

    async importBackup({ json }) {
      return restoreBackup(deps, json);
    },
  };
}
