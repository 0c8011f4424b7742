/**
 * The security settings of the window and session, as plain data so they can be
 * checked by unit tests without Electron (see tests/unit/electron/security.test.ts).
 */
import type { WebPreferences } from 'electron';
import { isAppUrl } from './origin.js';

/** Renderer settings: isolated, sandboxed, no Node, web security on, nothing experimental. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Middle-click would otherwise ask for a new window; it is refused anyway, this keeps it quiet.
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    safeDialogs: true,
    // On Linux Chromium would download Hunspell dictionaries from Google: a reader app makes no network calls.
    spellcheck: false,
  };
}

export { CSP_DIRECTIVES, CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../transport/web-security.js';

/**
 * The one browser permission Lectern uses: writing plain text to the clipboard
 * ("copy as Markdown"). Reading the clipboard, camera, notifications... are never needed.
 */
const GRANTED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/**
 * Decides a permission request or check. Everything is refused except clipboard writes
 * asked for by the app's own page; remote or unknown origins get nothing at all.
 */
export function allowPermission(permission: string, requestingUrl: string | undefined, devOrigin: string | null = null): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, devOrigin);
}

/**
 * Privileges of the `app:` scheme: standard (real origin, relative URLs) and secure
 * (a secure context, like https), with fetch for the renderer's own assets. It does not
 * bypass CSP and gets no service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
  stream: false,
} as const;
