/**
 * Settings, reading positions and article-level notes: the small, per-user state.
 */
import type { LecternApi } from '../contract.js';
import type { Store } from './store/db.js';
import type { Catalog } from './articles.js';
import { notFound } from './errors.js';

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
      await store.mutate((db) => {
        const before = { last: db.reading.lastArticleId, entry: db.reading.byArticle[articleId] };
        db.reading.lastArticleId = articleId;
        db.reading.byArticle[articleId] = { scrollFraction, progress, lastOpened: clock().toISOString() };
        return {
          result: undefined,
          undo: () => {
            db.reading.lastArticleId = before.last;
            if (before.entry) db.reading.byArticle[articleId] = before.entry;
            else delete db.reading.byArticle[articleId];
          },
        };
      });
      return { ok: true as const };
    },

    async saveSettings(patch) {
      await store.mutate((db) => {
        const before = db.settings;
        db.settings = { ...before, ...patch };
        return { result: undefined, undo: () => void (db.settings = before) };
      });
      return store.data.settings;
    },

    async getArticleNote({ articleId }) {
      requireArticle(articleId);
      const entry = store.data.articleNotes[articleId];
      return { note: entry?.note ?? '', modified: entry?.modified ?? null };
    },

    async saveArticleNote({ articleId, note }) {
      requireArticle(articleId);
      await store.mutate((db) => {
        const before = db.articleNotes[articleId];
        db.articleNotes[articleId] = { note, modified: clock().toISOString() };
        return {
          result: undefined,
          undo: () => {
            if (before) db.articleNotes[articleId] = before;
            else delete db.articleNotes[articleId];
          },
        };
      });
      return { ok: true as const };
    },
  };
}
