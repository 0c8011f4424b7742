/**
 * Wiring of main/electron/main.ts, run against a simulated Electron module (the real one
 * needs the Electron binary, which this machine lacks) and the real back end over the
 * real seeds. What Electron itself does with these calls is the e2e tests' job.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLectern } from '../../../main/core/library.js';
import { APP_SCHEME_PRIVILEGES, secureWebPreferences } from '../../../main/electron/security.js';

type Listener = (...args: unknown[]) => unknown;

/** A stand-in for the parts of Electron main.ts touches, recording what it is asked to do. */
function simulateElectron(options: { gotLock: boolean; userDataDir: string }) {
  let markReady!: () => void;
  const ready = new Promise<void>((r) => (markReady = r));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    commandLine: { getSwitchValue: (name: string) => (name === 'user-data-dir' ? options.userDataDir : '') },
    paths: {} as Record<string, string>,
    setPath: vi.fn((name: string, path: string) => (app.paths[name] = path)),
    getPath: (name: string) => app.paths[name] ?? `/nonexistent/${name}`,
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: vi.fn(() => options.gotLock),
    enableSandbox: vi.fn(),
    whenReady: () => ready,
    isReady: () => windows.length > 0,
    quit: vi.fn(),
    exit: vi.fn(),
    setAboutPanelOptions: vi.fn(),
    showAboutPanel: vi.fn(),
    setAsDefaultProtocolClient: vi.fn(),
  });
  const ipcHandlers = new Map<string, Listener>();
  const ipcMain = Object.assign(new EventEmitter(), {
    handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  });
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const session = {
    protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler) },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    webContents = Object.assign(new EventEmitter(), { id: 1, send: vi.fn(), setWindowOpenHandler: vi.fn(), isLoadingMainFrame: () => false, isDestroyed: () => false });
    minimized = true;
    loadURL = vi.fn(async () => {});
    focus = vi.fn();
    restore = vi.fn(() => (this.minimized = false));
    show = vi.fn();
    maximize = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isDestroyed = () => false;
    isMinimized = () => this.minimized;
    isVisible = () => true;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 820 });
  }
  const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1050 } };
  const module = {
    app,
    ipcMain,
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: { defaultSession: session },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display, getDisplayMatching: () => display },
    nativeTheme: { shouldUseDarkColors: false },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    shell: { openExternal: vi.fn(async () => {}), openPath: vi.fn(async () => '') },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    },
  };
  return { module, markReady, windows, ipcHandlers, protocolHandlers, session };
}

const current = vi.hoisted(() => ({ electron: null as unknown as Record<string, unknown> }));
// Each test gets a fresh simulation; the mocked module forwards to the current one.
vi.mock('electron', () => {
  const names = ['app', 'ipcMain', 'protocol', 'session', 'screen', 'nativeTheme', 'Menu', 'shell', 'dialog'];
  const forward = (name: string) => new Proxy({}, { get: (_t, key) => (current.electron[name] as Record<PropertyKey, unknown>)[key] });
  class BrowserWindow {
    constructor(options: unknown) {
      return new (current.electron.BrowserWindow as new (o: unknown) => object)(options);
    }
  }
  return { ...Object.fromEntries(names.map((name) => [name, forward(name)])), BrowserWindow };
});

let userDataDir: string;
let fake: ReturnType<typeof simulateElectron>;

async function startMain(gotLock = true) {
  fake = simulateElectron({ gotLock, userDataDir });
  current.electron = fake.module;
  vi.resetModules();
  await import('../../../main/electron/main.js');
  return fake;
}

const fromApp = (sender?: unknown) => ({ senderFrame: { url: 'app://lectern/index.html' }, sender });

beforeEach(() => {
  userDataDir = mkdtempSync(join(tmpdir(), 'lectern-main-'));
});
afterEach(async () => {
  // Let the library release its lock before the folder goes.
  fake?.module.app.emit('before-quit', { preventDefault: () => {} });
  await vi.waitFor(() => expect(fake.module.app.quit).toHaveBeenCalled());
  rmSync(userDataDir, { recursive: true, force: true });
});

describe('Electron main process wiring', () => {
  it('takes --user-data-dir, the app:// scheme and the sandbox before anything else', async () => {
    const { module } = await startMain();
    expect(module.app.setPath).toHaveBeenCalledWith('userData', resolve(userDataDir));
    expect(module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]);
    expect(module.app.enableSandbox).toHaveBeenCalled();
    expect(module.app.requestSingleInstanceLock).toHaveBeenCalledWith({ argv: process.argv });
  });

  it('quits at once, opening nothing, when another Lectern holds the library', async () => {
    const { module, markReady, windows } = await startMain(false);
    markReady();
    await new Promise((r) => setTimeout(r, 50));
    expect(module.app.quit).toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('opens one secure window on app://lectern/ once the library is open, and serves the API to it', async () => {
    const { markReady, windows, ipcHandlers, protocolHandlers, session } = await startMain();
    markReady();
    await vi.waitFor(() => expect(windows).toHaveLength(1), { timeout: 10_000 });
    const [window] = windows;
    expect(window.options.webPreferences).toEqual(secureWebPreferences(resolve('main/electron/preload.cjs')));
    expect(window.loadURL).toHaveBeenCalledWith('app://lectern/index.html');
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(protocolHandlers.has('app')).toBe(true);
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();

    const listed = (await ipcHandlers.get('lectern:listArticles')!(fromApp(), {})) as { ok: boolean; value: unknown[] };
    expect(listed.ok).toBe(true);
    expect(listed.value).toHaveLength(5);
    const refused = await ipcHandlers.get('lectern:listArticles')!({ senderFrame: { url: 'https://evil.example/' } }, {});
    expect(refused).toMatchObject({ ok: false });
  });

  it('brings the window back for a second launch and passes its deep link to the page once it listens', async () => {
    const { module, markReady, windows } = await startMain();
    markReady();
    await vi.waitFor(() => expect(windows).toHaveLength(1), { timeout: 10_000 });
    const [window] = windows;
    module.app.emit('second-instance', {}, ['lectern', 'lectern://article/a1#annotation=n1'], '/', { argv: ['lectern', 'lectern://article/a1#annotation=n1'] });
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled();
    module.ipcMain.emit('lectern:command-ready', fromApp(window.webContents));
    expect(window.webContents.send).toHaveBeenCalledWith('lectern:command', { type: 'open', articleId: 'a1', annotationId: 'n1' });
  });

  it('ignores a "ready" from anything but its own window', async () => {
    const { module, markReady, windows } = await startMain();
    markReady();
    await vi.waitFor(() => expect(windows).toHaveLength(1), { timeout: 10_000 });
    module.app.emit('open-url', { preventDefault: () => {} }, 'lectern://article/a2');
    module.ipcMain.emit('lectern:command-ready', fromApp({ other: true }));
    module.ipcMain.emit('lectern:command-ready', { senderFrame: { url: 'https://evil.example/' }, sender: windows[0].webContents });
    expect(windows[0].webContents.send).not.toHaveBeenCalled();
  });

  it('holds the quit until the library is closed, then quits', async () => {
    const { module, markReady, windows } = await startMain();
    markReady();
    await vi.waitFor(() => expect(windows).toHaveLength(1), { timeout: 10_000 });
    const event = { preventDefault: vi.fn() };
    module.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(module.app.quit).toHaveBeenCalledOnce());
  });
});

describe('desktop functions, files from the OS and the data folder', () => {
  const opened = async (gotLock = true) => {
    const started = await startMain(gotLock);
    started.markReady();
    await vi.waitFor(() => expect(started.windows).toHaveLength(1), { timeout: 10_000 });
    started.module.ipcMain.emit('lectern:command-ready', fromApp(started.windows[0].webContents));
    return started;
  };
  const sent = (window: { webContents: { send: { mock: { calls: unknown[][] } } } }) => window.webContents.send.mock.calls.map(([, command]) => command);

  it('answers the desktop functions over IPC, with the save dialog parented to the window', async () => {
    const { ipcHandlers, windows, module } = await opened();
    for (const name of ['saveArticleExport', 'exportLibraryToFolder', 'saveBackup', 'openBackup', 'importFiles', 'moveDataFolder']) {
      expect(ipcHandlers.has(`lectern-desktop:${name}`)).toBe(true);
    }
    const reply = await ipcHandlers.get('lectern-desktop:saveBackup')!(fromApp(), {});
    expect(reply).toEqual({ ok: true, value: null });
    expect(module.dialog.showSaveDialog).toHaveBeenCalledWith(windows[0], expect.objectContaining({ title: 'Back Up Annotations' }));
  });

  it('imports a file a second launch was asked to open, opens it in the running window and tells it the library changed', async () => {
    const { module, windows } = await opened();
    module.ipcMain.emit('lectern:changes-subscribe', fromApp(windows[0].webContents));
    const file = join(userDataDir, 'from the desktop.md');
    writeFileSync(file, '# Opened from the file manager\n\nA paragraph to read.');
    module.app.emit('second-instance', {}, ['lectern', file], '/', { argv: ['lectern', file] });
    await vi.waitFor(() => expect(sent(windows[0])).toContainEqual(expect.objectContaining({ type: 'open', articleId: 'from-the-desktop' })));
    expect(sent(windows[0])).toContainEqual({ kind: 'articles', source: 'external' });
  });

  it('explains a file it cannot import in a dialog and keeps running', async () => {
    const { module, windows } = await opened();
    const file = join(userDataDir, 'photo.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    module.app.emit('second-instance', {}, ['lectern', file], '/', null);
    await vi.waitFor(() => expect(module.dialog.showMessageBox).toHaveBeenCalled());
    const [parent, options] = module.dialog.showMessageBox.mock.calls[0] as [unknown, { type: string; message: string; detail: string }];
    expect(parent).toBe(windows[0]);
    expect(options).toMatchObject({ type: 'warning', message: 'Lectern could not import photo.txt', detail: expect.stringContaining('not a text file') });
    expect(module.app.quit).not.toHaveBeenCalled();
    const listed = (await fake.ipcHandlers.get('lectern:listArticles')!(fromApp(), {})) as { ok: boolean };
    expect(listed.ok).toBe(true);
  });

  it('imports a file macOS hands over before the app is ready, once the library is open', async () => {
    const started = await startMain();
    const file = join(userDataDir, 'early.txt');
    writeFileSync(file, 'Early bird\n\nThe first article of the day.');
    const event = { preventDefault: vi.fn() };
    started.module.app.emit('open-file', event, file);
    expect(event.preventDefault).toHaveBeenCalled();
    started.markReady();
    await vi.waitFor(() => expect(started.windows).toHaveLength(1), { timeout: 10_000 });
    started.module.ipcMain.emit('lectern:command-ready', fromApp(started.windows[0].webContents));
    await vi.waitFor(() => expect(sent(started.windows[0])).toContainEqual(expect.objectContaining({ type: 'open', articleId: 'early' })));
  });

  it('opens the library where location.json points, and "Open Data Folder" opens that folder', async () => {
    const moved = join(userDataDir, 'synced');
    await (await createLectern({ seedsDir: resolve('seeds'), dataDir: moved })).close();
    writeFileSync(join(userDataDir, 'location.json'), JSON.stringify({ version: 1, dataDir: moved }));
    const { module } = await opened();
    const template = module.Menu.setApplicationMenu.mock.calls[0][0] as Array<{ label?: string; submenu?: Array<{ label?: string; click?: () => void }> }>;
    template.find((item) => item.label === '&File')!.submenu!.find((item) => item.label === 'Open Data Folder')!.click!();
    expect(module.shell.openPath).toHaveBeenCalledWith(moved);
    expect(existsSync(join(moved, 'lectern.lock'))).toBe(true);
  });
});
