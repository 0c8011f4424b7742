/**
 * Turns raw article text into lines ("units"): one per paragraph, list item or
 * heading. Tolerates a BOM, `\r\n`/`\r`, tabs, control characters, repeated blank
 * lines, Markdown markers, and paragraphs hard-wrapped over several lines.
 */
import { siteOfLine } from './line-shapes.js';
import { fixGluedSentences } from './split-sentences.js';

export type Unit = {
  /** The line's text: whitespace collapsed, glued sentences repaired, list marker removed. */
  text: string;
  /** The line began with a bullet (`- `, `* `, `• `) or a number (`1. `). */
  list: boolean;
  /** The line was a Markdown heading (`## Heading`). */
  markdownHeading: boolean;
};

const BULLET = /^[-*+•▪◦‣]\s+(?=\S)/u;
const NUMBERED = /^\d{1,3}[.)]\s+(?=\S)/u;
const MARKDOWN_HEADING = /^#{1,6}\s+(?=\S)/u;
/** A rule or an ornament between sections (`---`, `* * *`): carries no words. */
const SEPARATOR = /^[-_*=~#•·.\s]+$/u;
const SENTENCE_END = /[.!?…:]["”’»)\]]*$/u;

/** Plain text with one kind of line break, no BOM, and no control characters but newlines. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .replace(/[\t\v\f\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/gu, ' ');
}

/** Groups lines into chunks separated by blank lines. */
function chunks(text: string): string[][] {
  return text
    .split(/\n[ ]*\n/u)
    .map((chunk) => chunk.split('\n').map((line) => line.replace(/ +/gu, ' ').trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
}

function startsItem(line: string): boolean {
  return BULLET.test(line) || NUMBERED.test(line) || MARKDOWN_HEADING.test(line);
}

/**
 * True when the text looks hard-wrapped: most lines that continue into a next line of the
 * same chunk are of similar, typewriter-like length, so line ends are not paragraph ends.
 */
function isHardWrapped(groups: string[][]): boolean {
  const inner = groups.flatMap((lines) => lines.slice(0, -1)).filter((line) => !startsItem(line));
  if (inner.length < 3) return false;
  const wrappedLength = inner.filter((line) => line.length >= 40 && line.length <= 100).length;
  return wrappedLength / inner.length >= 0.8;
}

/** True when `next` continues the paragraph of `line` rather than starting a new one. */
function continues(line: string, next: string, hardWrapped: boolean): boolean {
  if (startsItem(next)) return false;
  if (hardWrapped) return true;
  // A lone lowercase token (`global.espreso.tv`, `like`) is a line of its own, not a wrapped fragment.
  const fragment = /\s/u.test(next) && siteOfLine(next) === null;
  return fragment && !SENTENCE_END.test(line) && /^\p{Ll}/u.test(next);
}

function toUnit(line: string): Unit {
  const markdownHeading = MARKDOWN_HEADING.test(line);
  const bullet = BULLET.test(line);
  const text = line.replace(MARKDOWN_HEADING, '').replace(BULLET, '');
  return { text: fixGluedSentences(text), list: bullet || NUMBERED.test(line), markdownHeading };
}

/** Splits raw text into units, joining the lines of a wrapped paragraph with a space. */
export function splitUnits(raw: string): Unit[] {
  const groups = chunks(normalizeText(raw));
  const hardWrapped = isHardWrapped(groups);
  const units: Unit[] = [];
  for (const lines of groups) {
    let current = [lines[0]];
    for (const next of lines.slice(1)) {
      if (continues(current[current.length - 1], next, hardWrapped)) current.push(next);
      else {
        units.push(toUnit(current.join(' ')));
        current = [next];
      }
    }
    units.push(toUnit(current.join(' ')));
  }
  return units.filter((unit) => !SEPARATOR.test(unit.text));
}
