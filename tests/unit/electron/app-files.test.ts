/** The app:// protocol handler, run against a real folder of built files. */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppFileHandler, mimeTypeFor, resolveAppPath } from '../../../main/electron/app-files.js';
import { CONTENT_SECURITY_POLICY } from '../../../main/electron/security.js';

let dir: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-app-files-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./assets/index.js"></script>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log("hi")');
  writeFileSync(join(root, 'assets', 'index.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'w');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
  symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'leak.txt'));
  symlinkSync(dir, join(root, 'outside'));
  symlinkSync(join(root, 'assets', 'index.css'), join(root, 'assets', 'alias.css'));
  handle = createAppFileHandler(root);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it.each([
    ['app://lectern/', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://lectern/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://lectern/assets/index.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['app://lectern/assets/index.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://lectern/assets/font.woff2', 'font/woff2', 'w'],
    ['app://lectern/library/some-article', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://lectern/index.html?x=1#annotation=2', 'text/html; charset=utf-8', '<!doctype html>'],
  ])('serves %s as %s', async (url, type, start) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it.each(['app://lectern/assets/leak.txt', 'app://lectern/outside/secret.txt'])('refuses %s, a symlink that leads out of the renderer folder', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it('serves a symlink that stays inside the renderer folder', async () => {
    const response = await get('app://lectern/assets/alias.css');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('body{}');
  });

  it('puts the Content-Security-Policy and nosniff on every response, errors included', async () => {
    for (const url of ['app://lectern/index.html', 'app://lectern/missing.js', 'app://elsewhere/index.html']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it.each([
    'app://lectern/../secret.txt',
    'app://lectern/%2e%2e/secret.txt',
    'app://lectern/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://lectern/assets/..%5c..%5csecret.txt',
    'app://lectern/%00index.html',
    'app://lectern/%E0%A4%A',
    'app://lectern/missing.js',
    'app://other-host/index.html',
  ])('answers 404 for %s, never a file outside the renderer folder', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://lectern/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://lectern/index.html', 'POST')).status).toBe(405);
  });

  it.each([
    ['/assets/../../secret.txt', null],
    ['/..%2fsecret.txt', null],
    ['/a\\..\\b', null],
    ['/', 'index.html'],
    ['/assets/index.js', join('assets', 'index.js')],
  ])('resolves the path %s to %s inside the root', (path, relative) => {
    expect(resolveAppPath(root, path)).toBe(relative === null ? null : join(root, relative));
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['x.MJS', 'text/javascript; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('gives %s the type %s', (name, type) => {
    expect(mimeTypeFor(name)).toBe(type);
  });
});
