/**
 * Makes article text safe to drop into Markdown. Quotes come from scraped pages, so any
 * character may be in them; after escaping they render as the same literal text in
 * CommonMark and in Obsidian (which adds tags, highlights, maths and comments on top).
 */
import { escapeRawHtml } from './note-html.js';

/** Characters that start inline syntax in CommonMark or Obsidian; all are valid CommonMark escapes. */
const INLINE_SPECIALS = /[\\`*_[\]<>#|:~$&^]/g;
/** Obsidian highlights (`==x==`) and comments (`%%x%%`) need the mark twice; a single one is plain text. */
const DOUBLED_MARKS = /={2,}|%{2,}/g;
/** Control characters that no Markdown or YAML reader shows; tab and newline are handled by callers. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes invisible control characters and repairs lone surrogates (both break some readers). */
export function cleanText(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Escapes one line of literal text so every character renders as itself. */
export function escapeInline(text: string): string {
  const escaped = cleanText(text)
    .replace(INLINE_SPECIALS, (ch) => `\\${ch}`)
    .replace(DOUBLED_MARKS, (run) => run.replace(/./g, (ch) => `\\${ch}`));
  return escapeLineStart(escaped);
}

/**
 * Escapes what only means something at the start of a line: list markers (`-`, `+`,
 * `1.` / `1)`). `#`, `>`, `*` and `=` are already escaped wherever they are.
 */
function escapeLineStart(line: string): string {
  if (/^[-+]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** Literal text on a single line: newlines and runs of whitespace become one space. */
export function escapeSingleLine(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim());
}

/**
 * The lines of a literal (possibly multi-line) passage, each escaped. Leading and trailing
 * spaces are dropped: four leading spaces would make a code block, two trailing a hard break.
 */
export function escapedLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeInline(line.replace(/\t/g, ' ').trim()));
}

/** Prefixes every line with `> ` (a bare `>` for an empty line) so the passage stays one blockquote. */
export function blockquote(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

/** Matches a line that would look like one of our block markers. */
const MARKER_LIKE = /<!--(\s*\/?\s*lectern:)/gi;

/**
 * User-written Markdown (notes, template output) goes in as it is, except anything that
 * looks like our block markers: those would make the merge see blocks that are not there.
 */
export function neutraliseMarkers(markdown: string): string {
  return markdown.replace(MARKER_LIKE, '&lt;!--$1');
}

/**
 * User Markdown as a block: line endings normalised, outer blank lines and trailing spaces
 * trimmed, and raw HTML outside code turned to text (Obsidian would render it: see note-html.ts).
 */
export function userMarkdown(markdown: string): string {
  const lines = neutraliseMarkers(cleanText(markdown.replace(/\r\n?/g, '\n'))).split('\n');
  const trimmed = lines.map((line) => line.replace(/[ \t]+$/, (ws) => (ws.length >= 2 ? '  ' : '')));
  return escapeRawHtml(trimmed.join('\n').replace(/^\n+|\s+$/g, ''));
}

/**
 * A tag as Obsidian and most Markdown tools accept it: letters, digits, `_`, `-`, `/`.
 * Anything else (spaces, punctuation from an imported backup) becomes `-`; empty means no tag.
 */
export function tagSlug(tag: string): string {
  return cleanText(tag)
    .trim()
    .replace(/[^\p{L}\p{N}_\-/]+/gu, '-')
    .replace(/^[-/]+|[-/]+$/g, '');
}
