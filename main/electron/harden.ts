/**
 * Applies the navigation and permission rules to Electron objects passed in:
 * the page can never navigate, redirect, open windows or attach webviews, and links
 * to the web open in the user's browser only after parsing (see origin.ts).
 */
import type { Session, WebContents } from 'electron';
import { externalUrl } from './origin.js';
import { allowPermission } from './security.js';

export type OpenExternal = (url: string) => Promise<void>;

/** Hands a link the page tried to follow to the OS when it is http(s) or mailto; drops it otherwise. */
export function openLinkOutside(url: string, openExternal: OpenExternal, log: (message: string) => void = () => {}): boolean {
  const safe = externalUrl(url);
  if (!safe) {
    log(`Lectern blocked a link it will not open: ${url.slice(0, 200)}`);
    return false;
  }
  openExternal(safe).catch((error: unknown) => log(`Could not open ${safe}: ${String(error)}`));
  return true;
}

/** Locks down one web contents (the window, or anything created later). */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal, log?: (message: string) => void): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openLinkOutside(event.url, openExternal, log);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openLinkOutside(url, openExternal, log);
    return { action: 'deny' };
  });
}

/** Refuses every permission request and check except those allowPermission grants to the app's own page. */
export function hardenSession(session: Session, devOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowPermission(permission, details.requestingUrl, devOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowPermission(permission, details.requestingUrl ?? requestingOrigin, devOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
