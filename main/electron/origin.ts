/**
 * Where the renderer lives: `app://lectern/`, a privileged custom scheme served from
 * dist/renderer (never file://), or in development only, a loopback dev server.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'lectern';
/** The page the window loads in production. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Validates `LECTERN_DEV_URL`: only an http URL on a loopback host is accepted, so a
 * stray environment variable cannot point the app at a remote site. Returns its origin.
 */
export function devServerOrigin(raw: string | undefined): string | null {
  const url = parse(raw);
  if (!url || url.protocol !== 'http:') return null;
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  return loopback.includes(url.hostname) ? url.origin : null;
}

/**
 * True when `url` belongs to the app itself: `app://lectern/...`, or the dev server's
 * origin when one is in use. Node reports the origin of custom schemes as "null",
 * so scheme and host are compared instead.
 */
export function isAppUrl(url: string | undefined | null, devOrigin: string | null = null): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.host === APP_HOST && !parsed.username && !parsed.password;
  }
  return devOrigin !== null && parsed.origin === devOrigin;
}

/** The URL links that leave the app may be handed to the operating system with. */
const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * Decides whether a link the renderer tried to follow may be opened in the user's
 * browser or mail client: only http(s) and mailto, parsed and re-serialised so that the
 * OS receives a canonical URL (no file:, smb:, javascript:, custom handlers...).
 */
export function externalUrl(url: string | undefined | null): string | null {
  const parsed = parse(url);
  if (!parsed || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}
