/**
 * Markdown export, templates, merge on re-export, citations and the W3C backup. Everything
 * here is pure (no files, no clock, no Electron); the export service does the I/O.
 */
export { renderArticleMarkdown, type ExportFile, type ExportInput } from './markdown.js';
export { exportAll, INDEX_FILE_NAME, type ArticleExport, type ExportAllInput, type LibraryExport, type LinkStyle } from './export-all.js';
export { compileTemplate, DEFAULT_TEMPLATE, PART_NAMES, TemplateError, type CompiledTemplate } from './templates.js';
export { previewExport, type PreviewInput, type PreviewResult } from './preview.js';
export { assignFileNames, fileStem } from './file-names.js';
export { mergeExport, type MergeReport, type MergeResult } from './merge.js';
export { formatCitation, type Citation } from './citation.js';
export { backupFileName, toAnnotationCollection, type W3CAnnotation, type W3CCollection } from './w3c.js';
export { fromAnnotationCollection, type ImportOptions, type ImportResult } from './w3c-import.js';
export { mergeRecords, type RecordMerge } from './merge-records.js';
