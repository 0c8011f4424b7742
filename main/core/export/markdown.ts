/**
 * Renders one article and its highlights as a Markdown file. Pure: the export time is
 * passed in, nothing is read or written here.
 *
 * Layout: front matter, a file marker, then marked blocks (header, one per highlight, the
 * article note) between `## ` section headings. The markers let `mergeExport` update what
 * Lectern wrote while keeping what the person wrote.
 */
import type { Article, AnnotationView, ExportOptions, Settings } from '../../contract.js';
import { escapeSingleLine, neutraliseMarkers, tagSlug } from './escape.js';
import { checkFrontMatter } from './front-matter.js';
import { fileStem, MARKDOWN_EXTENSION } from './file-names.js';
import { planHighlights, planSections, unionTags } from './highlights.js';
import { fileMarker, wrapBlock } from './markers.js';
import { compileTemplate, defaultTemplate, renderPart, type CompiledTemplate, type PartName, type PartView } from './templates.js';
import { articleNoteView, fileNameView, frontMatterView, headerView, highlightView } from './views.js';

export type ExportInput = {
  article: Article;
  annotations: readonly AnnotationView[];
  articleNote: string;
  settings: Pick<Settings, 'colourLegend'> & Partial<Pick<Settings, 'exportTemplate'>>;
  options?: Partial<ExportOptions>;
  exportedAt: Date | string;
  /** A template source, or one compiled already; null for the default; left out to use the settings' one. */
  template?: string | CompiledTemplate | null;
};

/** `warnings` says when a user template could not be used (in part or whole) and the default stood in. */
export type ExportFile = { fileName: string; markdown: string; warnings: string[] };

const DEFAULT_OPTIONS: ExportOptions = { groupBy: 'document', includeDetached: true, callouts: true };

/** Picks the template; a broken user template never stops an export, it falls back with a warning. */
export function resolveTemplate(input: Pick<ExportInput, 'template' | 'settings'>, warnings: string[]): CompiledTemplate {
  const chosen = input.template === undefined ? (input.settings.exportTemplate ?? null) : input.template;
  if (chosen === null) return defaultTemplate();
  if (typeof chosen !== 'string') return chosen;
  try {
    return compileTemplate(chosen);
  } catch (error) {
    warnings.push(`The export template was not used: ${(error as Error).message}`);
    return defaultTemplate();
  }
}

/** Renders a Markdown-producing part; marker look-alikes from the template are neutralised. */
function markdownPart(template: CompiledTemplate, part: PartName, view: PartView): string {
  return neutraliseMarkers(renderPart(template, part, view));
}

function frontMatter(template: CompiledTemplate, view: PartView, articleId: string, warnings: string[]): string {
  const checked = checkFrontMatter(renderPart(template, 'frontMatter', view), articleId);
  if (checked.ok) return checked.text;
  warnings.push(`The template's front matter was not used (${checked.reason}); the default was.`);
  const fallback = checkFrontMatter(renderPart(defaultTemplate(), 'frontMatter', view), articleId);
  if (!fallback.ok) throw new Error(`default front matter is invalid: ${fallback.reason}`);
  return fallback.text;
}

/** The file name for an article from the template's `fileName` part, made safe for every OS. */
export function renderFileName(template: CompiledTemplate, article: Article): string {
  return `${fileStem(renderPart(template, 'fileName', fileNameView(article)))}${MARKDOWN_EXTENSION}`;
}

/** Renders the Markdown export of one article. */
export function renderArticleMarkdown(input: ExportInput): ExportFile {
  const warnings: string[] = [];
  const template = resolveTemplate(input, warnings);
  const options = { ...DEFAULT_OPTIONS, ...input.options };
  const { article, settings } = input;
  const highlights = planHighlights(article, input.annotations, settings.colourLegend, options.includeDetached);
  const tags = unionTags(highlights, tagSlug);

  const out: string[] = [
    '---',
    frontMatter(template, frontMatterView(article, tags, input.exportedAt), article.id, warnings),
    '---',
    fileMarker(article.id),
    '',
    wrapBlock('header', null, markdownPart(template, 'header', headerView(article))),
  ];
  for (const section of planSections(highlights, settings.colourLegend, options.groupBy)) {
    out.push('', `## ${escapeSingleLine(section.heading)}`);
    for (const h of section.highlights) {
      out.push('', wrapBlock('annotation', h.view.id, markdownPart(template, 'highlight', highlightView(article, h, options.callouts))));
    }
  }
  const note = articleNoteView(input.articleNote);
  if (note.hasNote) out.push('', wrapBlock('article-note', null, markdownPart(template, 'articleNote', note)));
  return { fileName: renderFileName(template, article), markdown: `${out.join('\n')}\n`, warnings };
}
