/**
 * Export and backup handlers. (Being wired to main/core/export/.)
 */
import type { LecternApi } from '../contract.js';
import type { Store } from './store/db.js';
import type { Catalog } from './articles.js';
import { ApiFailure } from './errors.js';

type ExportMethods = Pick<LecternApi, 'exportArticle' | 'exportBackup' | 'importBackup'>;

const notYet = async (): Promise<never> => {
  throw new ApiFailure('internal', 'export is not wired yet');
};

/** The export part of the API. */
export function exportHandlers(_deps: { store: Store; catalog: Catalog; clock: () => Date }): ExportMethods {
  return { exportArticle: notYet, exportBackup: notYet, importBackup: notYet };
}
