/**
 * Exports a whole library at once: one Markdown file per article, with names that are safe,
 * unique and stable, plus an `index.md` that links to every file.
 */
import type { Article, AnnotationView } from '../../contract.js';
import { toIsoTimestamp } from './dates.js';
import { escapeSingleLine } from './escape.js';
import { assignFileNames, MARKDOWN_EXTENSION } from './file-names.js';
import { yamlValue } from './front-matter.js';
import { renderArticleMarkdown, resolveTemplate, type ExportFile, type ExportInput } from './markdown.js';

export type ArticleExport = { article: Article; annotations: readonly AnnotationView[]; articleNote: string };
export type LinkStyle = 'wikilink' | 'markdown';
export type ExportAllInput = Omit<ExportInput, 'article' | 'annotations' | 'articleNote'> & { links?: LinkStyle };
export type LibraryExport = { files: ExportFile[]; index: ExportFile };

export const INDEX_FILE_NAME = `index${MARKDOWN_EXTENSION}`;

type Entry = { file: ExportFile; article: Article; highlights: number };

/** `[[name|Title]]`: the alias drops what would end or split the link. */
function wikilink(fileName: string, title: string): string {
  const target = fileName.slice(0, -MARKDOWN_EXTENSION.length);
  const alias = title.replace(/[[\]|\n\r]+/g, ' ').replace(/\s+/g, ' ').trim();
  return alias && alias !== target ? `[[${target}|${alias}]]` : `[[${target}]]`;
}

/** `[Title](name.md)`, the name percent-encoded so spaces and brackets cannot break the link. */
function markdownLink(fileName: string, title: string): string {
  const href = encodeURIComponent(fileName).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${escapeSingleLine(title) || 'Untitled'}](${href})`;
}

function indexLine(entry: Entry, links: LinkStyle): string {
  const link = links === 'wikilink' ? wikilink(entry.file.fileName, entry.article.title) : markdownLink(entry.file.fileName, entry.article.title);
  const count = `${entry.highlights} highlight${entry.highlights === 1 ? '' : 's'}`;
  const site = entry.article.site ? `${escapeSingleLine(entry.article.site)} · ` : '';
  return `- ${link} · ${site}${count}`;
}

function renderIndex(entries: Entry[], links: LinkStyle, exportedAt: Date | string): string {
  const total = entries.reduce((sum, e) => sum + e.highlights, 0);
  const lines = [
    '---',
    'lectern_index: true',
    `exported: ${yamlValue(toIsoTimestamp(exportedAt))}`,
    '---',
    '',
    '# Lectern library',
    '',
    `${entries.length} article${entries.length === 1 ? '' : 's'} · ${total} highlight${total === 1 ? '' : 's'}`,
    '',
    ...entries.map((e) => indexLine(e, links)),
  ];
  return `${lines.join('\n')}\n`;
}

/** Renders every article and the index; files are listed in file-name order. */
export function exportAll(articles: readonly ArticleExport[], input: ExportAllInput): LibraryExport {
  const warnings: string[] = [];
  const template = resolveTemplate(input, warnings);
  const rendered = articles.map((item) => ({ item, file: renderArticleMarkdown({ ...input, ...item, template }) }));
  const names = assignFileNames(rendered.map(({ item, file }) => ({ id: item.article.id, stem: file.fileName.slice(0, -MARKDOWN_EXTENSION.length) })));
  const includeDetached = input.options?.includeDetached ?? true;
  const entries: Entry[] = rendered.map(({ item, file }) => ({
    file: { ...file, fileName: names.get(item.article.id) ?? file.fileName, warnings: [...warnings, ...file.warnings] },
    article: item.article,
    highlights: item.annotations.filter((a) => includeDetached || a.anchor.status !== 'detached').length,
  }));
  entries.sort((a, b) => a.file.fileName.toLowerCase().localeCompare(b.file.fileName.toLowerCase(), 'en') || (a.file.fileName < b.file.fileName ? -1 : 1));
  const index = { fileName: INDEX_FILE_NAME, markdown: renderIndex(entries, input.links ?? 'wikilink', input.exportedAt), warnings };
  return { files: entries.map((e) => e.file), index };
}
