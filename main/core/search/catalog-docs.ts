/**
 * The catalog's readable articles as search documents.
 */
import type { Catalog } from '../articles/catalog.js';
import type { LibraryDoc } from './library-search.js';

/** Every article that parses, with what search indexes of it. */
export function docsFromCatalog(catalog: Catalog): LibraryDoc[] {
  const docs: LibraryDoc[] = [];
  for (const summary of catalog.summaries(() => 0)) {
    if (summary.error !== null) continue;
    try {
      const article = catalog.get(summary.id);
      docs.push({
        id: article.id,
        title: article.title,
        site: article.site ?? '',
        byline: article.byline ?? '',
        text: article.text,
        contentHash: article.contentHash,
      });
    } catch {
      // Became unreadable since the listing: it is simply not searchable.
    }
  }
  return docs;
}

/** One string that changes whenever the searchable library does. */
export function libraryFingerprint(docs: readonly LibraryDoc[]): string {
  return docs.map((d) => `${d.id}\u0002${d.contentHash}\u0002${d.title}\u0002${d.site}\u0002${d.byline}`).join('\u0003');
}
