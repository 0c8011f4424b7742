/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by
 * item, against the shell's pure policy modules. No Electron binary is needed.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hardenSession, hardenWebContents } from '../../../main/electron/harden.js';
import { APP_ENTRY_URL, devServerOrigin, externalUrl, isAppUrl } from '../../../main/electron/origin.js';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  SECURITY_HEADERS,
  allowPermission,
  secureWebPreferences,
} from '../../../main/electron/security.js';

type WebContents = Parameters<typeof hardenWebContents>[0];
type Session = Parameters<typeof hardenSession>[0];

const prefs = secureWebPreferences('/app/dist/main/preload.cjs');

/** A stand-in web contents that records what the shell registers on it. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  });
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event);
    return event;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('Electron security checklist', () => {
  it('1. loads only secure content: the app is served from a secure custom scheme, never http or file', () => {
    expect(APP_ENTRY_URL).toBe('app://lectern/index.html');
    expect(APP_SCHEME_PRIVILEGES.secure).toBe(true);
    expect(APP_SCHEME_PRIVILEGES.standard).toBe(true);
  });

  it('2. gives the page no Node.js integration, in the page, workers or sub-frames', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('3. isolates the preload from the page (context isolation)', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.preload).toBe('/app/dist/main/preload.cjs');
  });

  it('4. runs the page in the process sandbox', () => {
    expect(prefs.sandbox).toBe(true);
  });

  it.each([
    ['media', 'app://lectern/index.html', false],
    ['notifications', 'app://lectern/index.html', false],
    ['geolocation', 'app://lectern/index.html', false],
    ['clipboard-read', 'app://lectern/index.html', false],
    ['openExternal', 'app://lectern/index.html', false],
    ['clipboard-sanitized-write', 'app://lectern/index.html', true],
    ['clipboard-sanitized-write', 'https://evil.example/', false],
    ['clipboard-sanitized-write', undefined, false],
  ])('5. decides the %s permission for %s: allowed=%s', (permission, url, allowed) => {
    expect(allowPermission(permission, url)).toBe(allowed);
  });

  it('5. installs permission handlers on the session that refuse a camera request', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
    } as unknown as Session;
    hardenSession(session, null);
    const callback = vi.fn();
    handlers.request({}, 'media', callback, { requestingUrl: 'app://lectern/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers.check({}, 'media', 'app://lectern', {})).toBe(false);
    expect(handlers.device({})).toBe(false);
  });

  it('6. keeps web security on', () => {
    expect(prefs.webSecurity).toBe(true);
  });

  it('7. serves a strict Content-Security-Policy without inline or eval script', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CSP_DIRECTIVES['default-src']).toBe("'self'");
    expect(CSP_DIRECTIVES['script-src']).toBe("'self'");
    expect(CSP_DIRECTIVES['object-src']).toBe("'none'");
    expect(CSP_DIRECTIVES['base-uri']).toBe("'none'");
    expect(CSP_DIRECTIVES['frame-ancestors']).toBe("'none'");
    expect(CSP_DIRECTIVES['form-action']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:|https:/);
  });

  it('8. never runs insecure content', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('9 and 10. enables no experimental or Blink features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('11 and 12. has no <webview> tag and refuses any webview that would attach', () => {
    expect(prefs.webviewTag).toBe(false);
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn(async () => {}));
    expect(fire('will-attach-webview', 'https://example.com').preventDefault).toHaveBeenCalled();
  });

  it.each([
    ['https://example.com/story', 'https://example.com/story'],
    ['http://example.com/', 'http://example.com/'],
    ['mailto:editor@example.com', 'mailto:editor@example.com'],
    ['file:///etc/passwd', null],
    ['javascript:alert(1)', null],
    ['smb://server/share', null],
    ['app://lectern/index.html', null],
    ['lectern://article/a', null],
    ['https://user:pass@example.com/', null],
    ['not a url', null],
  ])('13. stops the page navigating to %s, opening it outside only if it is web or mail (%s)', async (url, opened) => {
    const openExternal = vi.fn(async () => {});
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, openExternal);
    expect(fire('will-navigate', url).preventDefault).toHaveBeenCalled();
    expect(fire('will-redirect', url).preventDefault).toHaveBeenCalled();
    if (opened) expect(openExternal).toHaveBeenCalledWith(opened);
    else expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['https://example.com/', 'app://lectern/index.html', 'about:blank'])('14. never opens a new window, even for %s', (url) => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents, vi.fn(async () => {}));
    expect(open(url)).toEqual({ action: 'deny' });
  });

  it.each([
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['HTTPS://Example.COM/', 'https://example.com/'],
    ['https:///nohost', 'https://nohost/'],
    ['http://', null],
    ['ms-msdt:/id PCWDiagnostic', null],
    ['vbscript:msgbox', null],
  ])('15. hands the OS only parsed, canonical web links: %s becomes %s', (url, expected) => {
    expect(externalUrl(url)).toBe(expected);
  });

  it('16. uses a current, supported Electron major version', () => {
    const { devDependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    const major = Number(/(\d+)/.exec(devDependencies.electron)?.[1]);
    expect(major).toBeGreaterThanOrEqual(38);
  });

  it.each([
    ['app://lectern/index.html', null, true],
    ['app://lectern/assets/x.js', null, true],
    ['app://other/index.html', null, false],
    ['app://user@lectern/index.html', null, false],
    ['file:///app/dist/renderer/index.html', null, false],
    ['https://lectern/', null, false],
    ['http://localhost:5173/', null, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['', null, false],
    [null, null, false],
  ])('17. trusts IPC from %s (dev server %s): %s', (url, dev, trusted) => {
    expect(isAppUrl(url, dev)).toBe(trusted);
  });

  it.each([
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173'],
    ['https://localhost:5173', null],
    ['http://example.com:5173', null],
    ['http://192.168.1.2:5173', null],
    [undefined, null],
  ])('17. accepts LECTERN_DEV_URL=%s only as a loopback http origin (%s)', (raw, origin) => {
    expect(devServerOrigin(raw)).toBe(origin);
  });

  it('18. prefers a custom protocol to file://: the file protocol gets no extra privileges', () => {
    const config = parseYaml(readFileSync('electron-builder.yml', 'utf8')) as { electronFuses: Record<string, boolean> };
    expect(config.electronFuses.grantFileProtocolExtraPrivileges).toBe(false);
    expect(APP_SCHEME_PRIVILEGES.bypassCSP).toBe(false);
  });

  it('19. flips the fuses that make a packaged app harder to abuse', () => {
    const config = parseYaml(readFileSync('electron-builder.yml', 'utf8')) as { electronFuses: Record<string, boolean> };
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('makes no network calls of its own: no spellchecker dictionaries are downloaded', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('20. exposes no Electron or Node API to the page (the preload source never bridges ipcRenderer)', () => {
    const source = readFileSync('main/electron/preload.ts', 'utf8');
    expect(source).toMatch(/exposeInMainWorld\('lectern', buildBridge\(\)\)/);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(source).not.toMatch(/bridge\.\w+\s*=\s*ipcRenderer/);
  });
});
