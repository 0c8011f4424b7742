/**
 * Live preview of an export template for the settings view: compiles the draft, renders a
 * sample article (or a real one) with it, and reports problems instead of throwing.
 */
import type { Article, AnnotationView, ExportOptions, Settings } from '../../contract.js';
import { renderArticleMarkdown } from './markdown.js';
import { sampleArticle, sampleAnnotations, SAMPLE_ARTICLE_NOTE } from './sample.js';
import { compileTemplate, TemplateError } from './templates.js';

export type PreviewInput = {
  /** The draft template; null or empty previews the default. */
  template: string | null;
  settings: Pick<Settings, 'colourLegend'>;
  options?: Partial<ExportOptions>;
  exportedAt: Date | string;
  /** A real article to preview with; the built-in sample (full of awkward characters) otherwise. */
  article?: Article;
  annotations?: readonly AnnotationView[];
  articleNote?: string;
};

export type PreviewResult =
  | { ok: true; fileName: string; markdown: string; warnings: string[] }
  | { ok: false; error: string; line: number | null };

/** Renders the preview, or says what is wrong with the template and on which line. */
export function previewExport(input: PreviewInput): PreviewResult {
  const source = input.template?.trim() ? input.template : null;
  let compiled = null;
  try {
    compiled = source === null ? null : compileTemplate(source);
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, error: error.message, line: error.line };
    return { ok: false, error: (error as Error).message, line: null };
  }
  const article = input.article ?? sampleArticle();
  const file = renderArticleMarkdown({
    article,
    annotations: input.annotations ?? (input.article ? [] : sampleAnnotations(article)),
    articleNote: input.articleNote ?? (input.article ? '' : SAMPLE_ARTICLE_NOTE),
    settings: input.settings,
    options: input.options,
    exportedAt: input.exportedAt,
    template: compiled,
  });
  return { ok: true, ...file };
}
