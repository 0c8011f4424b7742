/**
 * The shape of `window.lectern` in the desktop app, as the preload exposes it.
 * Types only: the renderer may import this file to type its Electron transport.
 */
import type { Input, MethodName, Output, Result } from '../contract.js';
import type { AppCommand } from './commands.js';
import type { DesktopBridge } from '../desktop-contract.js';

export type LecternBridge = { [M in MethodName]: (input?: Input<M>) => Promise<Result<Output<M>>> } & {
  /** Calls `callback` for each menu or deep-link command; returns a function that unsubscribes. */
  onCommand(callback: (command: AppCommand) => void): () => void;
  /** What only the desktop app can do: native save and folder dialogs, imports, moving the data folder. */
  desktop: DesktopBridge;
};
