/**
 * IPC channel names shared by the main process and the preload.
 * Kept free of imports so the sandboxed preload bundle stays tiny (no zod):
 * a unit test checks METHOD_NAMES against the contract's `methodNames`.
 */

/** Every API method the renderer may call, in contract order. */
export const METHOD_NAMES = [
  'listArticles',
  'getArticle',
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
  'importBackup',
] as const;

/** Prefix of the invoke channel of each API method: `lectern:<method>`. */
export const METHOD_CHANNEL_PREFIX = 'lectern:';

/** Main → renderer: a menu or deep-link command for the UI. */
export const COMMAND_CHANNEL = 'lectern:command';

/** Renderer → main: the UI now listens for commands, so queued ones can be delivered. */
export const COMMAND_READY_CHANNEL = 'lectern:command-ready';

/** The invoke channel for one API method. */
export function methodChannel(method: string): string {
  return METHOD_CHANNEL_PREFIX + method;
}
