/**
 * The preload of the sandboxed window: exposes `window.lectern`, one async function per
 * API method plus a narrow command subscription. ipcRenderer itself never reaches the
 * page; each function can only invoke its own fixed channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMAND_CHANNEL, COMMAND_READY_CHANNEL, METHOD_NAMES, methodChannel } from './channels.js';
import type { AppCommand } from './commands.js';

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
  return Object.freeze(bridge);
}

contextBridge.exposeInMainWorld('lectern', buildBridge());
