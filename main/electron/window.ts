/**
 * Creates the one reading window: secure web preferences, the saved size and place
 * (per display), shown once painted so there is no white flash.
 */
import { BrowserWindow, nativeTheme, screen, type Display } from 'electron';
import { secureWebPreferences } from './security.js';
import {
  MIN_SIZE,
  loadWindowState,
  recordWindowState,
  restoreWindowState,
  saveWindowState,
  type DisplayInfo,
} from './window-state.js';

export type MainWindowOptions = {
  preload: string;
  url: string;
  windowStateFile: string;
  log: (message: string, error?: unknown) => void;
};

const toInfo = (display: Display): DisplayInfo => ({ id: display.id, bounds: display.bounds, workArea: display.workArea });

/** Opens the window and starts loading the app; the window saves its state when it closes. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = loadWindowState(options.windowStateFile);
  const restored = restoreWindowState(saved, screen.getAllDisplays().map(toInfo), toInfo(screen.getPrimaryDisplay()));
  const window = new BrowserWindow({
    ...restored.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Lectern',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1b19' : '#faf8f3',
    webPreferences: secureWebPreferences(options.preload),
  });
  if (restored.maximized) window.maximize();

  const show = () => {
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  };
  window.once('ready-to-show', show);
  // A page that fails to load still gets a visible window (with Chromium's error page).
  window.webContents.once('did-fail-load', show);

  window.on('close', () => {
    try {
      const bounds = window.getNormalBounds();
      const display = toInfo(screen.getDisplayMatching(bounds));
      saveWindowState(options.windowStateFile, recordWindowState(loadWindowState(options.windowStateFile), display, { bounds, maximized: window.isMaximized() }));
    } catch (error) {
      options.log('Lectern could not remember the window size', error);
    }
  });

  window.loadURL(options.url).catch((error: unknown) => options.log(`Lectern could not load ${options.url}`, error));
  return window;
}

/** Brings a window to the front, restoring it if minimised. A window still loading shows itself when painted. */
export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible() && !window.webContents.isLoadingMainFrame()) window.show();
  window.focus();
}
