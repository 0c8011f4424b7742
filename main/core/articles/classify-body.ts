/**
 * Gives each body line of an article its block kind: paragraph, subheading, list item,
 * caption, byline, or boilerplate (widgets, link lists, feed footers, repeated lines).
 * Kinds that depend on neighbours (a heading needs text after it; a name at the very
 * end is the byline) are settled in later passes over the whole list.
 */
import type { BlockKind } from '../../contract.js';
import { isBoilerplateLine, isSectionHeading, isWidgetButton, splitFeedFooter } from './boilerplate.js';
import { bylineAuthor, isCaption, isHeadingLike, isNameLike, isTitleLike } from './line-shapes.js';
import type { Draft } from './build-article.js';
import type { Unit } from './split-lines.js';

export type Body = { drafts: Draft[]; site: string | null; byline: string | null };

/** `candidate`: heading-shaped, settled once its neighbours are known. */
type Line = Unit & { kind: BlockKind | 'candidate'; opensSection: boolean };

/** A line's identity for spotting repeats: case, quotes and spacing ignored. */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim();
}

/** Splits off feed footers ("The post … appeared first on X."), which may share a line with text. */
function expandFooters(units: Unit[]): { lines: Line[]; site: string | null } {
  const lines: Line[] = [];
  let site: string | null = null;
  for (const unit of units) {
    const footer = splitFeedFooter(unit.text);
    if (!footer) {
      lines.push({ ...unit, kind: 'paragraph', opensSection: false });
      continue;
    }
    site ??= footer.site;
    if (footer.before) lines.push({ ...unit, text: footer.before, kind: 'paragraph', opensSection: false });
    lines.push({ text: footer.footer, list: false, markdownHeading: false, kind: 'boilerplate', opensSection: false });
  }
  return { lines, site };
}

/** The kind a line has on its own. */
function ownKind(line: Line): Line['kind'] {
  if (line.kind === 'boilerplate') return 'boilerplate';
  if (line.markdownHeading) return 'heading';
  if (isBoilerplateLine(line.text)) return 'boilerplate';
  if (isCaption(line.text)) return 'caption';
  if (line.list) return 'listItem';
  if (bylineAuthor(line.text)) return 'byline';
  return isHeadingLike(line.text) ? 'candidate' : 'paragraph';
}

/** Marks lines that repeat the title or an earlier line (scrapers often repeat the headline). */
function markRepeats(lines: Line[], title: string | null): void {
  const seen = new Set(title ? [repeatKey(title)] : []);
  for (const line of lines) {
    if (line.kind === 'boilerplate') continue;
    const key = repeatKey(line.text);
    if (seen.has(key)) line.kind = 'boilerplate';
    else if (/\S\s+\S+\s+\S/u.test(line.text)) seen.add(key); // three words or more
  }
}

/**
 * Turns the lines under a widget heading ("Read also:", "What's Your Reaction?") into
 * boilerplate: its list items and buttons, and, at the end of the text where only
 * headline-like lines follow, everything after it. A widget's buttons join its heading as one block.
 */
function absorbSections(lines: Line[]): Line[] {
  // linkTail[i]: every line from i on could be an entry of a link list.
  const linkTail = new Array<boolean>(lines.length + 1).fill(true);
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i];
    linkTail[i] = linkTail[i + 1] && (line.kind === 'boilerplate' || line.list || isTitleLike(line.text));
  }
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    out.push(line);
    if (!line.opensSection) continue;
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const next = lines[j];
      if (!next.list && !isWidgetButton(next.text) && !linkTail[i + 1] && next.kind !== 'boilerplate') break;
      if (isWidgetButton(next.text) && !next.list && out.at(-1) === line) line.text += ` ${next.text}`;
      else out.push({ ...next, kind: 'boilerplate' });
    }
    i = j - 1;
  }
  return out;
}

/** Settles heading-shaped lines: a heading when text follows it, else a trailing byline or a paragraph. */
function settleCandidates(lines: Line[]): void {
  let next: Line | undefined; // the nearest following line that is not boilerplate
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index];
    if (line.kind === 'candidate') {
      if (!next) line.kind = isNameLike(line.text) ? 'byline' : 'paragraph';
      else if (line.text.endsWith(':') && !next.list) line.kind = 'paragraph';
      else line.kind = 'heading';
    }
    if (line.kind !== 'boilerplate') next = line;
  }
}

/** Classifies the body lines (everything after the header). `title` is the header's headline, if any. */
export function classifyBody(units: Unit[], title: string | null): Body {
  const { lines, site } = expandFooters(units);
  for (const line of lines) {
    line.kind = ownKind(line);
    line.opensSection = line.kind === 'boilerplate' && isSectionHeading(line.text);
  }
  markRepeats(lines, title);
  const settled = absorbSections(lines);
  settleCandidates(settled);
  const drafts = settled.map((line) => ({ kind: line.kind as BlockKind, text: line.text }));
  const bylineLine = drafts.find((draft) => draft.kind === 'byline');
  const byline = bylineLine ? (bylineAuthor(bylineLine.text) ?? bylineLine.text) : null;
  return { drafts, site, byline };
}
