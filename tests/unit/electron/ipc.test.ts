/** The IPC transport: one channel per contract method, answered only for the app's own page. */
import { describe, expect, it, vi } from 'vitest';
import { methodNames, type LecternApi } from '../../../main/contract.js';
import { METHOD_NAMES, methodChannel } from '../../../main/electron/channels.js';
import { registerApiHandlers, senderUrl } from '../../../main/electron/ipc.js';
import { isAppUrl } from '../../../main/electron/origin.js';

/** Electron's IpcMainInvokeEvent, named through the module under test (tests may not import electron). */
type IpcMainInvokeEvent = Parameters<Parameters<typeof registerApiHandlers>[0]['handle']>[1] extends (event: infer E, payload: unknown) => unknown ? E : never;
type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

function fakeIpc() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  };
}

const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent;

const summary = {
  id: 'a1', title: 'A', site: null, published: null, byline: null, wordCount: 3, readingMinutes: 1, source: 'a.txt', error: null, annotationCount: 0,
};
const api = { listArticles: vi.fn(async () => [summary]), getArticle: vi.fn() } as unknown as LecternApi;

describe('IPC transport', () => {
  it('lists exactly the contract methods in the preload (without importing zod there)', () => {
    expect([...METHOD_NAMES]).toEqual(methodNames);
  });

  it('registers one lectern:<method> channel per contract method, and removes them all', () => {
    const ipc = fakeIpc();
    const remove = registerApiHandlers(ipc, () => api, () => true);
    expect([...ipc.handlers.keys()]).toEqual(methodNames.map((m) => `lectern:${m}`));
    remove();
    expect(ipc.handlers.size).toBe(0);
  });

  it('answers the app window with the Result of the method', async () => {
    const ipc = fakeIpc();
    registerApiHandlers(ipc, () => api, (url) => isAppUrl(url));
    const reply = await ipc.handlers.get(methodChannel('listArticles'))!(from('app://lectern/index.html'), {});
    expect(reply).toEqual({ ok: true, value: [summary] });
  });

  it('validates input before the library sees it', async () => {
    const ipc = fakeIpc();
    registerApiHandlers(ipc, () => api, (url) => isAppUrl(url));
    const reply = await ipc.handlers.get(methodChannel('getArticle'))!(from('app://lectern/index.html'), { id: 42 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(api.getArticle).not.toHaveBeenCalled();
  });

  it.each([['https://evil.example/'], ['file:///tmp/x.html'], ['app://elsewhere/index.html'], [null]])(
    'refuses a call from a frame at %s without running the method',
    async (url) => {
      const ipc = fakeIpc();
      const listArticles = vi.fn(async () => []);
      registerApiHandlers(ipc, () => ({ listArticles }) as unknown as LecternApi, (u) => isAppUrl(u));
      const reply = await ipc.handlers.get(methodChannel('listArticles'))!(from(url), {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Lectern window') } });
      expect(listArticles).not.toHaveBeenCalled();
    },
  );

  it('says the library is still opening instead of failing obscurely', async () => {
    const ipc = fakeIpc();
    registerApiHandlers(ipc, () => null, () => true);
    const reply = await ipc.handlers.get(methodChannel('listArticles'))!(from('app://lectern/'), {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'io_error' } });
  });

  it('treats a destroyed sender frame as untrusted', () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    } as unknown as IpcMainInvokeEvent;
    expect(senderUrl(event)).toBeNull();
  });
});
