/**
 * What the page may send to each desktop function, checked with zod in the main process
 * before any dialog opens (the preload, kept free of zod, only packs the arguments).
 */
import { z } from 'zod';
import { ExportOptions, methods } from '../contract.js';
import type { DesktopFunction } from './channels.js';

const None = z.object({}).strict();

export const DESKTOP_INPUTS = {
  saveArticleExport: methods.exportArticle.input,
  exportLibraryToFolder: z.object({ options: ExportOptions.partial().default({}), dryRun: z.boolean().default(false) }).strict(),
  saveBackup: None,
  openBackup: None,
  importFiles: None,
  moveDataFolder: None,
} as const satisfies Record<DesktopFunction, z.ZodType>;

/** The checked input of one desktop function. */
export type DesktopInput<N extends DesktopFunction> = z.output<(typeof DESKTOP_INPUTS)[N]>;
