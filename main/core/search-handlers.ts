/**
 * Library search. (Being replaced by a saved MiniSearch index in main/core/search/.)
 */
import type { LecternApi } from '../contract.js';
import type { Catalog } from './articles.js';

/** The search part of the API. */
export function searchHandlers(_deps: { catalog: Catalog }): Pick<LecternApi, 'searchLibrary'> {
  return {
    async searchLibrary() {
      return [];
    },
  };
}
