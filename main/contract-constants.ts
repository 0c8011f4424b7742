/**
 * The contract's plain values, without zod: the renderer and the preload import these, so
 * neither bundles the schema library just to know the colours or the method names.
 * A unit test holds METHOD_NAMES to the contract's own list.
 */

export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

export const MAX_NOTE_CHARS = 100_000;
export const MAX_TAGS = 50;
export const MAX_TAG_CHARS = 64;

/** Every API method the renderer may call, in contract order. */
export const METHOD_NAMES = [
  'listArticles',
  'getArticle',
  'importArticle',
  'getState',
  'saveReading',
  'saveSettings',
  'listAnnotations',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'listTrash',
  'getArticleNote',
  'saveArticleNote',
  'listTags',
  'exportArticle',
  'exportLibrary',
  'previewExport',
  'searchLibrary',
  'exportBackup',
  'listNotices',
  'dismissNotice',
  'importBackup',
] as const;
