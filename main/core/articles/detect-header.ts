/**
 * Finds an article's header at the top of its lines: a headline and the meta lines
 * around it (the site's domain, a dateline, a "By …" line), in any order, until the
 * first line that reads like body text.
 */
import { isBoilerplateLine } from './boilerplate.js';
import { bylineAuthor, isCaption, isTitleLike, siteOfLine } from './line-shapes.js';
import { parseDateLine } from './parse-date.js';
import type { Unit } from './split-lines.js';

export type HeaderRole = 'title' | 'site' | 'date' | 'author';

export type Header = {
  /** The role of each header line, by its index among the units. */
  roles: Map<number, HeaderRole>;
  /** Index of the first unit after the header. */
  bodyStart: number;
  title: string | null;
  site: string | null;
  published: string | null;
  byline: string | null;
};

/** How many lines the header may span: a headline and a few meta lines. */
const MAX_HEADER_LINES = 6;

/** The meta role of a line, with the value it carries, or null for a line that is not meta. */
function metaOf(unit: Unit): { role: Exclude<HeaderRole, 'title'>; value: string } | null {
  if (unit.list) return null;
  const published = parseDateLine(unit.text);
  if (published) return { role: 'date', value: published };
  const site = siteOfLine(unit.text);
  if (site) return { role: 'site', value: site };
  const author = bylineAuthor(unit.text);
  return author ? { role: 'author', value: author } : null;
}

function canBeTitle(unit: Unit): boolean {
  return !unit.list && !isCaption(unit.text) && !isBoilerplateLine(unit.text) && isTitleLike(unit.text);
}

/** Reads the header from the first lines; a text that opens with body text has an empty header. */
export function detectHeader(units: Unit[]): Header {
  const header: Header = { roles: new Map(), bodyStart: 0, title: null, site: null, published: null, byline: null };
  const limit = Math.min(units.length, MAX_HEADER_LINES);
  let index = 0;
  for (; index < limit; index += 1) {
    const unit = units[index];
    const meta = metaOf(unit);
    if (meta && !header.roles.has(index)) {
      if (meta.role === 'date') header.published ??= meta.value;
      if (meta.role === 'site') header.site ??= meta.value;
      if (meta.role === 'author') header.byline ??= meta.value;
      header.roles.set(index, meta.role);
    } else if (header.title === null && canBeTitle(unit)) {
      header.title = unit.text;
      header.roles.set(index, 'title');
    } else break;
  }
  header.bodyStart = index;
  return header;
}
