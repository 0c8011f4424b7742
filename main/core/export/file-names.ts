/**
 * File names for exports: readable (from the title), valid on Windows, macOS and Linux,
 * usable inside Obsidian `[[wikilinks]]`, and the same on every export of the same library.
 */
import { cleanText } from './escape.js';
import { shortHash } from './hash.js';

export const MARKDOWN_EXTENSION = '.md';
export const INDEX_STEM = 'index';

/** Longest stem, leaving room for a collision suffix and `.md` within 120 characters. */
const MAX_STEM_CHARS = 100;
/** Linux allows 255 bytes per name; CJK titles reach that long before 100 characters. */
const MAX_STEM_BYTES = 200;
/** Not allowed in Windows names (and `/` nowhere), plus controls. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F]/g;
/**
 * Invisible characters that change how a name reads: bidi embeddings, overrides, isolates and
 * marks (`Invoice\u202Efdp.exe` shows as `Invoiceexe.pdf`), zero-width space, word joiner and
 * invisible operators. Left out, not turned into spaces: they were never visible.
 * The zero-width joiner stays: emoji sequences need it.
 */
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/g;
/** Allowed by file systems but they break `[[wikilinks]]` (heading, block and alias syntax). */
const LINK_BREAKING = /[#^[\]]/g;
/** Windows device names, reserved whatever the extension (`CON.md`, `com1.notes.md`). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Cuts at a grapheme boundary (never inside an emoji or accent), preferring a word break near the end. */
function truncate(text: string, maxChars: number, maxBytes: number): string {
  let out = '';
  let chars = 0;
  for (const { segment } of graphemes.segment(text)) {
    chars += [...segment].length;
    if (chars > maxChars || utf8Length(out + segment) > maxBytes) {
      const space = out.lastIndexOf(' ');
      return space > out.length * 0.7 ? out.slice(0, space) : out;
    }
    out += segment;
  }
  return out;
}

/**
 * A safe file stem (no extension) for a title: invisible bidi and format characters go,
 * forbidden characters become spaces, leading
 * dots (hidden files) and trailing dots or spaces (dropped by Windows) go, Windows device
 * names get a `_`, and the result is at most 100 characters.
 */
export function fileStem(title: string): string {
  const spaced = cleanText(title).replace(INVISIBLE, '').normalize('NFC').replace(FORBIDDEN, ' ').replace(LINK_BREAKING, ' ').replace(/\s+/g, ' ');
  const trimmed = truncate(spaced.replace(/^[\s.]+/, ''), MAX_STEM_CHARS, MAX_STEM_BYTES).replace(/[\s.]+$/, '');
  const stem = trimmed || 'Untitled';
  const [first, ...rest] = stem.split('.');
  return RESERVED.test(first.trim()) ? [`${first}_`, ...rest].join('.') : stem;
}

/** Case and Unicode form do not tell files apart on Windows or macOS. */
function collisionKey(stem: string): string {
  return stem.normalize('NFC').toLowerCase();
}

export type Named = { id: string; stem: string };

/**
 * File names for a set of articles, by article id. When stems collide (ignoring case), the
 * article with the smallest id keeps the plain name and the others get ` (<6 hex of id>)`,
 * so names depend only on the set of articles, not on the order they are listed in.
 * `index` is kept for the index file.
 */
export function assignFileNames(entries: readonly Named[]): Map<string, string> {
  const groups = new Map<string, Named[]>();
  for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const key = collisionKey(entry.stem);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const taken = new Set([collisionKey(INDEX_STEM)]);
  for (const key of groups.keys()) taken.add(key);
  const names = new Map<string, string>();
  for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    group.forEach((entry, i) => {
      const plain = i === 0 && key !== collisionKey(INDEX_STEM);
      names.set(entry.id, `${plain ? entry.stem : suffixed(entry, taken)}${MARKDOWN_EXTENSION}`);
    });
  }
  return names;
}

function suffixed(entry: Named, taken: Set<string>): string {
  const hash = shortHash(entry.id);
  for (let len = 6; ; len += 2) {
    const stem = `${entry.stem} (${hash.slice(0, len)})`;
    if (!taken.has(collisionKey(stem)) || len >= hash.length) {
      taken.add(collisionKey(stem));
      return stem;
    }
  }
}
