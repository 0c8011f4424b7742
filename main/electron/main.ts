/**
 * Lectern's Electron main process: one instance, one sandboxed window served from
 * app://lectern/, the API and the desktop functions (native dialogs) over validated IPC,
 * deep links, files opened from the OS, and a native menu.
 * Each concern lives in its own module; this file only wires them to Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { resolve } from 'node:path';
import { describeError } from '../core/errors.js';
import { DEEP_LINK_SCHEME } from '../core/links/deep-link.js';
import { createAppFileHandler } from './app-files.js';
import { COMMAND_CHANNEL, COMMAND_READY_CHANNEL } from './channels.js';
import { CommandChannel } from './command-channel.js';
import { createDeepLinkRouter, secondInstanceArgv } from './deep-links.js';
import { createDesktopHandlers, importAndOpen, type DesktopDeps } from './desktop-handlers.js';
import { createFileOpener } from './file-open.js';
import { hardenSession, hardenWebContents } from './harden.js';
import { registerApiHandlers, registerChangeChannel, registerDesktopHandlers, senderUrl } from './ipc.js';
import { LibraryHost } from './library-host.js';
import { buildMenuTemplate } from './menu.js';
import { createMenuTasks } from './menu-tasks.js';
import { createNativeDialogs } from './native-dialogs.js';
import { APP_ENTRY_URL, APP_SCHEME, devServerOrigin, isAppUrl } from './origin.js';
import { resolveAppPaths } from './paths.js';
import { createQuitGuard } from './quit-guard.js';
import { APP_SCHEME_PRIVILEGES } from './security.js';
import { createMainWindow, revealWindow } from './window.js';

const log = (message: string, error?: unknown) => console.error(error === undefined ? message : `${message}: ${String(error)}`);

// A dev server is only ever used by unpackaged runs, and only on loopback.
const devOrigin = app.isPackaged ? null : devServerOrigin(process.env.LECTERN_DEV_URL);

// --user-data-dir gives tests (and careful users) a separate library; the single-instance
// lock lives in userData, so this must happen before the lock is taken.
const userDataSwitch = app.commandLine.getSwitchValue('user-data-dir');
if (userDataSwitch) app.setPath('userData', resolve(userDataSwitch));

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

if (app.requestSingleInstanceLock({ argv: process.argv })) {
  start();
} else {
  // Another Lectern owns this library; it receives our argv through 'second-instance'.
  app.quit();
}

/** Tells the user, once the window is up, what the library had to do on opening (a damaged file moved aside...). */
function showNotices(window: BrowserWindow, notices: string[]): void {
  window.once('ready-to-show', () => {
    void dialog.showMessageBox(window, { type: 'warning', title: 'Lectern', message: 'Lectern opened your library with a warning', detail: notices.join('\n\n') });
  });
}

function start(): void {
  const paths = resolveAppPaths(
    { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, userData: app.getPath('userData') },
    __dirname,
  );
  // The library opens in the folder location.json names (a moved library), else in userData.
  const host = new LibraryHost({ seedsDir: paths.seedsDir, defaultDir: paths.dataDir });
  let window: BrowserWindow | null = null;

  const commands = new CommandChannel((command) => {
    if (window && !window.isDestroyed()) window.webContents.send(COMMAND_CHANNEL, command);
  });

  const openWindow = (): BrowserWindow => {
    const created = createMainWindow({
      preload: paths.preload,
      url: devOrigin ? (process.env.LECTERN_DEV_URL as string) : APP_ENTRY_URL,
      windowStateFile: paths.windowStateFile,
      log,
    });
    created.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) commands.markNotReady();
    });
    created.on('closed', () => {
      window = null;
      commands.markNotReady();
    });
    return created;
  };

  const reveal = () => {
    if (!app.isReady() || !host.api) return; // the window opens as soon as the library is ready
    window ??= openWindow();
    revealWindow(window);
  };

  const router = createDeepLinkRouter({ post: (command) => commands.post(command), reveal, log });
  const dialogs = createNativeDialogs(dialog, () => (window && !window.isDestroyed() ? window : null), () => app.getPath('documents'));
  const desktopDeps: DesktopDeps = {
    host,
    dialogs,
    post: (command) => commands.post(command),
    reload: () => window?.webContents.reload(),
  };
  const desktop = createDesktopHandlers(desktopDeps);
  const files = createFileOpener({
    importAndOpen: (list) => importAndOpen(desktopDeps, list),
    reveal,
    warn: (message, detail) => dialogs.inform({ type: 'warning', message, detail }),
  });
  const runMenuTask = createMenuTasks({
    handlers: desktop,
    dialogs,
    currentArticleId: async () => (host.api ? (await host.api.getState({})).reading.lastArticleId : null),
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => shell.openExternal(url), log));
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    reveal();
    const args = secondInstanceArgv(argv, additionalData);
    router.handleArgv(args);
    files.handleArgv(args, workingDirectory);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    router.handleUrl(url);
  });
  // macOS: files opened with Lectern from the Finder, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    files.handlePath(path);
  });

  const trusted = (url: string | null) => isAppUrl(url, devOrigin);
  registerApiHandlers(ipcMain, (client) => host.apiFor(client), trusted);
  registerChangeChannel(ipcMain, host.changes, trusted);
  registerDesktopHandlers(ipcMain, desktop, trusted);
  ipcMain.on(COMMAND_READY_CHANNEL, (event) => {
    if (window && event.sender === window.webContents && isAppUrl(senderUrl(event), devOrigin)) commands.markReady();
  });

  app.on('before-quit', createQuitGuard({ close: () => host.close(), quit: () => app.quit(), log }));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', reveal);

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession, devOrigin);
      session.defaultSession.protocol.handle(APP_SCHEME, createAppFileHandler(paths.rendererDir));
      app.setAboutPanelOptions({ applicationName: 'Lectern', applicationVersion: app.getVersion(), copyright: 'MIT licence' });
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            appName: 'Lectern',
            isDev: !app.isPackaged,
            send: (command) => commands.post(command),
            run: (task) => void runMenuTask(task),
            openDataFolder: () => void shell.openPath(host.dataDir).then((error) => error && log(`Could not open ${host.dataDir}: ${error}`)),
            showAbout: () => app.showAboutPanel(),
          }),
        ),
      );
      // Only an installed Lectern registers itself as the lectern:// handler, so that
      // development runs never take the links over from it.
      if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);

      const notices = await host.start();
      window = openWindow();
      router.handleArgv(process.argv);
      files.handleArgv(process.argv);
      files.markReady();
      if (notices.length > 0) showNotices(window, notices);
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Lectern could not start', describeError(error));
      app.exit(1);
    });
}
