/**
 * Parses a scraped news text into an article: metadata (title, site, date, byline)
 * and typed blocks whose texts, joined by blank lines, form the plain text that
 * annotations anchor to. Nothing is dropped: page furniture becomes `boilerplate`
 * blocks, which the reader may dim, and every word of the input is in some block.
 */
import type { Block } from '../../contract.js';
import { buildArticle, layoutBlocks, type Draft, type ParsedArticle } from './build-article.js';
import { classifyBody } from './classify-body.js';
import { detectHeader } from './detect-header.js';
import { splitUnits } from './split-lines.js';
import { firstSentence, sentenceToTitle } from './split-sentences.js';

export type { ParsedArticle } from './build-article.js';
export type ParseOptions = { fileName: string };

/** The file name without folders and extension, as a last-resort title. */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  return base.replace(/\.[^.]+$/u, '') || base || 'Untitled';
}

/** The first sentence of the body's first text block (then of any readable block) as a title. */
export function titleFromBlocks(blocks: Block[]): string | null {
  const preferred = blocks.find((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'listItem');
  const fallback = preferred ?? blocks.find((b) => b.kind !== 'boilerplate');
  const sentence = fallback ? firstSentence(fallback.text) : '';
  return sentence ? sentenceToTitle(sentence) : null;
}

/**
 * Parses raw article text. Deterministic: the same input always gives the same blocks
 * and hash. When the title comes from a headline line, that line is the first block
 * (a heading); meta lines (site, dateline, "By …") are `byline` blocks.
 */
export function parseArticle(raw: string, options: ParseOptions): ParsedArticle {
  const units = splitUnits(raw);
  const header = detectHeader(units);
  const headerDrafts: Draft[] = units
    .slice(0, header.bodyStart)
    .map((unit, index) => ({ kind: header.roles.get(index) === 'title' ? 'heading' : 'byline', text: unit.text }));
  const body = classifyBody(units.slice(header.bodyStart), header.title);
  const blocks = layoutBlocks([...headerDrafts, ...body.drafts]);
  return buildArticle(blocks, {
    title: header.title ?? titleFromBlocks(blocks) ?? fileStem(options.fileName),
    site: header.site ?? body.site,
    published: header.published,
    byline: header.byline ?? body.byline,
  });
}
