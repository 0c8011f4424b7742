/**
 * Shared fixtures for the export tests: small articles, highlights placed by their text,
 * and a reader that parses an export the way other tools would (YAML + CommonMark).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import YAML from 'yaml';
import type { AnnotationView, Article, Colour } from '../../../main/contract.js';
import { parseArticle } from '../../../main/core/articles/parse.js';

export const EXPORTED_AT = '2025-09-10T08:00:00.000Z';
export const LEGEND = [
  { colour: 'yellow' as const, meaning: 'Key point' },
  { colour: 'green' as const, meaning: 'Question' },
  { colour: 'pink' as const, meaning: 'Evidence: numbers & facts' },
  { colour: 'blue' as const, meaning: 'Context' },
];

/** An article from paragraphs, laid out with the plain-text rule (blocks joined by a blank line). */
export function makeArticle(paragraphs: string[], overrides: Partial<Article> = {}): Article {
  let start = 0;
  const blocks = paragraphs.map((text) => {
    const block = { kind: 'paragraph' as const, text, start, end: start + text.length };
    start = block.end + 2;
    return block;
  });
  return {
    id: 'test-article',
    title: 'A test article',
    site: 'example.com',
    published: '2025-09-04T09:15:00.000Z',
    byline: null,
    wordCount: 100,
    readingMinutes: 1,
    source: 'test.txt',
    error: null,
    annotationCount: 0,
    blocks,
    text: paragraphs.join('\n\n'),
    contentHash: 'hash-of-test-article',
    ...overrides,
  };
}

/** An article parsed from one of the seed files by the app's own parser. */
export function seedArticle(fileName: string): Article {
  const raw = readFileSync(join(process.cwd(), 'seeds', fileName), 'utf8');
  const parsed = parseArticle(raw, { fileName });
  const id = fileName.replace(/\.txt$/, '');
  return { ...parsed, id, source: fileName, error: null, annotationCount: 0 };
}

export type HighlightSpec = {
  id: string;
  colour?: Colour;
  note?: string;
  tags?: string[];
  detached?: boolean;
  created?: string;
};

/** A highlight on the first occurrence of `exact` (or, detached, on a passage no longer in the text). */
export function highlight(article: Article, exact: string, spec: HighlightSpec): AnnotationView {
  const found = article.text.indexOf(exact);
  if (!spec.detached && found < 0) throw new Error(`test passage not in article: ${exact}`);
  const start = spec.detached ? 0 : found;
  const end = start + exact.length;
  const time = spec.created ?? '2025-09-05T10:00:00.000Z';
  return {
    id: spec.id,
    articleId: article.id,
    created: time,
    modified: time,
    colour: spec.colour ?? 'yellow',
    note: spec.note ?? '',
    tags: spec.tags ?? [],
    target: {
      quote: { exact, prefix: article.text.slice(Math.max(0, start - 32), start), suffix: article.text.slice(end, end + 32) },
      position: { start, end },
      contentHash: article.contentHash,
    },
    anchor: spec.detached ? { status: 'detached', start: null, end: null, score: null } : { status: 'exact', start, end, score: 1 },
  };
}

const md = new MarkdownIt('commonmark');
type Token = ReturnType<typeof md.parse>[number];

function inlineText(token: Token): string {
  return (token.children ?? []).map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? '\n' : child.content)).join('');
}

export type ReadExport = {
  frontMatter: Record<string, unknown>;
  /** The same front matter read as YAML 1.1 (as older tools do). */
  frontMatter11: Record<string, unknown>;
  headings: { level: number; text: string }[];
  /** Rendered text of each top-level blockquote, paragraphs separated by a blank line. */
  blockquotes: string[];
  /** Inline markup found inside blockquotes (emphasis, links, HTML…): quotes should have none. */
  markupInQuotes: string[];
  body: string;
};

/** Parses an export like an outside tool would; throws when the front matter is missing or not YAML. */
export function readExport(markdown: string): ReadExport {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  const body = markdown.slice(match[0].length);
  const tokens = md.parse(body, {});
  const headings: ReadExport['headings'] = [];
  const blockquotes: string[] = [];
  const markupInQuotes: string[] = [];
  let quote: string[] | null = null;
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') headings.push({ level: Number(token.tag.slice(1)), text: inlineText(tokens[i + 1]) });
    if (token.type === 'blockquote_open' && token.level === 0) quote = [];
    if (token.type === 'blockquote_close' && token.level === 0 && quote) {
      blockquotes.push(quote.join('\n\n'));
      quote = null;
    }
    if (token.type === 'inline' && quote) {
      quote.push(inlineText(token));
      for (const child of token.children ?? []) if (!['text', 'softbreak'].includes(child.type)) markupInQuotes.push(child.type);
    }
  });
  return {
    frontMatter: YAML.parse(match[1]) as Record<string, unknown>,
    frontMatter11: YAML.parse(match[1], { version: '1.1' }) as Record<string, unknown>,
    headings,
    blockquotes,
    markupInQuotes,
    body,
  };
}

/** Renders Markdown to HTML with CommonMark rules. */
export function renderHtml(markdown: string): string {
  return md.render(markdown);
}
