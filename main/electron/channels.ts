/**
 * IPC channel names shared by the main process and the preload.
 * Kept free of imports so the sandboxed preload bundle stays tiny (no zod):
 * a unit test checks METHOD_NAMES against the contract's `methodNames`.
 */

export { METHOD_NAMES } from '../contract-constants.js';

/**
 * The desktop-only functions under `window.lectern.desktop`: each shows a native dialog in
 * the main process and reads or writes the file the user chose (desktop-handlers.ts).
 */
export const DESKTOP_FUNCTIONS = [
  'saveArticleExport',
  'exportLibraryToFolder',
  'saveBackup',
  'openBackup',
  'importFiles',
  'moveDataFolder',
] as const;

export type DesktopFunction = (typeof DESKTOP_FUNCTIONS)[number];

/** Prefix of the invoke channel of each desktop function: `lectern-desktop:<name>`. */
export const DESKTOP_CHANNEL_PREFIX = 'lectern-desktop:';

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

/** The invoke channel for one desktop function. */
export function desktopChannel(name: DesktopFunction): string {
  return DESKTOP_CHANNEL_PREFIX + name;
}
