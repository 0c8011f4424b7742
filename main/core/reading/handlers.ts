/**
 * Settings, reading positions and article-level notes: the small, per-user state.
 */
import type { LecternApi } from '../../contract.js';
import type { Store } from '../store/db.js';
import type { Catalog } from '../articles/catalog.js';
import { notFound } from '../errors.js';

type ReadingMethods = Pick<LecternApi, 'getState' | 'saveReading' | 'saveSettings' | 'getArticleNote' | 'saveArticleNote'>;

/** The reading-state part of the API. */
export function readingHandlers(deps: { store: Store; catalog: Catalog; clock: () => Date }): ReadingMethods {
  const { store, catalog, clock } = deps;
  const requireArticle = (id: string) => {
    if (!catalog.has(id)) throw notFound(`Article "${id}"`);
  };

  return {
    async getState() {
      return { settings: store.data.settings, reading: store.data.reading };
    },

    async saveReading({ articleId, scrollFraction, progress }) {
      requireArticle(articleId);
      const entry = { scrollFraction, progress, lastOpened: clock().toISOString() };
      await store.mutate([{ t: 'reading', articleId, entry, last: articleId }]);
      return { ok: true as const };
    },

    async saveSettings(patch) {
      await store.mutate([{ t: 'settings', settings: { ...store.data.settings, ...patch } }]);
      return store.data.settings;
    },

    async getArticleNote({ articleId }) {
      requireArticle(articleId);
      const entry = store.data.articleNotes[articleId];
      return { note: entry?.note ?? '', modified: entry?.modified ?? null };
    },

    async saveArticleNote({ articleId, note }) {
      requireArticle(articleId);
      await store.mutate([{ t: 'articleNote', articleId, value: { note, modified: clock().toISOString() } }]);
      return { ok: true as const };
    },
  };
}
