/**
 * Parses a scraped news text into an article: metadata (title, site, date, byline)
 * and typed blocks whose texts, joined by blank lines, form the plain text that
 * annotations anchor to. Nothing is dropped: page furniture becomes `boilerplate`
 * blocks, which the reader may dim, and every word of the input is in some block.
 */
import { createHash } from 'node:crypto';
import type { Block } from '../../contract.js';
import { classifyBody, type Draft } from './classify-body.js';
import { detectHeader } from './detect-header.js';
import { splitUnits } from './split-lines.js';
import { firstSentence, sentenceToTitle } from './split-sentences.js';

export type ParsedArticle = {
  /** Never empty: the headline, else the body's first sentence, else the file's name. */
  title: string;
  site: string | null;
  /** ISO 8601 in UTC (`2025-09-04T09:15:00.000Z`), from a dateline in the header. */
  published: string | null;
  byline: string | null;
  blocks: Block[];
  /** The blocks' texts joined by "\n\n"; `blocks[i].start/end` are offsets into it. */
  text: string;
  /** Words in the blocks that are not boilerplate. */
  wordCount: number;
  /** max(1, round(words / 230)), or 0 for an article without words. */
  readingMinutes: number;
  /** SHA-256 (hex) of `text`: annotations record it to notice edits. */
  contentHash: string;
};

export type ParseOptions = { fileName: string };

const WORDS_PER_MINUTE = 230;
const BLOCK_SEPARATOR = '\n\n';
const WORDS = new Intl.Segmenter('en', { granularity: 'word' });

/** Places the drafts one after another in the plain text, recording each one's offsets. */
function layout(drafts: Draft[]): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  for (const { kind, text } of drafts) {
    if (!text) continue;
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length;
    blocks.push({ kind, text, start: offset, end: offset + text.length });
    offset += text.length;
  }
  return blocks;
}

/** Counts words as a reader would, including scripts written without spaces. */
export function countReadableWords(text: string): number {
  let words = 0;
  for (const segment of WORDS.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** The file name without folders and extension, as a last-resort title. */
function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  return base.replace(/\.[^.]+$/u, '') || base || 'Untitled';
}

/** The first sentence of the body's first text block (then of any readable block) as a title. */
function titleFromBody(blocks: Block[]): string | null {
  const preferred = blocks.find((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'listItem');
  const fallback = preferred ?? blocks.find((b) => b.kind !== 'boilerplate');
  const sentence = fallback ? firstSentence(fallback.text) : '';
  return sentence ? sentenceToTitle(sentence) : null;
}

/** Parses raw article text. Deterministic: the same input always gives the same blocks and hash. */
export function parseArticle(raw: string, options: ParseOptions): ParsedArticle {
  const units = splitUnits(raw);
  const header = detectHeader(units);
  const headerDrafts: Draft[] = units
    .slice(0, header.bodyStart)
    .map((unit, index) => ({ kind: header.roles.get(index) === 'title' ? 'heading' : 'byline', text: unit.text }));
  const body = classifyBody(units.slice(header.bodyStart), header.title);
  const blocks = layout([...headerDrafts, ...body.drafts]);
  const text = blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  const wordCount = blocks
    .filter((block) => block.kind !== 'boilerplate')
    .reduce((sum, block) => sum + countReadableWords(block.text), 0);
  return {
    title: header.title ?? titleFromBody(blocks) ?? fileStem(options.fileName),
    site: header.site ?? body.site,
    published: header.published,
    byline: header.byline ?? body.byline,
    blocks,
    text,
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}
