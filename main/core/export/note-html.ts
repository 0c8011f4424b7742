/**
 * Raw HTML in a note must not come alive in the export: Obsidian renders HTML in Markdown,
 * so a `<script>`, an `<img onerror>` or an `<iframe>` in a note (typed, pasted or brought in
 * by a backup) would run there. Every `<` outside code becomes `&lt;`, which reads the same;
 * code spans, fenced and indented code are left as written (there `<` is literal already),
 * and so are `<https://…>` autolinks. A note cannot leave a fence open for a later note to
 * close. The result is checked with a real Markdown parser: if any HTML survives (a case
 * the quick scan misread), code spans lose their exception, and then code blocks.
 */
import MarkdownIt from 'markdown-it';

// Like Obsidian: HTML on, GFM-style extras on.
const parser = new MarkdownIt({ html: true });
type Token = ReturnType<typeof parser.parse>[number];

const AUTOLINK = /^<(?:https?|mailto):[^\s<>]*>/i;
/** A line after the note, to see whether the note leaves a fence open. */
const SENTINEL = 'lectern-note-end-7f3a9c';

/** Indices of the lines that are inside fenced or indented code (fence lines included). */
function codeLines(tokens: Token[]): Set<number> {
  const lines = new Set<number>();
  for (const token of tokens) {
    if ((token.type === 'fence' || token.type === 'code_block') && token.map) {
      for (let line = token.map[0]; line < token.map[1]; line++) lines.add(line);
    }
  }
  return lines;
}

function hasHtml(markdown: string): boolean {
  return parser.parse(markdown, {}).some((t) => t.type === 'html_block' || (t.children ?? []).some((c) => c.type === 'html_inline'));
}

/** Index just past the code span whose opening backtick run starts at `at`, or -1 when the run opens none. */
function codeSpanEnd(line: string, at: number): number {
  let run = 0;
  while (line[at + run] === '`') run++;
  for (let i = at + run; i < line.length; ) {
    if (line[i] !== '`') {
      i++;
      continue;
    }
    let close = 0;
    while (line[i + close] === '`') close++;
    if (close === run) return i + close;
    i += close;
  }
  return -1;
}

/** Escapes the `<` of one line of Markdown text; code spans kept when `keepCodeSpans`. */
function escapeLine(line: string, keepCodeSpans: boolean): string {
  let out = '';
  for (let i = 0; i < line.length; ) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) {
      out += line.slice(i, i + 2); // `\<` and `\`` are literal already
      i += 2;
    } else if (c === '`') {
      let run = 1;
      while (line[i + run] === '`') run++;
      const end = keepCodeSpans ? codeSpanEnd(line, i) : -1;
      out += line.slice(i, end === -1 ? i + run : end);
      i = end === -1 ? i + run : end;
    } else if (c === '<') {
      const link = AUTOLINK.exec(line.slice(i))?.[0];
      out += link ?? '&lt;';
      i += link ? link.length : 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function escapeLines(lines: string[], code: Set<number>, keepCodeSpans: boolean): string {
  return lines.map((line, i) => (code.has(i) ? line : escapeLine(line, keepCodeSpans))).join('\n');
}

/** Adds the closing fence a note leaves open, so the rest of the file is not swallowed, nor reopened. */
function closeOpenFence(markdown: string): string {
  const tokens = parser.parse(`${markdown}\n\n${SENTINEL}`, {});
  const open = tokens.find((t) => t.type === 'fence' && t.content.includes(SENTINEL));
  return open ? `${markdown}\n${open.markup}` : markdown;
}

/** `markdown` with no raw HTML left outside code. */
export function escapeRawHtml(markdown: string): string {
  if (!markdown.includes('<') && !/`{3,}|~{3,}/.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  const code = codeLines(parser.parse(markdown, {}));
  let escaped = escapeLines(lines, code, true);
  if (hasHtml(escaped)) escaped = escapeLines(lines, code, false);
  if (hasHtml(escaped)) escaped = escapeLines(lines, new Set(), false);
  return closeOpenFence(escaped);
}
