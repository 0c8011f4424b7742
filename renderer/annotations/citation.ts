/** Citations and deep links for copying an annotation elsewhere. */

export interface CitationSource {
  id: string;
  title: string;
  site: string | null;
  published: string | null;
}

/** The app link that opens an article (and an annotation in it). */
export function annotationLink(articleId: string, annotationId?: string): string {
  const base = `lectern://article/${encodeURIComponent(articleId)}`;
  return annotationId ? `${base}#annotation=${encodeURIComponent(annotationId)}` : base;
}

function formatDate(published: string | null): string | null {
  if (!published) return null;
  const t = Date.parse(published);
  if (Number.isNaN(t)) return published;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * A quote with its source, as Markdown that reads well as plain text too:
 * `> quote` then `— Title, site, date. <link>`.
 */
export function formatCitation(quote: string, article: CitationSource, annotationId?: string): string {
  const quoted = quote
    .trim()
    .split(/\n+/)
    .map((line) => `> ${line}`)
    .join('\n>\n');
  const source = [article.title, article.site, formatDate(article.published)].filter(Boolean).join(', ');
  return `${quoted}\n\n— ${source}. ${annotationLink(article.id, annotationId)}`;
}
