/**
 * The serve-mode server's own defences: token, Host, Origin, body size, static paths.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { request } from 'node:http';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../main/http/server';
import type { LecternApi } from '../../main/contract';

/** A raw request, so tests can send headers fetch() would not let them forge. */
function raw(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

let server: RunningServer;
let calls = 0;
const api = { listArticles: async () => ((calls += 1), []) } as unknown as LecternApi;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'lectern-static-'));
  await mkdir(join(root, 'web'));
  await writeFile(join(root, 'web', 'index.html'), '<!doctype html><title>ok</title>');
  await writeFile(join(root, 'secret.txt'), 'do not serve');
  server = await startServer({ api, staticDir: join(root, 'web') });
});
afterAll(() => server.close());

const host = () => `127.0.0.1:${server.port}`;
const good = () => ({ Host: host(), 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` });

describe('serve mode refuses', () => {
  it.each([
    ['no token', () => ({ ...good(), Authorization: '' }), 401],
    ['a wrong token', () => ({ ...good(), Authorization: 'Bearer guess' }), 401],
    ['a foreign Host (DNS rebinding)', () => ({ ...good(), Host: `evil.example:${server.port}` }), 403],
    ['a foreign Origin', () => ({ ...good(), Origin: 'https://evil.example' }), 403],
    ['a form post instead of JSON', () => ({ ...good(), 'Content-Type': 'application/x-www-form-urlencoded' }), 415],
  ])('an API call with %s', async (_name, headers, status) => {
    const before = calls;
    const res = await raw(server.port, { method: 'POST', path: '/api/listArticles', headers: headers(), body: '{}' });
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false });
    expect(calls).toBe(before);
  });

  it('a body over the size limit', async () => {
    const res = await raw(server.port, { method: 'POST', path: '/api/listArticles', headers: good(), body: JSON.stringify({ x: 'y'.repeat(1_100_000) }) });
    expect(res.status).toBe(413);
  });

  it('a body that is not JSON', async () => {
    const res = await raw(server.port, { method: 'POST', path: '/api/listArticles', headers: good(), body: '{nope' });
    expect(res.status).toBe(400);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt'])('a path that leaves the app folder: %s', async (path) => {
    const res = await raw(server.port, { path, headers: { Host: host() } });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('do not serve');
  });
});

describe('serve mode accepts', () => {
  it('an API call from its own page, with the token', async () => {
    const res = await raw(server.port, { method: 'POST', path: '/api/listArticles', headers: { ...good(), Origin: `http://${host()}` }, body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
  });

  it('the app page, with a strict Content-Security-Policy', async () => {
    const res = await new Promise<{ status: number; csp: string }>((done) => {
      request({ host: '127.0.0.1', port: server.port, path: '/', headers: { Host: `localhost:${server.port}` } }, (r) => {
        r.resume();
        done({ status: r.statusCode ?? 0, csp: String(r.headers['content-security-policy']) });
      }).end();
    });
    expect(res.status).toBe(200);
    expect(res.csp).toContain("script-src 'self'");
    expect(res.csp).not.toContain('unsafe');
  });
});
