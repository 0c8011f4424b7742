/**
 * Assembles an article from its blocks in reading order: lays the blocks out in the
 * plain text (joined by blank lines, with exact offsets), counts words and reading
 * time, and hashes the text. Shared by the text parser and the HTML importer.
 */
import { createHash } from 'node:crypto';
import type { Block, BlockKind } from '../../contract.js';

/** A block before offsets are assigned. */
export type Draft = { kind: BlockKind; text: string };

export type ParsedArticle = {
  /** Never empty: the headline, else the body's first sentence, else the file's name. */
  title: string;
  site: string | null;
  /** ISO 8601 in UTC (`2025-09-04T09:15:00.000Z`). */
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

export type ArticleMeta = Pick<ParsedArticle, 'title' | 'site' | 'published' | 'byline'>;

const WORDS_PER_MINUTE = 230;
const BLOCK_SEPARATOR = '\n\n';
/**
 * A word: letters, marks and digits, joined across inner `.` `,` `'` `’` `:` (`U.S`, `1,152`,
 * `don't`), as a word segmenter would count them. Regexes rather than `Intl.Segmenter`,
 * whose word iteration slows down badly on long texts.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,'’:][\p{L}\p{M}\p{N}]+)*/gu;
/** Scripts written without spaces: each ideograph or kana counts as a word. */
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Places the drafts one after another in the plain text, recording each one's offsets. Empty drafts are skipped. */
export function layoutBlocks(drafts: Draft[]): Block[] {
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
  const ideographs = text.match(IDEOGRAPH)?.length ?? 0;
  const spaced = ideographs > 0 ? text.replace(IDEOGRAPH, ' ') : text;
  return ideographs + (spaced.match(WORD)?.length ?? 0);
}

/** The article for laid-out blocks and their metadata. */
export function buildArticle(blocks: Block[], meta: ArticleMeta): ParsedArticle {
  const text = blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  const wordCount = blocks
    .filter((block) => block.kind !== 'boilerplate')
    .reduce((sum, block) => sum + countReadableWords(block.text), 0);
  return {
    ...meta,
    blocks,
    text,
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}
