/**
 * Serves the built renderer (dist/renderer) for the `app://lectern/` scheme.
 * A pure `Request → Response` function, so it is tested without Electron: it refuses
 * other hosts, methods and any path (or symlink) that would leave the root, and stamps every reply
 * with the app's security headers.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './origin.js';
import { SECURITY_HEADERS } from './security.js';
import { mimeTypeFor, realPathInside, resolveStaticPath } from '../transport/static-path.js';

export { mimeTypeFor, resolveStaticPath as resolveAppPath };

function reply(status: number, body: BodyInit | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType } });
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
    const path = resolveStaticPath(root, url.pathname);
    if (!path) return reply(404, 'Not found');
    const wanted = (await isFile(path)) ? path : isRoute(url.pathname) ? resolve(root, 'index.html') : null;
    // A symlink inside the root may point anywhere: serve only what really lies inside it.
    const target = wanted && (await realPathInside(root, wanted));
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
