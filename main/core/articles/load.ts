/**
 * Loads the articles of a folder: every `.txt` and `.md` file, sorted by name, each
 * parsed into an article. A bad file never throws and never stops the others: its
 * entry carries an `error` that says why it cannot be read. Unchanged files (same
 * size and modification time) are not read again on the next load.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { decodeText } from './decode-text.js';
import { parseArticle, type ParsedArticle } from './parse.js';
import { describeError } from '../errors.js';

export type LoadedArticle = {
  /** Stable id derived from the file name, so annotations survive edits to the file. */
  id: string;
  /** The file name. */
  source: string;
  /** Null when the file could not be read as an article. */
  parsed: ParsedArticle | null;
  /** Why the file could not be read; null when `parsed` is set. */
  error: string | null;
  /** A note about a readable file, e.g. that it was not UTF-8 and was read as Windows-1252. */
  notice: string | null;
  size: number;
  mtimeMs: number;
};

export type LoadResult = { articles: LoadedArticle[]; problem: string | null };

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const LIMIT_LABEL = `${MAX_FILE_BYTES / (1024 * 1024)} MB`;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const MAX_ID_CHARS = 120;
/** Files read at once: enough to overlap disk waits, few enough to stay clear of open-file limits. */
const PARALLEL_READS = 8;

const cache = new Map<string, { size: number; mtimeMs: number; ctimeMs: number; entry: LoadedArticle }>();

/** The id for a file name: its lowercased stem, with anything but letters, digits, `_` and `-` turned into `-`. */
export function articleIdFor(fileName: string): string {
  const stem = basename(fileName, extname(fileName)).normalize('NFC').toLowerCase();
  const id = stem.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/gu, '').slice(0, MAX_ID_CHARS);
  return id || 'article';
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file-system error in words a reader understands. */
function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EISDIR') return 'it is a folder';
  return describeError(error);
}

/** Reads at most `limit + 1` bytes, so a file that grew past the limit is never read whole. */
async function readBounded(path: string, expected: number, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(expected, limit) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Text files go through the plain-text parser, web pages through Readability. */
async function parseByType(text: string, fileName: string): Promise<ParsedArticle> {
  if (!HTML_EXTENSIONS.has(extname(fileName).toLowerCase())) return parseArticle(text, { fileName });
  // Loaded on first use: jsdom is heavy, and most libraries hold no web pages.
  const { importHtml } = await import('./import-html.js');
  return importHtml(text);
}

/** Loads one article file. Never throws: problems become the entry's `error`. */
export async function loadArticleFile(path: string, id = articleIdFor(path)): Promise<LoadedArticle> {
  const source = basename(path);
  const entry: LoadedArticle = { id, source, parsed: null, error: null, notice: null, size: 0, mtimeMs: 0 };
  try {
    const info = await stat(path);
    Object.assign(entry, { size: info.size, mtimeMs: info.mtimeMs });
    if (!info.isFile()) return { ...entry, error: 'This is not a regular file' };
    if (info.size > MAX_FILE_BYTES) {
      return { ...entry, error: `The file is too large (${megabytes(info.size)}; the limit is ${LIMIT_LABEL})` };
    }
    const bytes = await readBounded(path, info.size, MAX_FILE_BYTES);
    if (bytes.length > MAX_FILE_BYTES) return { ...entry, error: `The file is too large (the limit is ${LIMIT_LABEL})` };
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { ...entry, error: decoded.error };
    return { ...entry, parsed: await parseByType(decoded.text, source), notice: decoded.notice };
  } catch (error) {
    return { ...entry, error: `The file could not be read: ${describeFileError(error)}` };
  }
}

/** Loads a file unless the cache holds it unchanged (same size, modification and change times). */
async function loadCached(path: string, id: string): Promise<LoadedArticle> {
  const info = await stat(path).catch(() => null);
  const hit = cache.get(path);
  if (info && hit && hit.entry.id === id && hit.size === info.size && hit.mtimeMs === info.mtimeMs && hit.ctimeMs === info.ctimeMs) {
    return hit.entry;
  }
  const entry = await loadArticleFile(path, id);
  if (info) cache.set(path, { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, entry });
  return entry;
}

/** Drops cached entries of files that left the folder, so the cache does not grow without bound. */
function forgetMissing(folder: string, names: string[]): void {
  const present = new Set(names.map((name) => join(folder, name)));
  for (const path of cache.keys()) if (resolve(path, '..') === folder && !present.has(path)) cache.delete(path);
}

/** Gives every file a distinct id: a clash (`a b.txt`, `a-b.txt`) gets the extension, then a number. */
function assignIds(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = articleIdFor(name);
    let id = taken.has(base) ? `${base}-${extname(name).slice(1).toLowerCase()}` : base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/** Runs `task` over `items` with at most `limit` running at once, keeping the order of results. */
async function mapLimited<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await task(items[index], index);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Loads every article file of `dir`. A missing or unreadable folder gives no articles and a `problem`. */
export async function loadSeeds(dir: string): Promise<LoadResult> {
  const folder = resolve(dir);
  let names: string[];
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    names = entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') return { articles: [], problem: `The seeds folder "${folder}" does not exist` };
    if (code === 'ENOTDIR') return { articles: [], problem: `The seeds folder "${folder}" is a file, not a folder` };
    return { articles: [], problem: `The seeds folder "${folder}" could not be read: ${describeFileError(error)}` };
  }
  forgetMissing(folder, names);
  const ids = assignIds(names);
  const articles = await mapLimited(names, PARALLEL_READS, (name, index) => loadCached(join(folder, name), ids[index]));
  const problem = names.length === 0 ? `The seeds folder "${folder}" has no .txt or .md files` : null;
  return { articles, problem };
}
