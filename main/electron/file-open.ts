/**
 * Files the operating system asks Lectern to open (double-click, "Open with", a file
 * dropped on the icon): on Windows and Linux they come as command-line arguments, at first
 * launch or through a second instance; on macOS as `open-file` events, possibly before the
 * app is ready. They are queued until the library is open, then imported and opened;
 * a file that cannot be imported is explained in a dialog and the app carries on.
 */
import { basename, isAbsolute, resolve } from 'node:path';
import { describeError } from '../core/errors.js';
import { isImportable } from './import-files.js';

/**
 * The importable files named on a command line. The executable (and, unpackaged, the main
 * script), switches and links are skipped; relative paths are taken from `cwd`.
 */
export function findFileArgs(argv: readonly string[], cwd: string = process.cwd()): string[] {
  return argv
    .slice(1)
    .filter((arg) => arg.length > 0 && !arg.startsWith('-') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(arg) && isImportable(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

export type FileOpener = {
  /** Queues the importable files of a command line; returns how many there were. */
  handleArgv(argv: readonly string[], cwd?: string): number;
  /** Queues one file (macOS open-file). */
  handlePath(path: string): void;
  /** The library is open: import what waited, and from now on import at once. */
  markReady(): void;
  /** Resolves once every queued file was handled (tests). */
  idle(): Promise<void>;
};

export type FileOpenerOptions = {
  /** Imports the files and opens the last one; throws when none could be imported. */
  importAndOpen(paths: readonly string[]): Promise<{ failures: Array<{ file: string; reason: string }> }>;
  /** Brings the window forward. */
  reveal(): void;
  /** Shows a problem to the user. */
  warn(message: string, detail: string): Promise<void>;
};

/** Builds the opener; files that arrive together (macOS sends one event per file) import as one batch. */
export function createFileOpener(options: FileOpenerOptions): FileOpener {
  let ready = false;
  let queued: string[] = [];
  let chain: Promise<void> = Promise.resolve();

  const run = (paths: string[]) => {
    chain = chain.then(async () => {
      options.reveal();
      try {
        const { failures } = await options.importAndOpen(paths);
        if (failures.length > 0) {
          const detail = failures.map((f) => `${f.file}: ${f.reason}`).join('\n');
          await options.warn(`Lectern could not import ${failures.length} of ${paths.length} files`, detail);
        }
      } catch (err) {
        const names = paths.map((p) => basename(p)).join(', ');
        await options.warn(`Lectern could not import ${names}`, describeError(err));
      }
    });
  };

  const flush = () => {
    if (!ready || queued.length === 0) return;
    const paths = queued;
    queued = [];
    run(paths);
  };

  const add = (paths: string[]) => {
    if (paths.length === 0) return;
    queued.push(...paths);
    // Let the other open-file events of the same gesture arrive, then import them together.
    setTimeout(flush, 0);
  };

  return {
    handleArgv(argv, cwd) {
      const paths = findFileArgs(argv, cwd);
      add(paths);
      return paths.length;
    },
    handlePath(path) {
      add([path]);
    },
    markReady() {
      ready = true;
      flush();
    },
    async idle() {
      await new Promise((r) => setTimeout(r, 0));
      await chain;
    },
  };
}
