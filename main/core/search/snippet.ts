/**
 * The excerpt shown under a search result: a short stretch of the article's text around the
 * first place one of the matched terms begins a word, cut at word boundaries.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the first of `terms` starts a word in `text` (case-insensitive), or -1. */
export function firstMatch(text: string, terms: readonly string[]): number {
  if (terms.length === 0) return -1;
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'iu').exec(text);
  return match ? match.index : -1;
}

/** About `width` characters of `text` around the first match of `terms` (the opening when none). */
export function snippetAround(text: string, terms: readonly string[], width = 180): string {
  const at = Math.max(0, firstMatch(text, terms));
  let start = Math.max(0, at - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  // Widen to whole words at both ends.
  while (start > 0 && start > at - width / 2 && WORD_CHAR.test(text[start - 1])) start--;
  while (end < text.length && end < start + width * 1.3 && WORD_CHAR.test(text[end])) end++;
  const body = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
