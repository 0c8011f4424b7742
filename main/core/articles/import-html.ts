/**
 * Imports a saved web page as an article: Mozilla's Readability finds the article
 * body (leaving navigation, ads and comments behind) in a jsdom document, and the
 * body's elements become blocks. jsdom runs no scripts and loads no resources here.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { buildArticle, layoutBlocks, type Draft, type ParsedArticle } from './build-article.js';
import { blocksFromHtml } from './html-blocks.js';
import { parseDateLine } from './parse-date.js';
import { titleFromBlocks } from './parse.js';

/** A web address jsdom accepts as the page's URL, or undefined. */
function pageUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'file:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** ISO 8601 UTC for a page's published time, or null when it is not a date. */
function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const exact = parseDateLine(value);
  if (exact) return exact;
  // Pages carry many formats; one with its own zone is unambiguous for Date.
  if (!/(?:z|[+-]\d{2}:?\d{2}|gmt|utc)$/iu.test(value.trim())) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function text(value: string | null | undefined): string | null {
  const cleaned = value?.replace(/\s+/gu, ' ').trim();
  return cleaned ? cleaned : null;
}

/** The host name of a page address, without `www.`. */
function hostOf(url: string | undefined): string | null {
  return url && !url.startsWith('file:') ? new URL(url).hostname.replace(/^www\./u, '') || null : null;
}

/**
 * Parses an HTML page into an article. When Readability finds no article the whole
 * body is used, so a page is never imported empty while it has text.
 */
export function importHtml(html: string, url?: string): ParsedArticle {
  const address = pageUrl(url);
  const dom = new JSDOM(html, { url: address, virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  const pageTitle = text(document.title);
  const result = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  const root = result?.content ?? new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document.body;
  const drafts: Draft[] = root ? blocksFromHtml(root) : [];
  const blocks = layoutBlocks(drafts);
  dom.window.close();
  return buildArticle(blocks, {
    title: text(result?.title) ?? pageTitle ?? titleFromBlocks(blocks) ?? hostOf(address) ?? 'Untitled page',
    site: text(result?.siteName) ?? hostOf(address),
    published: isoDate(result?.publishedTime),
    byline: text(result?.byline),
  });
}
