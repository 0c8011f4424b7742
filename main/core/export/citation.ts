/**
 * A citation for one highlight, to paste elsewhere: the passage, where it comes from, and a
 * link back into Lectern. Plain text for anywhere, Markdown for notes apps.
 */
import type { Article, AnnotationRecord, AnnotationView } from '../../contract.js';
import { formatDeepLink } from '../links/deep-link.js';
import { toIsoDay } from './dates.js';
import { blockquote, cleanText, escapedLines, escapeSingleLine } from './escape.js';

export type Citation = { text: string; markdown: string; link: string };

/** The passage as the reader sees it now, or the stored quote when it no longer anchors. */
function passage(article: Article, annotation: AnnotationRecord | AnnotationView): string {
  if ('anchor' in annotation) {
    const { status, start, end } = annotation.anchor;
    if (status !== 'detached' && start !== null && end !== null && end > start && end <= article.text.length) {
      return article.text.slice(start, end);
    }
  }
  return annotation.target.quote.exact;
}

function isWebAddress(source: string): boolean {
  return /^https?:\/\/[^\s<>]+$/i.test(source);
}

/** Formats a citation of `annotation` from `article`. */
export function formatCitation(article: Article, annotation: AnnotationRecord | AnnotationView): Citation {
  const quote = cleanText(passage(article, annotation)).trim();
  const link = formatDeepLink({ articleId: article.id, annotationId: annotation.id });
  const day = toIsoDay(article.published);
  const title = cleanText(article.title).replace(/\s+/g, ' ').trim() || 'Untitled';
  const details = [article.site, day].filter((part): part is string => Boolean(part && part.trim()));

  const flatQuote = quote.replace(/\s*\n\s*/g, ' ');
  const text = `“${flatQuote}” — ${[title, ...details].join(', ')}. ${link}`;

  const titleMd = isWebAddress(article.source) ? `[${escapeSingleLine(title)}](<${article.source}>)` : `*${escapeSingleLine(title)}*`;
  const attribution = [titleMd, ...details.map(escapeSingleLine), `[Open in Lectern](${link})`].join(' · ');
  const markdown = `${blockquote(escapedLines(quote))}\n\n— ${attribution}`;
  return { text, markdown, link };
}
