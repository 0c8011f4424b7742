/**
 * Which API methods change what: one row per contract method, so a new method must say
 * whether it changes anything (the type has a key for every method). Feature handlers do
 * not announce; the composition root wraps them with this table (announcing-api.ts).
 */
import type { Change, MethodName, Output, ParsedInput } from '../../contract.js';

/** What a mutating method changed, from its input and reply; `before` runs ahead of the call for what the call erases. */
export type ChangeRule<M extends MethodName> = {
  before?(input: ParsedInput<M>): unknown;
  change(input: ParsedInput<M>, output: Output<M>, before: unknown): Change | null;
};

/** A row per method: its rule, or null for a method that changes nothing. */
export type ChangeTable = { [M in MethodName]: ChangeRule<M> | null };

/** What the table needs to know about the library (a deleted annotation's article is gone from the reply). */
export type ChangeTableDeps = { articleOfAnnotation(id: string): string | null };

const annotationsOf = (articleId: string | null): Change => ({ kind: 'annotations', articleIds: articleId === null ? null : [articleId] });

/** Builds the table over the library's current data. */
export function changeTable(deps: ChangeTableDeps): ChangeTable {
  return {
    listArticles: null,
    getArticle: null,
    importArticle: { change: () => ({ kind: 'articles' }) },
    getState: null,
    saveReading: { change: (input) => ({ kind: 'reading', articleId: input.articleId }) },
    saveSettings: { change: () => ({ kind: 'settings' }) },
    listAnnotations: null,
    createAnnotation: { change: (_input, view) => annotationsOf(view.articleId) },
    updateAnnotation: { change: (_input, view) => annotationsOf(view.articleId) },
    deleteAnnotation: {
      before: (input) => deps.articleOfAnnotation(input.id),
      change: (_input, _ok, articleId) => annotationsOf(typeof articleId === 'string' ? articleId : null),
    },
    restoreAnnotation: { change: (_input, view) => annotationsOf(view.articleId) },
    listTrash: null,
    getArticleNote: null,
    saveArticleNote: { change: (input) => ({ kind: 'article-note', articleId: input.articleId }) },
    listTags: null,
    exportArticle: null,
    exportLibrary: null,
    previewExport: null,
    searchLibrary: null,
    exportBackup: null,
    listNotices: null,
    dismissNotice: { change: () => ({ kind: 'notices' }) },
    importBackup: { change: (_input, report) => (report.added + report.updated > 0 ? annotationsOf(null) : null) },
  };
}
