import { spawn } from 'node:child_process';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { LecternApp } from '../../e2e/pages/lectern-app';
import { AnnotationsPage } from '../../e2e/pages/annotations-page';

/** The bundled main process the desktop app runs (built by `npm run build`). */
export const MAIN_SCRIPT = 'dist/main/electron-main.cjs';

/** Chromium will not start its sandbox as root (containers, CI); only then is it turned off. */
const rootArgs = () => (process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : []);

type WindowState = { count: number; focused: boolean; minimized: boolean; visible: boolean };

/** One running Lectern desktop app: its Electron process, its window and the page objects over it. */
export class DesktopApp {
  private constructor(
    readonly electron: ElectronApplication,
    readonly page: Page,
    readonly executable: string,
    readonly userDataDir: string,
  ) {}

  readonly ui = () => new LecternApp(this.page);
  readonly annotations = () => new AnnotationsPage(this.page);

  /** The arguments every launch shares, so a second launch targets the same library. */
  static args(userDataDir: string, extra: string[] = []): string[] {
    return [MAIN_SCRIPT, `--user-data-dir=${userDataDir}`, ...rootArgs(), ...extra];
  }

  /** Starts the app on a user data folder and waits for its window to show the library. */
  static async launch(executable: string, userDataDir: string, extra: string[] = []): Promise<DesktopApp> {
    const electron = await _electron.launch({ executablePath: executable, args: DesktopApp.args(userDataDir, extra) });
    const page = await electron.firstWindow();
    const app = new DesktopApp(electron, page, executable, userDataDir);
    await app.ui().library.entries.first().waitFor();
    return app;
  }

  /** Calls the API through the preload bridge, as the page does; returns the value or throws. */
  async call<T>(method: string, input: unknown = {}): Promise<T> {
    const result = await this.page.evaluate(
      ([m, i]) => (window as unknown as { lectern: Record<string, (x: unknown) => Promise<unknown>> }).lectern[m](i),
      [method, input] as const,
    );
    const r = result as { ok: true; value: T } | { ok: false; error: { message: string } };
    if (!r.ok) throw new Error(`${method} failed: ${r.error.message}`);
    return r.value;
  }

  /** What the main process knows about its windows. */
  windowState(): Promise<WindowState> {
    return this.electron.evaluate(({ BrowserWindow }) => {
      const all = BrowserWindow.getAllWindows();
      const w = all[0];
      return { count: all.length, focused: w?.isFocused() ?? false, minimized: w?.isMinimized() ?? false, visible: w?.isVisible() ?? false };
    });
  }

  minimize(): Promise<void> {
    return this.electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.minimize());
  }

  /**
   * Starts Lectern again on the same library, as a user double-clicking the icon (or a
   * lectern:// link) would; resolves with that second process's exit code.
   */
  launchAgain(extra: string[] = []): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const env = { ...process.env };
      delete env.ELECTRON_RUN_AS_NODE;
      const child = spawn(this.executable, DesktopApp.args(this.userDataDir, extra), { stdio: 'ignore', env });
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error('the second Lectern did not hand over and quit within 15 s'));
      }, 15_000);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  close(): Promise<void> {
    return this.electron.close();
  }
}
