/**
 * Serve mode against slow and greedy clients: a trickle of headers or body is cut off at
 * the configured time, a flood of connections over the cap is refused, and a legitimate
 * client keeps working through both. Timeouts are injected small so the suite takes about a second.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { Agent } from 'node:http';
import type { Socket } from 'node:net';
import { startServer, type RunningServer } from '../../main/http/server';
import { DEFAULT_CONNECTION_LIMITS } from '../../main/http/connection-limits';
import type { LecternApi } from '../../main/contract';
import { openSocket, openWatchedSocket, rawRequest, settledWithin, trickle, whenClosed } from '../helpers/raw-http';

const api = { listArticles: async () => [] } as unknown as LecternApi;
const HEADERS_MS = 300;
const REQUEST_MS = 700;
/** How late past its timeout a connection may be cut: the server checks every quarter timeout, and a loaded CI machine lags. */
const SLACK_MS = 1_000;

let server: RunningServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server?.close();
  server = undefined;
});

async function start(limits: Parameters<typeof startServer>[0]['limits']): Promise<RunningServer> {
  server = await startServer({ api, staticDir: '/nonexistent', limits });
  return server;
}

async function socketTo(port: number): Promise<Socket> {
  const socket = await openSocket(port);
  sockets.push(socket);
  return socket;
}

const apiCall = (s: RunningServer) => `POST /api/listArticles HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nAuthorization: Bearer ${s.token}\r\nContent-Type: application/json\r\n`;

describe('a slow client', () => {
  // Each client writes `sent` at once, then `trickled` one byte every 5 ms: longer than the timeout.
  it.each([
    ['opens a connection and sends nothing', () => ({ sent: '', trickled: '' }), HEADERS_MS],
    ['sends its headers one byte at a time', (s: RunningServer) => ({ sent: '', trickled: `${apiCall(s)}X-Padding: ${'a'.repeat(200)}\r\n\r\n` }), HEADERS_MS],
    ['sends its body one byte at a time', (s: RunningServer) => ({ sent: `${apiCall(s)}Content-Length: 400\r\n\r\n`, trickled: `{"x":"${'a'.repeat(392)}"}` }), REQUEST_MS],
  ])('that %s is disconnected at the configured time', async (_name, client, timeoutMs) => {
    const s = await start({ headersTimeoutMs: HEADERS_MS, requestTimeoutMs: REQUEST_MS });
    const socket = await socketTo(s.port);
    const closed = whenClosed(socket, Date.now());
    const { sent, trickled } = client(s);
    socket.write(sent);
    trickle(socket, trickled, 5);
    const [{ afterMs, received }] = await settledWithin([closed], 1, timeoutMs + SLACK_MS);
    expect(afterMs).toBeGreaterThanOrEqual(timeoutMs - 50);
    expect(afterMs).toBeLessThan(timeoutMs + SLACK_MS);
    expect(received).toContain('408');
  });

  it('that uploads a body for longer than the header timeout, within the request timeout, is answered', async () => {
    const s = await start({ headersTimeoutMs: HEADERS_MS, requestTimeoutMs: 3_000 });
    const piece = Buffer.from(' '.repeat(20_000));
    const pieces = [Buffer.from('{'), ...Array.from({ length: 30 }, () => piece), Buffer.from('}')];
    const started = Date.now();
    const reply = await rawRequest({
      port: s.port,
      method: 'POST',
      path: '/api/listArticles',
      headers: { Host: `127.0.0.1:${s.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}` },
      chunks: pieces,
      pace: 25,
    });
    expect(Date.now() - started).toBeGreaterThan(HEADERS_MS);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] });
  });
});

describe('a flood of connections', () => {
  it('over the cap is refused while a client already connected keeps working', async () => {
    const cap = 4;
    const s = await start({ maxConnections: cap });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const headers = { Host: `127.0.0.1:${s.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}` };
    const call = () => rawRequest({ port: s.port, method: 'POST', path: '/api/listArticles', headers, body: '{}', agent });
    expect((await call()).status).toBe(200);

    const flood = await Promise.all(Array.from({ length: 20 }, () => openWatchedSocket(s.port)));
    sockets.push(...flood.map((f) => f.socket));
    await settledWithin(flood.map((f) => f.closed), flood.length - (cap - 1), 1_500);

    const again = await call();
    expect(again).toMatchObject({ status: 200, reusedSocket: true });
    expect(flood.filter((f) => !f.socket.destroyed)).toHaveLength(cap - 1);
    agent.destroy();
  });
});

describe('the default limits', () => {
  it('leave a big backup upload on loopback minutes, not seconds', () => {
    expect(DEFAULT_CONNECTION_LIMITS.requestTimeoutMs).toBeGreaterThanOrEqual(120_000);
    expect(DEFAULT_CONNECTION_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(DEFAULT_CONNECTION_LIMITS.requestTimeoutMs);
    expect(DEFAULT_CONNECTION_LIMITS.maxConnections).toBeGreaterThanOrEqual(64);
  });

  it.each([
    ['a header timeout longer than the request timeout', { headersTimeoutMs: 5_000, requestTimeoutMs: 1_000 }],
    ['a negative timeout', { keepAliveTimeoutMs: -1 }],
    ['no connections at all', { maxConnections: 0 }],
  ])('refuse %s with a clear error', async (_name, limits) => {
    await expect(start(limits)).rejects.toThrow(/limit|timeout|connections/i);
  });
});
