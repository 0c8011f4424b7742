/**
 * Runs the desktop app's own pieces without Electron: the renderer build served by the
 * real app:// handler (CSP headers included), the real preload bundle with a stand-in
 * for contextBridge/ipcRenderer, and the real IPC handlers over a real library.
 * Only Chromium stands in for Electron's window: it proves the parts fit together where
 * no Electron binary exists; desktop.spec.ts is the real thing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { createLectern, type Lectern } from '../../../main/core/library';
import { createAppFileHandler } from '../../../main/electron/app-files';
import { registerApiHandlers } from '../../../main/electron/ipc';
import { isAppUrl } from '../../../main/electron/origin';

/** Chromium cannot load a custom scheme, so app://lectern/ is mapped onto this origin. */
export const HARNESS_ORIGIN = 'http://lectern.localhost';

type Invoke = (event: { senderFrame: { url: string } }, payload: unknown) => Promise<unknown>;

/** Evaluated in the page before any of its scripts: the require('electron') the preload bundle gets. */
function installElectronShim() {
  const listeners = new Map<string, Array<(event: unknown, payload: unknown) => void>>();
  const sent: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  const electron = {
    contextBridge: {
      exposeInMainWorld(key: string, value: unknown) {
        Object.defineProperty(window, key, { value, writable: false, configurable: false });
      },
    },
    ipcRenderer: {
      invoke: (channel: string, payload: unknown) => (w.__harnessInvoke as (c: string, p: unknown) => Promise<unknown>)(channel, payload),
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      },
      removeListener: (channel: string, listener: unknown) => {
        listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener));
      },
      send: (channel: string) => sent.push(channel),
    },
  };
  // What webContents.send would deliver, for the test to call.
  w.__harnessDeliver = (channel: string, payload: unknown) => (listeners.get(channel) ?? []).forEach((l) => l({}, payload));
  w.__harnessSent = sent;
  w.__cspViolations = [] as string[];
  document.addEventListener('securitypolicyviolation', (e) =>
    (w.__cspViolations as string[]).push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
  );
  w.__harnessRequire = (name: string) => {
    if (name !== 'electron') throw new Error(`the preload may only require electron, not ${name}`);
    return electron;
  };
}

/** The init script: the shim, then the preload bundle as a CommonJS module (no eval, so CSP has nothing to say). */
function initScript(preloadSource: string): string {
  return [
    `(${installElectronShim.toString()})();`,
    '(function (require, module, exports) {',
    preloadSource,
    '})(window.__harnessRequire, { exports: {} }, {});',
  ].join('\n');
}

export class BridgeHarness {
  private constructor(
    readonly page: Page,
    readonly lectern: Lectern,
  ) {}

  /** Opens the built renderer in `page` as the desktop window would, over a fresh library. */
  static async open(page: Page, dataDir: string): Promise<BridgeHarness> {
    const lectern = await createLectern({ seedsDir: resolve('seeds'), dataDir });
    const serve = createAppFileHandler(resolve('dist/renderer'));
    const handlers = new Map<string, Invoke>();
    registerApiHandlers(
      { handle: (channel, listener) => handlers.set(channel, listener as Invoke), removeHandler: (channel) => handlers.delete(channel) },
      () => lectern.api,
      (url) => isAppUrl(url, HARNESS_ORIGIN),
    );
    await page.route(`${HARNESS_ORIGIN}/**`, async (route) => {
      const url = route.request().url().replace(HARNESS_ORIGIN, 'app://lectern');
      const response = await serve(new Request(url, { method: route.request().method() }));
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
    });
    await page.exposeBinding('__harnessInvoke', (source, channel: string, payload: unknown) => {
      const handler = handlers.get(channel);
      return handler ? handler({ senderFrame: { url: source.frame.url() } }, payload) : { ok: false, error: { code: 'unknown_method', message: channel } };
    });
    await page.addInitScript({ content: initScript(readFileSync(resolve('dist/main/preload.cjs'), 'utf8')) });
    await page.goto(`${HARNESS_ORIGIN}/index.html`);
    return new BridgeHarness(page, lectern);
  }

  /** Sends a shell command to the page, as the main process does with webContents.send. */
  command(command: object): Promise<void> {
    return this.page.evaluate((c) => (window as unknown as { __harnessDeliver: (ch: string, p: unknown) => void }).__harnessDeliver('lectern:command', c), command);
  }

  /** Messages the preload sent to the main process (e.g. "ready for commands"). */
  sent(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __harnessSent: string[] }).__harnessSent);
  }

  /**
   * Content-Security-Policy violations the page reported, except zod's `new Function`
   * probe (zod/v4 util `allowsEval`), which is caught and harmless; `z.config({ jitless: true })`
   * in the renderer would silence it.
   */
  async cspViolations(): Promise<string[]> {
    const all = await this.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    return all.filter((v) => !v.startsWith('script-src eval '));
  }

  close(): Promise<void> {
    return this.lectern.close();
  }
}
