/**
 * The File menu's tasks, run in the main process: the menu knows the window, so it runs
 * the same desktop functions the page can call, and shows their outcome itself (an error,
 * files that did not import, the report of a folder export or a restore).
 */
import type { ApiError } from '../contract.js';
import { describeError } from '../core/errors.js';
import type { DesktopHandlers } from './desktop-handlers.js';
import { DESKTOP_INPUTS } from './desktop-inputs.js';
import type { DesktopResult } from '../desktop-contract.js';
import type { Dialogs } from './native-dialogs.js';

export type MenuTask = 'import' | 'export-article' | 'export-all' | 'back-up' | 'restore' | 'move-data-folder';

export type MenuTaskDeps = {
  handlers: DesktopHandlers;
  dialogs: Pick<Dialogs, 'inform'>;
  /** The article the window shows (the last one opened), or null. */
  currentArticleId(): Promise<string | null>;
};

/** What failed, in words, for the error box's title. */
const FAILED: Record<MenuTask, string> = {
  import: 'Lectern could not import the files',
  'export-article': 'Lectern could not export the article',
  'export-all': 'Lectern could not export the library',
  'back-up': 'Lectern could not save the backup',
  restore: 'Lectern could not restore the backup',
  'move-data-folder': 'Lectern could not move the library',
};

/** Lines for a message box: the first few, then how many more (a library can have hundreds of files). */
export function boxLines(lines: readonly string[], max = 15): string {
  const shown = lines.slice(0, max);
  if (lines.length > max) shown.push(`…and ${lines.length - max} more`);
  return shown.join('\n');
}

/** Builds the function the menu calls; it never throws. */
export function createMenuTasks(deps: MenuTaskDeps): (task: MenuTask) => Promise<void> {
  const { handlers, dialogs } = deps;
  const failed = (task: MenuTask, error: ApiError) => dialogs.inform({ type: 'error', message: FAILED[task], detail: error.message });
  const show = async <T>(task: MenuTask, result: DesktopResult<T>, done?: (value: T) => Promise<void>) => {
    if (!result.ok) await failed(task, result.error);
    else if (result.value !== null && done) await done(result.value);
  };

  const run = async (task: MenuTask): Promise<void> => {
    switch (task) {
      case 'import':
        return show(task, await handlers.importFiles({}), async ({ failures }) => {
          if (failures.length === 0) return;
          await dialogs.inform({ type: 'warning', message: `Lectern could not import ${failures.length} of the files`, detail: boxLines(failures.map((f) => `${f.file}: ${f.reason}`)) });
        });
      case 'export-article': {
        const articleId = await deps.currentArticleId();
        if (!articleId) return dialogs.inform({ type: 'info', message: 'Open an article first', detail: 'Export Article saves the article you are reading, with its highlights and notes, as Markdown.' });
        return show(task, await handlers.saveArticleExport(DESKTOP_INPUTS.saveArticleExport.parse({ articleId })));
      }
      case 'export-all':
        return show(task, await handlers.exportLibraryToFolder(DESKTOP_INPUTS.exportLibraryToFolder.parse({})), (value) =>
          dialogs.inform({ type: 'info', message: `Lectern exported your library to ${value.path}`, detail: boxLines(value.lines) }),
        );
      case 'back-up':
        return show(task, await handlers.saveBackup({}));
      case 'restore':
        return show(task, await handlers.openBackup({}), (value) => dialogs.inform({ type: 'info', message: 'Lectern restored the backup', detail: boxLines(value.lines) }));
      case 'move-data-folder':
        // A move that worked reports itself once the window has reloaded.
        return show(task, await handlers.moveDataFolder({}));
    }
  };
  return (task) => run(task).catch((err: unknown) => failed(task, { code: 'internal', message: describeError(err) }));
}
