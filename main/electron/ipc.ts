/**
 * Exposes the API over IPC: one `lectern:<method>` invoke channel per contract method, and
 * one `lectern-desktop:<name>` channel per desktop function, each answering only frames
 * that show the app's own page, with the input checked before anything runs; and the change stream,
 * an event channel the page subscribes to. Electron objects are passed in, so this module is tested
 * with plain fakes.
 */
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import type { LecternApi, Result } from '../contract.js';
import { describeIssues, dispatch } from '../core/dispatch.js';
import { DESKTOP_FUNCTIONS, METHOD_NAMES, desktopChannel, methodChannel } from './channels.js';
import type { DesktopHandlers } from './desktop-handlers.js';
import { DESKTOP_INPUTS } from './desktop-inputs.js';
import type { ChangeBus } from '../core/changes/change-bus.js';
import { CHANGE_CHANNEL, CHANGES_SUBSCRIBE_CHANNEL, CHANGES_UNSUBSCRIBE_CHANNEL } from './change-channels.js';

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
 * The client a message came from: its webContents (one per window), so changes a window makes
 * reach that window as `local` and every other one as `external`. Null when it cannot be told.
 */
export function senderClientId(event: { sender?: Pick<WebContents, 'id'> | null }): string | null {
  const id = event.sender?.id;
  return typeof id === 'number' ? `window-${id}` : null;
}

/**
 * Registers a handler per method. `getApi` returns null until the library is open, and the API
 * as the calling window sees it; `isTrusted` decides from the sender's frame URL. Returns a
 * function removing them all.
 */
export function registerApiHandlers(
  ipc: IpcRegistrar,
  getApi: (clientId: string | null) => LecternApi | null,
  isTrusted: (frameUrl: string | null) => boolean,
): () => void {
  for (const method of METHOD_NAMES) {
    ipc.handle(methodChannel(method), async (event, payload) => {
      if (!isTrusted(senderUrl(event))) return UNTRUSTED;
      const api = getApi(senderClientId(event));
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

/** The part of `ipcMain` the change channel uses. */
export type IpcListener = {
  on(channel: string, listener: (event: IpcMainEvent) => void): void;
  removeListener(channel: string, listener: (event: IpcMainEvent) => void): void;
};

/** What the change channel needs of a window's webContents. */
type ChangeReceiver = Pick<WebContents, 'id' | 'send' | 'isDestroyed' | 'once'>;

/**
 * The change stream over IPC, as an event channel the main process owns: a page subscribes
 * once; from then on every change is sent to it (`local` when that window made it) until it
 * unsubscribes or its webContents is destroyed. A reloaded page subscribes again and keeps the
 * one subscription. Returns a function removing the channel and every subscription.
 */
export function registerChangeChannel(ipc: IpcListener, bus: ChangeBus, isTrusted: (frameUrl: string | null) => boolean): () => void {
  const subscriptions = new Map<number, () => void>();
  const drop = (id: number) => {
    subscriptions.get(id)?.();
    subscriptions.delete(id);
  };
  const onSubscribe = (event: IpcMainEvent) => {
    const contents = event.sender as ChangeReceiver | undefined;
    if (!contents || !isTrusted(senderUrl(event)) || subscriptions.has(contents.id)) return;
    const off = bus.subscribe(senderClientId(event), (notice) => {
      if (!contents.isDestroyed()) contents.send(CHANGE_CHANNEL, notice);
    });
    subscriptions.set(contents.id, off);
    contents.once('destroyed', () => drop(contents.id));
  };
  const onUnsubscribe = (event: IpcMainEvent) => {
    if (event.sender) drop(event.sender.id);
  };
  ipc.on(CHANGES_SUBSCRIBE_CHANNEL, onSubscribe);
  ipc.on(CHANGES_UNSUBSCRIBE_CHANNEL, onUnsubscribe);
  return () => {
    ipc.removeListener(CHANGES_SUBSCRIBE_CHANNEL, onSubscribe);
    ipc.removeListener(CHANGES_UNSUBSCRIBE_CHANNEL, onUnsubscribe);
    [...subscriptions.keys()].forEach(drop);
  };
}
