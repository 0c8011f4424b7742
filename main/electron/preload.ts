/**
 * The preload of the sandboxed window: exposes `window.lectern`, one async function per
 * API method, narrow command and change subscriptions, and `desktop`, the desktop-only functions
 * (native dialogs). ipcRenderer itself never reaches the page; each function can only
 * invoke its own fixed channel, and the main process checks what it sends.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMAND_CHANNEL, COMMAND_READY_CHANNEL, METHOD_NAMES, desktopChannel, methodChannel, type DesktopFunction } from './channels.js';
import type { AppCommand } from './commands.js';
import { CHANGE_CHANNEL, CHANGES_SUBSCRIBE_CHANNEL, CHANGES_UNSUBSCRIBE_CHANNEL } from './change-channels.js';
import type { DesktopBridge } from '../desktop-contract.js';

/** Packs each desktop function's arguments into the one payload its channel takes. */
function buildDesktopBridge(): DesktopBridge {
  const invoke = (name: DesktopFunction, payload: object = {}) => ipcRenderer.invoke(desktopChannel(name), payload);
  const desktop: DesktopBridge = {
    saveArticleExport: (articleId, options) => invoke('saveArticleExport', { articleId, options }),
    exportLibraryToFolder: (options, run) => invoke('exportLibraryToFolder', { options, dryRun: run?.dryRun }),
    saveBackup: () => invoke('saveBackup'),
    openBackup: () => invoke('openBackup'),
    importFiles: () => invoke('importFiles'),
    moveDataFolder: () => invoke('moveDataFolder'),
  };
  return Object.freeze(desktop);
}

/** Listeners of this page's change stream; the main process is asked to send it while there is one. */
const changeListeners = new Set<(notice: unknown) => void>();

function onChangeMessage(_event: IpcRendererEvent, notice: unknown): void {
  // The event object carries `sender` (an ipcRenderer); only the notice is passed on.
  for (const listener of [...changeListeners]) listener(notice);
}

/** `lectern.onChange(callback)`: every change the back end makes; returns the unsubscribe function. */
function subscribeToChanges(callback: (notice: unknown) => void): () => void {
  if (typeof callback !== 'function') throw new TypeError('lectern.onChange needs a function');
  const listener = (notice: unknown) => callback(notice);
  if (changeListeners.size === 0) {
    ipcRenderer.on(CHANGE_CHANNEL, onChangeMessage);
    ipcRenderer.send(CHANGES_SUBSCRIBE_CHANNEL);
  }
  changeListeners.add(listener);
  return () => {
    if (!changeListeners.delete(listener) || changeListeners.size > 0) return;
    ipcRenderer.removeListener(CHANGE_CHANNEL, onChangeMessage);
    ipcRenderer.send(CHANGES_UNSUBSCRIBE_CHANNEL);
  };
}

function buildBridge(): Record<string, unknown> {
  const bridge: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) {
    const channel = methodChannel(method);
    bridge[method] = (input?: unknown) => ipcRenderer.invoke(channel, input);
  }
  bridge.onCommand = (callback: (command: AppCommand) => void): (() => void) => {
    if (typeof callback !== 'function') throw new TypeError('lectern.onCommand needs a function');
    // The event object carries `sender` (an ipcRenderer); only the command is passed on.
    const listener = (_event: IpcRendererEvent, command: AppCommand) => callback(command);
    ipcRenderer.on(COMMAND_CHANNEL, listener);
    ipcRenderer.send(COMMAND_READY_CHANNEL);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, listener);
    };
  };
  bridge.onChange = subscribeToChanges;
  bridge.desktop = buildDesktopBridge();
  return Object.freeze(bridge);
}

contextBridge.exposeInMainWorld('lectern', buildBridge());
