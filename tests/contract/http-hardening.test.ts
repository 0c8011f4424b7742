/**
 * Serve mode under hostile input: static files reached through symlinks, bodies over the
 * cap sent in chunks, and bodies that are not UTF-8. Each is checked as a user would see it:
 * the reply that comes back, and what the API holds afterwards.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, writeFile, mkdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../main/http/server';
import { makeLectern, type TestLectern } from '../helpers/lectern-fixture';
import { rawRequest } from '../helpers/raw-http';

const ARTICLE = '000_23cbbf4dbe42963b';
const SECRET = 'outside the app folder';

let t: TestLectern;
let server: RunningServer;
let root: string;

beforeAll(async () => {
  t = await makeLectern();
  root = await mkdtemp(join(tmpdir(), 'lectern-hardening-'));
  const web = join(root, 'web');
  await mkdir(web);
  await mkdir(join(root, 'outside'));
  await writeFile(join(web, 'index.html'), '<!doctype html><title>ok</title>');
  await writeFile(join(web, 'app.js'), 'console.log("app")');
  await writeFile(join(root, 'secret.txt'), SECRET);
  await writeFile(join(root, 'outside', 'file.txt'), SECRET);
  await symlink('../secret.txt', join(web, 'relative-link.txt'));
  await symlink(join(root, 'secret.txt'), join(web, 'absolute-link.txt'));
  await symlink('../outside', join(web, 'linked-folder'));
  await symlink('app.js', join(web, 'alias.js'));
  server = await startServer({ api: t.lectern.api, staticDir: web });
});
afterAll(() => server.close());

const host = () => `127.0.0.1:${server.port}`;
const apiHeaders = () => ({ Host: host(), 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` });

async function call(method: string, payload: unknown) {
  const reply = await rawRequest({ port: server.port, method: 'POST', path: `/api/${method}`, headers: apiHeaders(), body: JSON.stringify(payload) });
  return JSON.parse(reply.body);
}

describe('static files in serve mode', () => {
  it.each([
    ['a relative symlink to a file outside', '/relative-link.txt'],
    ['an absolute symlink to a file outside', '/absolute-link.txt'],
    ['a file inside a symlinked folder outside', '/linked-folder/file.txt'],
  ])('are refused when reached through %s', async (_name, path) => {
    const reply = await rawRequest({ port: server.port, path, headers: { Host: host() } });
    expect([403, 404]).toContain(reply.status);
    expect(reply.body).not.toContain(SECRET);
  });

  it.each([
    ['a normal file', '/app.js', 'console.log("app")'],
    ['a symlink that stays inside the app folder', '/alias.js', 'console.log("app")'],
    ['the app page', '/', '<title>ok</title>'],
  ])('are served when asked for %s', async (_name, path, content) => {
    const reply = await rawRequest({ port: server.port, path, headers: { Host: host() } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(content);
  });
});

describe('a request body over the size cap', () => {
  const chunksOf = (total: number, size = 64 * 1024) => Array.from({ length: Math.ceil(total / size) }, () => Buffer.alloc(size, 0x61));

  it.each([
    ['just over the cap', 1_100_000],
    ['many times the cap', 24_000_000],
  ])('sent in chunks %s is answered 413 with the API error shape', async (_name, total) => {
    const reply = await rawRequest({ port: server.port, method: 'POST', path: '/api/listArticles', headers: apiHeaders(), chunks: chunksOf(total) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large', message: expect.stringContaining('bytes') } });
  });

  it('declared far over the cap is answered 413 before the body is sent', async () => {
    const reply = await rawRequest({ port: server.port, method: 'POST', path: '/api/listArticles', headers: { ...apiHeaders(), 'Content-Length': '10000000000' } });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('leaves the server answering the next call', async () => {
    await rawRequest({ port: server.port, method: 'POST', path: '/api/listArticles', headers: apiHeaders(), chunks: chunksOf(2_000_000) });
    expect(await call('listArticles', {})).toMatchObject({ ok: true });
  });
});

describe('a request body that is not UTF-8', () => {
  /** A JSON body whose note is `note` (raw bytes), so the bytes reach the server as sent. */
  const withNote = (json: string, note: Buffer) => {
    const [before, after] = json.split('NOTE');
    return Buffer.concat([Buffer.from(before), note, Buffer.from(after)]);
  };
  const badBytes: Array<[string, Buffer]> = [
    ['a lone 0xFF byte', Buffer.from([0x41, 0xff, 0x42])],
    ['an overlong slash (0xC0 0xAF)', Buffer.from([0xc0, 0xaf])],
    ['a sequence cut short (0xE2 0x82)', Buffer.from([0xe2, 0x82, 0x20])],
    ['an encoded surrogate (0xED 0xA0 0x80)', Buffer.from([0xed, 0xa0, 0x80])],
  ];

  it.each(badBytes)('with %s in a highlight note is refused with 400 and creates nothing', async (_name, bytes) => {
    const before = await call('listAnnotations', { articleId: ARTICLE });
    const body = withNote(JSON.stringify({ articleId: ARTICLE, range: { start: 0, end: 5 }, colour: 'yellow', note: 'NOTE' }), bytes);
    const reply = await rawRequest({ port: server.port, method: 'POST', path: '/api/createAnnotation', headers: apiHeaders(), body });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('UTF-8') } });
    expect(await call('listAnnotations', { articleId: ARTICLE })).toEqual(before);
  });

  it.each(badBytes)('with %s in an article note is refused with 400 and saves nothing', async (_name, bytes) => {
    const body = withNote(JSON.stringify({ articleId: ARTICLE, note: 'NOTE' }), bytes);
    const reply = await rawRequest({ port: server.port, method: 'POST', path: '/api/saveArticleNote', headers: apiHeaders(), body });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toContain('UTF-8');
    expect(await call('getArticleNote', { articleId: ARTICLE })).toMatchObject({ ok: true, value: { note: '' } });
  });

  it('is accepted when it is valid UTF-8 of every width', async () => {
    const note = 'é — 漢字 🦉';
    const reply = await rawRequest({ port: server.port, method: 'POST', path: '/api/saveArticleNote', headers: apiHeaders(), body: Buffer.from(JSON.stringify({ articleId: '001_3b98c753de63d439', note })) });
    expect(reply.status).toBe(200);
    expect(await call('getArticleNote', { articleId: '001_3b98c753de63d439' })).toMatchObject({ ok: true, value: { note } });
  });
});
