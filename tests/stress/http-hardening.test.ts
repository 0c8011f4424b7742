/**
 * Serve mode under sustained abuse, on loopback only, bounded in count and time: many oversized
 * chunked bodies (every one must get its 413, none a reset), a flood of connections far over the
 * default cap, a crowd of slow clients, and a big upload that the timeouts must not cut off.
 * Each prints the figures it measured.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { Agent } from 'node:http';
import type { Socket } from 'node:net';
import { startServer, type RunningServer } from '../../main/http/server';
import { DEFAULT_CONNECTION_LIMITS } from '../../main/http/connection-limits';
import { OVERSIZE_DRAIN_BYTES } from '../../main/http/request-body';
import type { LecternApi } from '../../main/contract';
import { openSocket, openWatchedSocket, rawRequest, settledWithin, trickle, whenClosed } from '../helpers/raw-http';

let received = 0;
const api = {
  listArticles: async () => [],
  importBackup: async ({ json }: { json: string }) => ((received = json.length), { added: 0, updated: 0, unchanged: 0, detached: 0, errors: [] }),
} as unknown as LecternApi;

let server: RunningServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server?.close();
  server = undefined;
});

const headersFor = (s: RunningServer) => ({ Host: `127.0.0.1:${s.port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}` });
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

describe('serve mode under sustained abuse', () => {
  it('answers every one of 200 oversized chunked bodies with a 413, never a reset', async () => {
    server = await startServer({ api, staticDir: '/nonexistent' });
    const s = server;
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    let answered413 = 0;
    let failures = 0;
    const started = Date.now();
    for (let round = 0; round < 200; round += 1) {
      // Sizes from just over the 1 MB cap to past the drain allowance, so both ways of answering are exercised.
      const size = 1_000_001 + ((round * 7_919_993) % (OVERSIZE_DRAIN_BYTES + 4_000_000));
      const chunks = Array.from({ length: Math.ceil(size / chunk.length) }, () => chunk);
      const reply = await rawRequest({ port: s.port, method: 'POST', path: '/api/listArticles', headers: headersFor(s), chunks }).catch(() => null);
      if (reply?.status === 413 && JSON.parse(reply.body).error.code === 'too_large') answered413 += 1;
      else failures += 1;
    }
    console.log(`oversized chunked bodies: 200 sent, ${answered413} answered 413, ${failures} reset or other, ${Date.now() - started} ms`);
    expect({ answered413, failures }).toEqual({ answered413: 200, failures: 0 });
  });

  it('refuses a flood of 1,000 connections past the default cap while a connected client keeps working', async () => {
    server = await startServer({ api, staticDir: '/nonexistent' });
    const s = server;
    const cap = DEFAULT_CONNECTION_LIMITS.maxConnections;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const call = () => rawRequest({ port: s.port, method: 'POST', path: '/api/listArticles', headers: headersFor(s), body: '{}', agent });
    expect((await call()).status).toBe(200);
    const flood: Array<{ socket: Socket; closed: Promise<unknown> }> = [];
    for (let i = 0; i < 1_000; i += 1) flood.push(await openWatchedSocket(s.port));
    sockets.push(...flood.map((f) => f.socket));
    await settledWithin(flood.map((f) => f.closed), 1_000 - (cap - 1), 10_000);
    const latencies: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      const t0 = performance.now();
      const reply = await call();
      latencies.push(performance.now() - t0);
      expect(reply).toMatchObject({ status: 200, reusedSocket: true });
    }
    const open = flood.filter((f) => !f.socket.destroyed).length;
    console.log(`connection flood: 1000 opened, cap ${cap}, ${1_000 - open} refused, ${open} held; connected client 100/100 answered, p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p95 ${percentile(latencies, 0.95).toFixed(2)} ms`);
    expect(open).toBe(cap - 1);
    agent.destroy();
  });

  it('cuts off 200 clients trickling their headers at the header timeout while a fast client is answered', async () => {
    const headersTimeoutMs = 1_000;
    server = await startServer({ api, staticDir: '/nonexistent', limits: { headersTimeoutMs, requestTimeoutMs: 5_000 } });
    const s = server;
    const started = Date.now();
    const slow = await Promise.all(Array.from({ length: 200 }, () => openSocket(s.port)));
    sockets.push(...slow);
    const closes = slow.map((socket) => {
      const closed = whenClosed(socket, started);
      trickle(socket, `POST /api/listArticles HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nX-Padding: ${'a'.repeat(1_000)}\r\n\r\n`, 20);
      return closed;
    });
    const latencies: number[] = [];
    while (Date.now() - started < headersTimeoutMs) {
      const t0 = performance.now();
      expect((await rawRequest({ port: s.port, method: 'POST', path: '/api/listArticles', headers: headersFor(s), body: '{}' })).status).toBe(200);
      latencies.push(performance.now() - t0);
    }
    const results = await settledWithin(closes, closes.length, headersTimeoutMs + 2_000);
    const after = results.map((r) => r.afterMs);
    console.log(`slow clients: 200 trickling headers, all cut, ${Math.min(...after)}–${Math.max(...after)} ms after opening (timeout ${headersTimeoutMs} ms); fast client ${latencies.length} calls meanwhile, p95 ${percentile(latencies, 0.95).toFixed(2)} ms`);
    expect(results.every((r) => r.received.includes('408'))).toBe(true);
    expect(Math.max(...after)).toBeLessThan(headersTimeoutMs + 1_000);
  });

  it('takes a 49 M-character backup over loopback well inside the default request timeout', async () => {
    server = await startServer({ api, staticDir: '/nonexistent' });
    const s = server;
    const json = 'x'.repeat(49_000_000);
    const body = Buffer.from(JSON.stringify({ json }));
    const t0 = performance.now();
    const reply = await rawRequest({ port: s.port, method: 'POST', path: '/api/importBackup', headers: headersFor(s), body });
    const ms = performance.now() - t0;
    console.log(`big upload: ${body.length} bytes answered ${reply.status} in ${ms.toFixed(0)} ms; request timeout ${DEFAULT_CONNECTION_LIMITS.requestTimeoutMs} ms (${Math.floor(DEFAULT_CONNECTION_LIMITS.requestTimeoutMs / ms)}x margin)`);
    expect(reply.status).toBe(200);
    expect(received).toBe(json.length);
  });
});
