/**
 * Deep links in the browser: `#article=<id>&annotation=<id>` opens an article and points the
 * annotations layer at one highlight. (The serve-mode token shares the fragment; the client
 * removes it before anything here reads the hash.)
 */
export interface DeepLink {
  articleId: string;
  annotationId: string | null;
}

/** The deep link in a URL fragment, if it names an article. */
export function parseDeepLink(hash: string): DeepLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const articleId = params.get('article');
  if (!articleId) return null;
  return { articleId, annotationId: params.get('annotation') || null };
}

/** Records the open article in the fragment without adding a history entry or firing hashchange. */
export function writeDeepLink(articleId: string | null): void {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  params.delete('annotation');
  if (articleId) params.set('article', articleId);
  else params.delete('article');
  const rest = params.toString();
  const url = `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}
