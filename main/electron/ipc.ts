/**
 * Exposes the API over IPC: one `lectern:<method>` invoke channel per contract method, and
 * one `lectern-desktop:<name>` channel per desktop function, each answering only frames
 * that show the app's own page, with the input checked before anything runs. Electron objects are passed
 * in, so this module is tested with plain fakes.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { LecternApi, Result } from '../contract.js';
import { describeIssues, dispatch } from '../core/dispatch.js';
import { DESKTOP_FUNCTIONS, METHOD_NAMES, desktopChannel, methodChannel } from './channels.js';
import type { DesktopHandlers } from './desktop-handlers.js';
import { DESKTOP_INPUTS } from './desktop-inputs.js';

/** The part of `ipcMain` this module uses. */
export type IpcRegistrar = {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown> | unknown): void;
  removeHandler(channel: string): void;
};

/** The URL of the frame that sent an IPC message, or null when it is gone. */
export function senderUrl(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    // Accessing a destroyed frame throws; such a sender is not trusted.
    return null;
  }
}

const UNTRUSTED: Result<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'this request did not come from the Lectern window' },
};

const NOT_READY: Result<never> = {
  ok: false,
  error: { code: 'io_error', message: 'the library is still opening; try again in a moment' },
};

/**
 * Registers a handler per method. `getApi` returns null until the library is open;
 * `isTrusted` decides from the sender's frame URL. Returns a function removing them all.
 */
export function registerApiHandlers(
  ipc: IpcRegistrar,
  getApi: () => LecternApi | null,
  isTrusted: (frameUrl: string | null) => boolean,
): () => void {
  for (const method of METHOD_NAMES) {
    ipc.handle(methodChannel(method), async (event, payload) => {
      if (!isTrusted(senderUrl(event))) return UNTRUSTED;
      const api = getApi();
      if (!api) return NOT_READY;
      return dispatch(api, method, payload);
    });
  }
  return () => METHOD_NAMES.forEach((method) => ipc.removeHandler(methodChannel(method)));
}

/**
 * Registers the desktop functions (native dialogs): same sender check as the API, input
 * checked with zod before a dialog opens. Returns a function removing them.
 */
export function registerDesktopHandlers(ipc: IpcRegistrar, handlers: DesktopHandlers, isTrusted: (frameUrl: string | null) => boolean): () => void {
  for (const name of DESKTOP_FUNCTIONS) {
    ipc.handle(desktopChannel(name), async (event, payload) => {
      if (!isTrusted(senderUrl(event))) return UNTRUSTED;
      const parsed = DESKTOP_INPUTS[name].safeParse(payload ?? {});
      if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: describeIssues(parsed.error) } };
      return (handlers[name] as (input: unknown) => Promise<unknown>)(parsed.data);
    });
  }
  return () => DESKTOP_FUNCTIONS.forEach((name) => ipc.removeHandler(desktopChannel(name)));
}
