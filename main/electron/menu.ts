/**
 * The application menu as a template. Items that change the page send an AppCommand
 * to the renderer; file items (import, export, backup, data folder) run in the main
 * process with native dialogs; the rest use Electron roles. Pure (types only from
 * Electron), so tests can walk it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from './commands.js';
import type { MenuTask } from './menu-tasks.js';

export type MenuActions = {
  platform: NodeJS.Platform;
  appName: string;
  /** Adds reload and developer tools, for unpackaged runs only. */
  isDev: boolean;
  send: (command: AppCommand) => void;
  /** Runs a File menu task with native dialogs (menu-tasks.ts). */
  run: (task: MenuTask) => void;
  openDataFolder: () => void;
  showAbout: () => void;
};

type Item = MenuItemConstructorOptions;

/** Builds the full menu; `send` is wired into each command item's click. */
export function buildMenuTemplate(actions: MenuActions): Item[] {
  const isMac = actions.platform === 'darwin';
  const item = (label: string, cmd: AppCommand, accelerator?: string): Item => ({
    label,
    accelerator,
    click: () => actions.send(cmd),
  });

  const appMenu: Item = {
    label: actions.appName,
    submenu: [
      { label: `About ${actions.appName}`, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const task = (label: string, name: MenuTask, accelerator?: string): Item => ({ label, accelerator, click: () => actions.run(name) });

  const file: Item = {
    label: '&File',
    submenu: [
      task('Import…', 'import', 'CmdOrCtrl+O'),
      { type: 'separator' },
      task('Export Article…', 'export-article', 'CmdOrCtrl+E'),
      task('Export All…', 'export-all', 'CmdOrCtrl+Shift+E'),
      { type: 'separator' },
      task('Back Up Annotations…', 'back-up'),
      task('Restore from Backup…', 'restore'),
      { type: 'separator' },
      { label: 'Open Data Folder', click: () => actions.openDataFolder() },
      task('Move Data Folder…', 'move-data-folder'),
      ...(isMac ? [{ type: 'separator' } as Item, { role: 'close' } as Item] : [{ type: 'separator' } as Item, { role: 'quit' } as Item]),
    ],
  };

  const edit: Item = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      item('Find…', { type: 'find' }, 'CmdOrCtrl+F'),
    ],
  };

  const view: Item = {
    label: '&View',
    submenu: [
      {
        label: 'Theme',
        submenu: [
          item('System', { type: 'set-theme', theme: 'system' }),
          item('Light', { type: 'set-theme', theme: 'light' }),
          item('Dark', { type: 'set-theme', theme: 'dark' }),
        ],
      },
      { type: 'separator' },
      item('Larger Text', { type: 'font-size', change: 'increase' }, 'CmdOrCtrl+='),
      item('Smaller Text', { type: 'font-size', change: 'decrease' }, 'CmdOrCtrl+-'),
      item('Default Text Size', { type: 'font-size', change: 'reset' }, 'CmdOrCtrl+0'),
      { type: 'separator' },
      item('Toggle Library', { type: 'toggle-sidebar', side: 'library' }, 'CmdOrCtrl+\\'),
      item('Toggle Notes', { type: 'toggle-sidebar', side: 'notes' }, 'CmdOrCtrl+Shift+\\'),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(actions.isDev ? [{ type: 'separator' } as Item, { role: 'reload' } as Item, { role: 'toggleDevTools' } as Item] : []),
    ],
  };

  const go: Item = {
    label: '&Go',
    submenu: [
      item('Next Article', { type: 'go', direction: 'next' }, 'CmdOrCtrl+]'),
      item('Previous Article', { type: 'go', direction: 'previous' }, 'CmdOrCtrl+['),
    ],
  };

  const help: Item = {
    role: 'help',
    label: '&Help',
    submenu: [
      item('Keyboard Shortcuts', { type: 'show-shortcuts' }, 'CmdOrCtrl+/'),
      ...(isMac ? [] : [{ type: 'separator' } as Item, { label: `About ${actions.appName}`, click: () => actions.showAbout() }]),
    ],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, go, ...(isMac ? [{ role: 'windowMenu' } as Item] : []), help];
}
