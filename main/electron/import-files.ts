/**
 * Importing files the user picked or the OS handed over (double-click, "Open with"): each
 * is read from disk here, decoded as text, and given to the API's importArticle. A file
 * that cannot be imported gets a reason a person understands; the others still import.
 */
import { decodeText as decodeBytes, BINARY_FILE } from '../core/articles/decode-text.js';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ArticleSummary, LecternApi } from '../contract.js';
import { describeError } from '../core/errors.js';
import { callApi } from './api-call.js';

/** Extensions Lectern imports (the contract's importArticle accepts the same). */
export const IMPORTABLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Bigger files are refused before reading: an article is far smaller (the contract caps it at 5 M characters). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ImportFailure = { path: string; reason: string };
export type ImportOutcome = { imported: ArticleSummary[]; failures: ImportFailure[] };

/** True for a path Lectern can import, judged by its extension. */
export function isImportable(path: string): boolean {
  return IMPORTABLE_EXTENSIONS.includes(extname(path).toLowerCase());
}

/**
 * Decodes a file's bytes as text with the library's own decoder (UTF-8, UTF-16 with a BOM,
 * else Windows-1252), so an imported file reads exactly as it would in the seeds folder.
 */
export function decodeText(bytes: Uint8Array): string {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new Error(decoded.error === BINARY_FILE ? 'it is not a text file' : decoded.error.toLowerCase());
  return decoded.text;
}

/** Reads one file for import, or says why it cannot be. */
async function readArticleFile(path: string): Promise<{ fileName: string; content: string }> {
  if (!isImportable(path)) throw new Error(`Lectern imports .txt, .md and .html files, not ${extname(path) || 'files without an extension'}`);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('it is a folder, not a file');
    size = info.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error('the file does not exist (was it moved or deleted?)');
    if (code === 'EACCES' || code === 'EPERM') throw new Error('Lectern is not allowed to read it');
    throw err;
  }
  if (size > MAX_FILE_BYTES) throw new Error(`it is ${(size / 1024 / 1024).toFixed(0)} MB, too big for an article`);
  return { fileName: basename(path), content: decodeText(await readFile(path)) };
}

/** Imports each file in turn; never throws for one bad file. */
export async function importPaths(api: LecternApi, paths: readonly string[]): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: [], failures: [] };
  for (const path of paths) {
    try {
      const summary = await callApi(api, 'importArticle', await readArticleFile(path));
      outcome.imported.push(summary);
    } catch (err) {
      outcome.failures.push({ path, reason: describeError(err) });
    }
  }
  return outcome;
}

/** One line per file, for the user. */
export function describeImport(outcome: ImportOutcome): string[] {
  return [
    ...outcome.imported.map((a) =>
      a.error ? `${a.source}: imported, but it could not be read as an article (${a.error})` : `${a.source}: imported as “${a.title}”`,
    ),
    ...outcome.failures.map((f) => `${basename(f.path)}: not imported, because ${f.reason}`),
  ];
}
