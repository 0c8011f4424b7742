/**
 * Exposes the API over IPC: one `lectern:<method>` invoke channel per contract method,
 * each answering only frames that show the app's own page. Electron objects are passed
 * in, so this module is tested with plain fakes.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { LecternApi, Result } from '../contract.js';
import { dispatch } from '../core/dispatch.js';
import { METHOD_NAMES, methodChannel } from './channels.js';

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
