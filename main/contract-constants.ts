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

/** Every kind of change the change stream announces (the contract's `Change`); the renderer checks notices against it. */
export const CHANGE_KINDS = ['annotations', 'articles', 'settings', 'reading', 'article-note', 'notices'] as const;

/** Serve mode: the header naming the calling client (one id per page), so its own changes come back as `local`. */
export const CLIENT_ID_HEADER = 'X-Lectern-Client';

/** Serve mode: the change stream, `GET` with the bearer token and `?client=<the same id>`. */
export const CHANGE_STREAM_PATH = '/api/changes';

/** A client id: short, URL- and header-safe. */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
