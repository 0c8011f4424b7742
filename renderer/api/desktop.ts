/**
 * The desktop app's own functions (native save and folder dialogs, importing files, moving
 * the data folder), when the page runs in the Lectern window; `desktop` is null in the
 * browser (serve mode), where the UI downloads files instead. Every function resolves to a
 * DesktopResult and never rejects: `{ ok: true, value: null }` means the user cancelled.
 */
import type { ApiError as ApiErrorShape } from '../../main/contract';
import type { DesktopBridge, DesktopResult } from '../../main/desktop-contract';
import { describeError } from '../ui/describe-error';
import { ApiError } from './client';

export type {
  DesktopBridge,
  DesktopDone,
  DesktopResult,
  FolderExport,
  ImportedFiles,
  MovedLibrary,
  RestoredBackup,
} from '../../main/desktop-contract';

const FUNCTIONS: ReadonlyArray<keyof DesktopBridge> = ['saveArticleExport', 'exportLibraryToFolder', 'saveBackup', 'openBackup', 'importFiles', 'moveDataFolder'];

/** The preload's `window.lectern.desktop`, if this page has one with every function. */
function findBridge(): DesktopBridge | null {
  if (typeof window === 'undefined') return null;
  const candidate = (window as unknown as { lectern?: { desktop?: Record<string, unknown> } }).lectern?.desktop;
  if (!candidate || !FUNCTIONS.every((name) => typeof candidate[name] === 'function')) return null;
  return candidate as unknown as DesktopBridge;
}

function lostContact(err: unknown): { ok: false; error: ApiErrorShape } {
  return { ok: false, error: { code: 'internal', message: `The Lectern window lost contact with the app: ${describeError(err)}` } };
}

/**
 * Calls one bridge function; a broken transport becomes an error result instead of a rejection.
 * What an import or a restore changed reaches the page on the change stream (as `external`).
 */
async function settle<T>(call: () => Promise<DesktopResult<T>>): Promise<DesktopResult<T>> {
  try {
    return await call();
  } catch (err) {
    return lostContact(err);
  }
}

function wrap(bridge: DesktopBridge): DesktopBridge {
  return Object.freeze({
    saveArticleExport: (articleId, options) => settle(() => bridge.saveArticleExport(articleId, options)),
    exportLibraryToFolder: (options, run) => settle(() => bridge.exportLibraryToFolder(options, run)),
    saveBackup: () => settle(() => bridge.saveBackup()),
    openBackup: () => settle(() => bridge.openBackup()),
    importFiles: () => settle(() => bridge.importFiles()),
    moveDataFolder: () => settle(() => bridge.moveDataFolder()),
  } satisfies DesktopBridge);
}

const found = findBridge();

/** The desktop functions, or null outside the desktop app: prefer native dialogs when this is set. */
export const desktop: DesktopBridge | null = found ? wrap(found) : null;

/** A result's value (null when cancelled), or an ApiError to throw, for code that prefers exceptions. */
export function unwrapDesktop<T>(result: DesktopResult<T>): T | null {
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}
