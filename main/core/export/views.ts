/**
 * The values each template part receives. Every string is escaped for the place that part
 * writes to, so a template cannot produce broken Markdown by using a plain `{{value}}`.
 */
import type { Article } from '../../contract.js';
import { formatDeepLink } from '../links/deep-link.js';
import { toIsoDay, toIsoTimestamp } from './dates.js';
import { blockquote, escapedLines, escapeSingleLine, tagSlug, userMarkdown } from './escape.js';
import { frontMatterValues } from './front-matter.js';
import type { PlannedHighlight } from './highlights.js';
import type { PartView } from './templates.js';

/** Values for the `fileName` part: plain text (the file-name rules are applied afterwards). */
export function fileNameView(article: Article): PartView {
  return { title: article.title, site: article.site ?? '', published: toIsoDay(article.published) ?? '', id: article.id };
}

/** Values for the `frontMatter` part: each one a complete YAML value. */
export function frontMatterView(article: Article, tags: readonly string[], exportedAt: Date | string): PartView {
  return frontMatterValues(article, tags, exportedAt);
}

/** `site · byline · date · N min read`, leaving out what the article does not have. */
function metaLine(article: Article): string {
  const date = toIsoDay(article.published);
  const parts = [article.site, article.byline, date].filter((p): p is string => Boolean(p && p.trim()));
  const minutes = `${Math.max(1, article.readingMinutes)} min read`;
  return [...parts.map(escapeSingleLine), minutes].join(' · ');
}

/** Values for the `header` part. */
export function headerView(article: Article): PartView {
  return {
    title: escapeSingleLine(article.title) || 'Untitled',
    site: escapeSingleLine(article.site ?? ''),
    byline: escapeSingleLine(article.byline ?? ''),
    published: toIsoDay(article.published) ?? '',
    readingMinutes: article.readingMinutes,
    metaLine: metaLine(article),
    link: formatDeepLink({ articleId: article.id, annotationId: null }),
  };
}

/** Values for one `highlight` part. */
export function highlightView(article: Article, h: PlannedHighlight, callouts: boolean): PartView {
  const lines = escapedLines(h.quote);
  const tags = h.view.tags.map(tagSlug).filter((t, i, all) => t !== '' && all.indexOf(t) === i);
  const note = userMarkdown(h.view.note);
  return {
    id: h.view.id,
    colour: h.view.colour,
    meaning: escapeSingleLine(h.meaning),
    quote: lines.join('\n'),
    quoteBlock: blockquote(lines),
    callouts,
    detached: h.detached,
    status: h.view.anchor.status,
    note,
    hasNote: note !== '',
    tags: tags.map((tag) => ({ tag })),
    tagLine: tags.map((tag) => `#${tag}`).join(' '),
    hasTags: tags.length > 0,
    link: formatDeepLink({ articleId: article.id, annotationId: h.view.id }),
    created: toIsoTimestamp(h.view.created),
    modified: toIsoTimestamp(h.view.modified),
  };
}

/** Values for the `articleNote` part. */
export function articleNoteView(note: string): PartView {
  const text = userMarkdown(note);
  return { note: text, hasNote: text !== '' };
}
