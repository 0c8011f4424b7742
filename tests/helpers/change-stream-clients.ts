/**
 * Clients of the change stream for tests: each transport's way to subscribe as one client and
 * to call the API as that client, so one suite runs over HTTP and over the IPC harness.
 */
import { ChangeNotice, type MethodName, type Result } from '../../main/contract';
import { CLIENT_ID_HEADER } from '../../main/contract-constants';
import type { Lectern } from '../../main/core/library';
import { CHANGE_CHANNEL, CHANGES_SUBSCRIBE_CHANNEL, CHANGES_UNSUBSCRIBE_CHANNEL } from '../../main/electron/change-channels';
import { registerApiHandlers, registerChangeChannel } from '../../main/electron/ipc';
import { methodChannel } from '../../main/electron/channels';
import { startServer, type RunningServer } from '../../main/http/server';

/** Notices in arrival order; `next()` waits for the next one (the test's own timeout bounds the wait). */
export class NoticeQueue {
  private readonly items: ChangeNotice[] = [];
  private waiting: Array<(notice: ChangeNotice) => void> = [];
  /** Takes a notice as a transport delivered it; one that breaks the contract fails the test. */
  push(raw: unknown): void {
    const notice = ChangeNotice.parse(raw);
    const wake = this.waiting.shift();
    if (wake) wake(notice);
    else this.items.push(notice);
  }
  next(): Promise<ChangeNotice> {
    const ready = this.items.shift();
    return ready ? Promise.resolve(ready) : new Promise((resolve) => this.waiting.push(resolve));
  }
}

export interface StreamClient {
  notices: NoticeQueue;
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export interface Transport {
  name: string;
  /** A client named `id`, subscribed to the stream before this resolves. */
  connect(id: string): Promise<StreamClient>;
  stop(): Promise<void>;
}

/** Reads a server-sent-events body and pushes each `data:` line's JSON. */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (data: string) => void, onComment: (line: string) => void = () => {}): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      for (const line of event.split('\n')) {
        if (line.startsWith('data: ')) onEvent(line.slice(6));
        else if (line.startsWith(':')) onComment(line);
      }
    }
  }
}

/** Opens `GET /api/changes` and resolves once its first line arrived (the subscription is in place). */
export async function openHttpStream(server: RunningServer, options: { token?: string; client?: string } = {}) {
  const controller = new AbortController();
  const query = options.client === undefined ? '' : `?client=${encodeURIComponent(options.client)}`;
  const response = await fetch(`http://127.0.0.1:${server.port}/api/changes${query}`, {
    headers: { Authorization: `Bearer ${options.token ?? server.token}` },
    signal: controller.signal,
  });
  const notices = new NoticeQueue();
  const comments: string[] = [];
  let subscribed!: () => void;
  const ready = new Promise<void>((resolve) => (subscribed = resolve));
  const done =
    response.ok && response.body
      ? readEvents(response.body, (data) => notices.push(JSON.parse(data)), (line) => {
          comments.push(line);
          subscribed();
        }).catch(() => undefined)
      : Promise.resolve();
  if (response.ok) await ready;
  return { response, notices, comments, done, close: () => controller.abort() };
}

/** Serve mode: a real server over the library; each client names itself in a header. */
export async function httpTransport(lectern: Lectern): Promise<Transport> {
  const server = await startServer({ api: lectern.api, changes: lectern, staticDir: '/nonexistent' });
  return {
    name: 'HTTP',
    async connect(id) {
      const stream = await openHttpStream(server, { client: id });
      return {
        notices: stream.notices,
        async call(method, input) {
          const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', [CLIENT_ID_HEADER]: id },
            body: JSON.stringify(input),
          });
          return (await response.json()) as Result<unknown>;
        },
        close: async () => stream.close(),
      };
    },
    stop: () => server.close(),
  };
}

type Listener = (event: unknown, payload?: unknown) => unknown;

/** A fake window: its webContents id names the client; what the main process sends it is recorded. */
function fakeWindow(id: number) {
  const notices = new NoticeQueue();
  const onDestroyed: Array<() => void> = [];
  const contents = {
    id,
    isDestroyed: () => false,
    send: (channel: string, notice: ChangeNotice) => channel === CHANGE_CHANNEL && notices.push(notice),
    once: (event: string, listener: () => void) => event === 'destroyed' && onDestroyed.push(listener),
  };
  const event = { sender: contents, senderFrame: { url: 'app://lectern/index.html' } };
  return { notices, event, destroy: () => onDestroyed.forEach((l) => l()) };
}

/** Electron: the IPC handlers and change channel over a fake ipcMain; each client is one window. */
export function ipcTransport(lectern: Lectern): Transport {
  const invoke = new Map<string, Listener>();
  const on = new Map<string, Listener[]>();
  const ipc = {
    handle: (channel: string, listener: Listener) => void invoke.set(channel, listener),
    removeHandler: (channel: string) => void invoke.delete(channel),
    on: (channel: string, listener: Listener) => void on.set(channel, [...(on.get(channel) ?? []), listener]),
    removeListener: (channel: string, listener: Listener) => void on.set(channel, (on.get(channel) ?? []).filter((l) => l !== listener)),
  };
  const trusted = () => true;
  const removeApi = registerApiHandlers(ipc as never, (client) => (client === null ? lectern.api : lectern.apiFor(client)), trusted);
  const removeChanges = registerChangeChannel(ipc as never, lectern.changes, trusted);
  const emit = (channel: string, event: unknown) => (on.get(channel) ?? []).forEach((l) => l(event));
  let windows = 0;
  return {
    name: 'IPC',
    async connect() {
      const window = fakeWindow(++windows);
      emit(CHANGES_SUBSCRIBE_CHANNEL, window.event);
      return {
        notices: window.notices,
        call: async (method, input) => (await invoke.get(methodChannel(method))!(window.event, input)) as Result<unknown>,
        close: async () => emit(CHANGES_UNSUBSCRIBE_CHANNEL, window.event),
      };
    },
    async stop() {
      removeApi();
      removeChanges();
    },
  };
}

/**
 * `clients` clients save `changesEach` reading positions each, all clients at once (each one
 * call after another, as a page does: a burst of 1,000 parallel calls would only meet the
 * connection cap); returns, per client, how many notices it heard as local and as external
 * once every notice arrived (each must come once).
 */
export async function concurrentChanges(transport: Transport, articleId: string, clients: number, changesEach: number) {
  const connected = await Promise.all(Array.from({ length: clients }, (_, i) => transport.connect(`client-${i}`)));
  await Promise.all(
    connected.map(async (client, i) => {
      for (let n = 0; n < changesEach; n += 1) {
        const fraction = (i * changesEach + n) / (clients * changesEach);
        const result = await client.call('saveReading', { articleId, scrollFraction: fraction, progress: 0 });
        if (!result.ok) throw new Error(`client-${i}'s save failed: ${result.error.message}`);
      }
    }),
  );
  const total = clients * changesEach;
  const heard = await Promise.all(
    connected.map(async (client) => {
      const counts = { local: 0, external: 0 };
      for (let n = 0; n < total; n += 1) counts[(await client.notices.next()).source] += 1;
      return counts;
    }),
  );
  await Promise.all(connected.map((client) => client.close()));
  return heard;
}
