/**
 * Runs the desktop app's own pieces without Electron: the renderer build served by the
 * real app:// handler (CSP headers included), the real preload bundle with a stand-in
 * for contextBridge/ipcRenderer, and the real IPC handlers (API and desktop functions)
 * over a real library. Only Chromium stands in for Electron's window, and a scripted user
 * for its native dialogs: it proves the parts fit together where no Electron binary
 * exists; desktop.spec.ts is the real thing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { LecternApi } from '../../../main/contract';
import { createAppFileHandler } from '../../../main/electron/app-files';
import { createDesktopHandlers } from '../../../main/electron/desktop-handlers';
import { registerApiHandlers, registerDesktopHandlers } from '../../../main/electron/ipc';
import { LibraryHost } from '../../../main/electron/library-host';
import { createNativeDialogs, type ElectronDialog } from '../../../main/electron/native-dialogs';
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

/** What the scripted user answers, in order, when a native dialog opens. */
export type DialogAnswers = { save: string[]; open: string[][]; questions: string[] };

/** Electron's dialog played by a script: the next answer, or "cancel" when none is left. */
function scriptedDialog(answers: DialogAnswers, shown: string[]): ElectronDialog {
  const options = (args: unknown[]) => args.at(-1) as { title?: string; message?: string; buttons?: string[] };
  return {
    showSaveDialog: async (...args: unknown[]) => {
      shown.push(`save: ${options(args).title}`);
      const filePath = answers.save.shift();
      return { canceled: !filePath, filePath: filePath ?? '' };
    },
    showOpenDialog: async (...args: unknown[]) => {
      shown.push(`open: ${options(args).title}`);
      const filePaths = answers.open.shift();
      return { canceled: !filePaths, filePaths: filePaths ?? [] };
    },
    showMessageBox: async (...args: unknown[]) => {
      const { message, buttons = [] } = options(args);
      shown.push(`box: ${message}`);
      const answer = buttons.length > 1 ? answers.questions.shift() : undefined;
      return { response: answer === undefined ? buttons.length - 1 : buttons.indexOf(answer), checkboxChecked: false };
    },
  } as unknown as ElectronDialog;
}

export class BridgeHarness {
  /** Answers for the next native dialogs (push before the page opens one). */
  readonly answers: DialogAnswers = { save: [], open: [], questions: [] };
  /** Every native dialog shown, as "kind: title or message". */
  readonly dialogsShown: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly host: LibraryHost,
  ) {}

  /** The open library's API, as the main process holds it. */
  get lectern(): { api: LecternApi } {
    return { api: this.host.api! };
  }

  /** Opens the built renderer in `page` as the desktop window would, over a fresh library. */
  static async open(page: Page, dataDir: string): Promise<BridgeHarness> {
    const host = new LibraryHost({ seedsDir: resolve('seeds'), defaultDir: dataDir });
    await host.start();
    const harness = new BridgeHarness(page, host);
    const serve = createAppFileHandler(resolve('dist/renderer'));
    const handlers = new Map<string, Invoke>();
    const ipc = { handle: (channel: string, listener: unknown) => handlers.set(channel, listener as Invoke), removeHandler: (channel: string) => handlers.delete(channel) };
    const trusted = (url: string | null) => isAppUrl(url, HARNESS_ORIGIN);
    registerApiHandlers(ipc, () => host.api, trusted);
    const dialogs = createNativeDialogs(scriptedDialog(harness.answers, harness.dialogsShown), () => null, () => dataDir);
    const desktop = createDesktopHandlers({
      host,
      dialogs,
      // What main.ts does through the command channel: webContents.send to the page.
      post: (command) => void harness.command(command).catch(() => undefined),
      reload: () => void page.reload(),
    });
    registerDesktopHandlers(ipc, desktop, trusted);
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
    return harness;
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
    return this.host.close();
  }
}
