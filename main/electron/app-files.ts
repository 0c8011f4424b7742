/**
 * Serves the built renderer (dist/renderer) for the `app://lectern/` scheme.
 * A pure `Request → Response` function, so it is tested without Electron: it refuses
 * other hosts, methods and any path that would leave the root, and stamps every reply
 * with the app's security headers.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './origin.js';
import { SECURITY_HEADERS } from './security.js';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown kinds are served as opaque bytes (never sniffed). */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

function reply(status: number, body: BodyInit | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType } });
}

/**
 * Maps a URL path to a file under `root`, or null when the path is malformed or would
 * escape `root` (`..`, encoded separators, NUL bytes, drive letters).
 */
export function resolveAppPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const base = resolve(root);
  const full = resolve(base, relative);
  return full.startsWith(base + sep) ? full : null;
}

/** Paths without an extension are client-side routes: they get the app's index page. */
function isRoute(urlPath: string): boolean {
  return extname(urlPath) === '';
}

/** Builds the `app://` handler serving files from `root` (dist/renderer). */
export function createAppFileHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return reply(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return reply(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Method not allowed');
    const path = resolveAppPath(root, url.pathname);
    if (!path) return reply(404, 'Not found');
    const target = (await isFile(path)) ? path : isRoute(url.pathname) ? resolve(root, 'index.html') : null;
    if (!target || !(await isFile(target))) return reply(404, 'Not found');
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(target));
    return reply(200, body, mimeTypeFor(target));
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
