/**
 * YAML front matter for exported files. Values are written by the `yaml` library as
 * double-quoted, single-line scalars, so a title with quotes, colons, `#`, newlines or a
 * leading `-`, `[` or `{` still gives valid YAML, in YAML 1.1 readers too (`yes` stays text).
 */
import YAML from 'yaml';
import type { Article } from '../../contract.js';
import { cleanText } from './escape.js';
import { toIsoTimestamp } from './dates.js';

const SCALAR_OPTIONS = {
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  collectionStyle: 'flow',
  doubleQuotedAsJSON: true,
  lineWidth: 0,
} as const;

type YamlInput = string | number | null | readonly string[];

/** One value as a single line of YAML, ready to follow `key: ` in a template. */
export function yamlValue(value: YamlInput): string {
  const clean = typeof value === 'string' ? cleanText(value) : Array.isArray(value) ? value.map(cleanText) : value;
  return YAML.stringify(clean, SCALAR_OPTIONS).trimEnd();
}

/** The front matter fields of an export, each already written as YAML. */
export function frontMatterValues(article: Article, tags: readonly string[], exportedAt: Date | string): Record<string, string> {
  return {
    lectern_id: yamlValue(article.id),
    title: yamlValue(article.title),
    site: yamlValue(article.site),
    byline: yamlValue(article.byline),
    published: yamlValue(article.published === null ? null : toIsoTimestamp(article.published)),
    exported: yamlValue(toIsoTimestamp(exportedAt)),
    tags: yamlValue(tags),
    source: yamlValue(article.source),
    reading_minutes: yamlValue(article.readingMinutes),
    word_count: yamlValue(article.wordCount),
  };
}

export type FrontMatterCheck = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Checks front matter a template rendered: one YAML mapping, no line that would end the
 * front matter early, and our `lectern_id` (added at the top when the template left it out).
 */
export function checkFrontMatter(text: string, articleId: string): FrontMatterCheck {
  const body = text.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
  if (/^(---|\.\.\.)\s*$/m.test(body)) return { ok: false, reason: 'a line "---" or "..." would end the front matter early' };
  const parsed = parseMapping(body);
  if (!parsed.ok) return parsed;
  const id = parsed.map.lectern_id;
  if (id === undefined) return checkFrontMatter(`lectern_id: ${yamlValue(articleId)}\n${body}`, articleId);
  if (id !== articleId) return { ok: false, reason: `lectern_id is ${JSON.stringify(id)}, expected ${JSON.stringify(articleId)}` };
  return { ok: true, text: body };
}

type MappingResult = { ok: true; map: Record<string, unknown> } | { ok: false; reason: string };

/** Parses YAML that must be a single mapping. */
export function parseMapping(text: string): MappingResult {
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) return { ok: false, reason: `not valid YAML: ${doc.errors[0].message.split('\n')[0]}` };
  const value: unknown = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not a YAML mapping of keys to values' };
  return { ok: true, map: value as Record<string, unknown> };
}

export type SplitFile = { frontMatter: string | null; body: string };

/** Separates `---` front matter from the rest of a Markdown file. */
export function splitFrontMatter(markdown: string): SplitFile {
  const text = markdown.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { frontMatter: null, body: text };
  return { frontMatter: (match[1] ?? '').replace(/\n$/, ''), body: text.slice(match[0].length) };
}

/**
 * Front matter for a re-export: the existing YAML (the person's own keys, comments and
 * order survive) with every key of the fresh export set to its fresh value, except that
 * tags the person added to `tags` are kept after ours. Null when the existing front matter
 * is not a YAML mapping we can edit safely.
 */
export function mergeFrontMatter(existing: string, fresh: string): string | null {
  const doc = YAML.parseDocument(existing);
  const next = YAML.parseDocument(fresh);
  if (doc.errors.length > 0 || next.errors.length > 0) return null;
  if (!YAML.isMap(doc.contents) || !YAML.isMap(next.contents)) return null;
  for (const pair of next.contents.items) {
    const key = YAML.isScalar(pair.key) ? pair.key.value : pair.key;
    doc.set(key, key === 'tags' ? keepOwnTags(doc.get('tags', true), pair.value) : pair.value);
  }
  return doc.toString({ lineWidth: 0 }).replace(/\n+$/, '');
}

/** Our tags, then any the person added by hand (Obsidian users tag files in the front matter). */
function keepOwnTags(existing: unknown, fresh: unknown): unknown {
  if (!YAML.isSeq(existing) || !YAML.isSeq(fresh)) return fresh;
  const ours = new Set(fresh.items.map((item) => (YAML.isScalar(item) ? item.value : item)));
  const theirs = existing.items.filter((item) => YAML.isScalar(item) && !ours.has(item.value));
  fresh.items.push(...theirs);
  return fresh;
}
