/**
 * The few native dialogs the desktop functions need, as plain async functions: each is
 * parented to the Lectern window (modal on macOS, centred on it elsewhere) and remembers
 * the last folder used, so the next dialog opens there. Electron's `dialog` is passed in.
 */
import type { BaseWindow, Dialog, FileFilter, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { dirname, join } from 'node:path';

export type { FileFilter };

/** The part of Electron's `dialog` used here (tests pass a fake). */
export type ElectronDialog = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;

export type Dialogs = {
  /** A path to save to, or null when cancelled. `fileName` is the suggested name. */
  saveFile(options: { title: string; fileName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Files to open (one unless `multiple`); empty when cancelled. */
  openFiles(options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<string[]>;
  /** A folder, or null when cancelled; the user may create one in the dialog. */
  chooseFolder(options: { title: string; buttonLabel: string }): Promise<string | null>;
  /** Asks before going on; true when the user chose `confirmLabel`. Cancel is the default. */
  confirm(options: { message: string; detail: string; confirmLabel: string }): Promise<boolean>;
  /** Tells the user something; resolves once dismissed. */
  inform(options: { type: 'info' | 'warning' | 'error'; message: string; detail?: string }): Promise<void>;
};

export const MARKDOWN_FILES: FileFilter[] = [{ name: 'Markdown', extensions: ['md'] }];
export const JSON_FILES: FileFilter[] = [{ name: 'Lectern backup (JSON)', extensions: ['json', 'jsonld'] }];
export const ARTICLE_FILES: FileFilter[] = [
  { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * Builds the dialogs over Electron's. `getWindow` gives the window to parent them to (null
 * when it is closed); `startFolder` is where the first dialog opens (the Documents folder).
 */
export function createNativeDialogs(dialog: ElectronDialog, getWindow: () => BaseWindow | null, startFolder: () => string): Dialogs {
  let lastFolder: string | null = null;
  const folder = () => lastFolder ?? startFolder();
  const remember = (path: string, isFolder = false) => {
    lastFolder = isFolder ? path : dirname(path);
  };
  // Each Electron dialog has a form with and one without a parent window; `dialog` is only touched when one opens.
  const save = (options: SaveDialogOptions) => {
    const window = getWindow();
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  };
  const open = (options: OpenDialogOptions) => {
    const window = getWindow();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  const box = (options: MessageBoxOptions) => {
    const window = getWindow();
    return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  };

  return {
    async saveFile({ title, fileName, filters }) {
      const { canceled, filePath } = await save({ title, defaultPath: join(folder(), fileName), filters, properties: ['createDirectory', 'showOverwriteConfirmation'] });
      if (canceled || !filePath) return null;
      remember(filePath);
      return filePath;
    },
    async openFiles({ title, filters, multiple }) {
      const properties: Array<'openFile' | 'multiSelections'> = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
      const { canceled, filePaths } = await open({ title, defaultPath: folder(), filters, properties });
      if (canceled || filePaths.length === 0) return [];
      remember(filePaths[0]);
      return filePaths;
    },
    async chooseFolder({ title, buttonLabel }) {
      const { canceled, filePaths } = await open({ title, buttonLabel, defaultPath: folder(), properties: ['openDirectory', 'createDirectory', 'promptToCreate'] });
      if (canceled || filePaths.length === 0) return null;
      remember(filePaths[0], true);
      return filePaths[0];
    },
    async confirm({ message, detail, confirmLabel }) {
      const { response } = await box({ type: 'question', title: 'Lectern', message, detail, buttons: [confirmLabel, 'Cancel'], defaultId: 1, cancelId: 1, noLink: true });
      return response === 0;
    },
    async inform({ type, message, detail }) {
      await box({ type, title: 'Lectern', message, detail, buttons: ['OK'], noLink: true });
    },
  };
}
