/**
 * The desktop functions behind `window.lectern.desktop` and the File menu: each runs a
 * native dialog flow and answers a DesktopResult (value, null when cancelled, or an error
 * a person can act on). One flow at a time, so a double click cannot stack dialogs.
 */
import { basename, dirname } from 'node:path';
import type { ApiError, LecternApi } from '../contract.js';
import { DataMoveError } from '../core/library-folder/move.js';
import { ApiFailure, describeError } from '../core/errors.js';
import type { DesktopFunction } from './channels.js';
import type { AppCommand } from './commands.js';
import { exportLibraryToFolder, openBackup, saveArticleExport, saveBackup } from './desktop-exports.js';
import type { DesktopInput } from './desktop-inputs.js';
import type { DesktopResult, DesktopValues, ImportedFiles, MovedLibrary } from '../desktop-contract.js';
import { describeImport, importPaths } from './import-files.js';
import type { LibraryHost } from './library-host.js';
import { ARTICLE_FILES, type Dialogs } from './native-dialogs.js';

export type DesktopDeps = {
  host: Pick<LibraryHost, 'api' | 'dataDir' | 'check' | 'relocate'>;
  dialogs: Dialogs;
  /** Sends a command to the page (open the imported article); what changed reaches it on the change stream. */
  post(command: AppCommand): void;
  /** Reloads the window, once the library moved. */
  reload(): void;
  /** Runs `task` after the reply reached the page (so a reload does not swallow it); setTimeout by default. */
  later?(task: () => void): void;
};

/** One function per desktop function, taking its checked input. */
export type DesktopHandlers = { [N in DesktopFunction]: (input: DesktopInput<N>) => Promise<DesktopResult<DesktopValues[N]>> };

const NOT_READY = new ApiFailure('io_error', 'the library is not open right now (it is opening or moving); try again in a moment');
const BUSY: DesktopResult<never> = { ok: false, error: { code: 'conflict', message: 'Lectern is already showing a dialog; finish that one first.' } };

/** Turns anything a flow throws into an error for the user. */
export function toDesktopError(err: unknown): ApiError {
  if (err instanceof ApiFailure) return { code: err.code, message: err.message };
  if (err instanceof DataMoveError) {
    const code = err.reason === 'copy-failed' || err.reason === 'verify-failed' ? 'io_error' : err.reason === 'in-use' ? 'conflict' : 'invalid_input';
    return { code, message: err.message };
  }
  if (err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string') return { code: 'io_error', message: err.message };
  return { code: 'internal', message: describeError(err) };
}

/** Imports files and opens the last one imported; the import is announced on the change stream as `external`. */
export async function importAndOpen(deps: DesktopDeps, paths: readonly string[]): Promise<ImportedFiles> {
  const api = deps.host.api;
  if (!api) throw NOT_READY;
  const outcome = await importPaths(api, paths);
  const last = outcome.imported.at(-1);
  if (last) deps.post({ type: 'open', articleId: last.id, annotationId: null });
  const lines = describeImport(outcome);
  if (!last) throw new ApiFailure('invalid_input', lines.join('\n'));
  const failures = outcome.failures.map((f) => ({ file: basename(f.path), reason: f.reason }));
  return { path: dirname(paths[0]), lines, articles: outcome.imported, failures };
}

async function importFiles(deps: DesktopDeps): Promise<ImportedFiles | null> {
  const paths = await deps.dialogs.openFiles({ title: 'Import Articles', filters: ARTICLE_FILES, multiple: true });
  return paths.length === 0 ? null : importAndOpen(deps, paths);
}

async function moveDataFolder(deps: DesktopDeps): Promise<MovedLibrary | null> {
  const to = await deps.dialogs.chooseFolder({ title: 'Move the Library to a Folder', buttonLabel: 'Move Here' });
  if (!to) return null;
  const from = deps.host.dataDir;
  await deps.host.check(to);
  const go = await deps.dialogs.confirm({
    message: `Move your library to ${to}?`,
    detail: `Lectern copies your annotations, settings and imported articles there, checks every copy, and then uses that folder. The old copy stays in ${from}. The window reloads when the move is done.`,
    confirmLabel: 'Move',
  });
  if (!go) return null;
  const report = await deps.host.relocate(to);
  (deps.later ?? ((task) => setTimeout(task, 50)))(() => {
    deps.reload();
    void deps.dialogs.inform({ type: 'info', message: 'Lectern moved your library', detail: report.lines.join('\n') });
  });
  return { path: report.to, from: report.from, lines: report.lines };
}

/** Builds the desktop functions over the open library and the dialogs. */
export function createDesktopHandlers(deps: DesktopDeps): DesktopHandlers {
  const api = (): LecternApi => {
    const current = deps.host.api;
    if (!current) throw NOT_READY;
    return current;
  };
  const exportDeps = { api, dialogs: deps.dialogs };
  let busy = false;
  const flow =
    <I, T>(run: (input: I) => Promise<T | null>) =>
    async (input: I): Promise<DesktopResult<T>> => {
      if (busy) return BUSY;
      busy = true;
      try {
        return { ok: true, value: await run(input) };
      } catch (err) {
        return { ok: false, error: toDesktopError(err) };
      } finally {
        busy = false;
      }
    };
  return {
    saveArticleExport: flow((input) => saveArticleExport(exportDeps, input)),
    exportLibraryToFolder: flow((input) => exportLibraryToFolder(exportDeps, input)),
    saveBackup: flow(() => saveBackup(exportDeps)),
    // The restore goes through the back end's own API, so every window hears it as an `external` change.
    openBackup: flow(() => openBackup(exportDeps)),
    importFiles: flow(() => importFiles(deps)),
    moveDataFolder: flow(() => moveDataFolder(deps)),
  };
}
