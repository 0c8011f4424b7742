/**
 * The shape of `window.lectern.desktop`: what only the desktop app can do (native save and
 * folder dialogs, importing files, moving the data folder). Types only, so the renderer may
 * import this file (see renderer/api/desktop.ts).
 */
import type { ApiError, ArticleSummary, ExportOptions, Output } from './contract.js';

/**
 * What each desktop function answers: a value when it did its work, `value: null` when
 * the user cancelled a dialog, or an error to show.
 */
export type DesktopResult<T> = { ok: true; value: T | null } | { ok: false; error: ApiError };

/** A file (or folder) written or read, with lines describing what happened, for the user. */
export type DesktopDone = { path: string; lines: string[] };

export type FolderExport = DesktopDone & {
  /** True when nothing was written (a preview of what an export would do). */
  dryRun: boolean;
  /** Passages the user edited in earlier exports that kept the user's version. */
  conflicts: number;
  /** Files in the folder Lectern did not write, left alone. */
  skipped: number;
};

export type RestoredBackup = DesktopDone & { report: Output<'importBackup'> };

/** `path` is the folder the files came from; `articles` are the new library entries, `failures` the files that were not imported. */
export type ImportedFiles = DesktopDone & { articles: ArticleSummary[]; failures: Array<{ file: string; reason: string }> };

/** `path` is the new data folder; `from` keeps the old copy. */
export type MovedLibrary = DesktopDone & { from: string };

/** The value each desktop function answers with when it did its work. */
export type DesktopValues = {
  saveArticleExport: DesktopDone;
  exportLibraryToFolder: FolderExport;
  saveBackup: DesktopDone;
  openBackup: RestoredBackup;
  importFiles: ImportedFiles;
  moveDataFolder: MovedLibrary;
};

export type DesktopBridge = {
  /** Save dialog, then writes the article's Markdown (merging into a file Lectern wrote before). */
  saveArticleExport(articleId: string, options?: Partial<ExportOptions>): Promise<DesktopResult<DesktopDone>>;
  /**
   * Folder dialog, then writes every article's Markdown plus the index, merging with what
   * Lectern wrote there before; asks first when the user's edits or others' files are involved.
   * With `dryRun` nothing is written: the result says what an export would do.
   */
  exportLibraryToFolder(options?: Partial<ExportOptions>, run?: { dryRun?: boolean }): Promise<DesktopResult<FolderExport>>;
  /** Save dialog, then writes the W3C backup of every annotation. */
  saveBackup(): Promise<DesktopResult<DesktopDone>>;
  /** Open dialog, then restores a backup file into the library. */
  openBackup(): Promise<DesktopResult<RestoredBackup>>;
  /** Open dialog (several .txt, .md or .html files), imports them and opens the last one. */
  importFiles(): Promise<DesktopResult<ImportedFiles>>;
  /** Folder dialog, then copies the library there, checks the copy and switches to it; the window reloads. */
  moveDataFolder(): Promise<DesktopResult<MovedLibrary>>;
};
