/**
 * Importing article files picked or dropped in the window: each file is checked and read
 * here, then given to the API's importArticle. One bad file never stops the others; each
 * gets an outcome a person can read.
 */
import type { ArticleSummary } from '../../main/contract';
import type { Client } from '../api/client';
import { describeError } from '../ui/describe-error';

/** Extensions the back end imports (main/contract.ts importArticle). */
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** The file input's `accept`. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** The contract caps content at 5 M characters; a UTF-8 file never has more characters than bytes. */
export const MAX_IMPORT_BYTES = 5_000_000;

/** What the import needs of a File (so tests can pass plain objects). */
export type ImportFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

export type ImportOutcome = { file: string; summary: ArticleSummary } | { file: string; error: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Why a file cannot be imported, judged before reading it; null when it may be. */
export function refusal(file: Pick<File, 'name' | 'size'>): string | null {
  const ext = extensionOf(file.name);
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    return `“${file.name}” was not imported: Lectern imports .txt, .md and .html files, not ${ext ? `${ext} files` : 'files without an extension'}.`;
  }
  if (file.size > MAX_IMPORT_BYTES) return `“${file.name}” was not imported: it is ${megabytes(file.size)}, and Lectern imports articles up to 5 MB.`;
  if (file.size === 0) return `“${file.name}” was not imported: the file is empty.`;
  return null;
}

/**
 * Decodes a file's bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252, which
 * old .txt files often are (reading them as UTF-8 would scatter � through the text).
 * Throws for bytes with NULs, which are not text at all.
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new Error('it is not a text file');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The reason an API failure gives, worded for an import. */
function failureReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  // Serve mode caps request bodies below the contract's 5 MB (main/http/server.ts).
  if (code === 'too_large') return `the Lectern server refused it as too big (${describeError(err)})`;
  return describeError(err).replace(/^fileName: /, '');
}

/** Checks, reads and imports one file. */
export async function importOne(api: Pick<Client, 'importArticle'>, file: ImportFile): Promise<ImportOutcome> {
  const refused = refusal(file);
  if (refused) return { file: file.name, error: refused };
  let content: string;
  try {
    content = decodeArticleBytes(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    return { file: file.name, error: `“${file.name}” was not imported: ${err instanceof Error ? err.message : 'it could not be read'}.` };
  }
  if (content.trim() === '') return { file: file.name, error: `“${file.name}” was not imported: the file is empty.` };
  try {
    return { file: file.name, summary: await api.importArticle({ fileName: file.name, content }) };
  } catch (err) {
    return { file: file.name, error: `“${file.name}” was not imported: ${failureReason(err)}` };
  }
}

/** Imports files one after another (the library names each after the last), reporting each as it is done. */
export async function importAll(
  api: Pick<Client, 'importArticle'>,
  files: readonly ImportFile[],
  onEach: (outcome: ImportOutcome) => void = () => {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    const outcome = await importOne(api, file);
    outcomes.push(outcome);
    onEach(outcome);
  }
  return outcomes;
}

/** The articles that were imported, in order. */
export function importedArticles(outcomes: readonly ImportOutcome[]): ArticleSummary[] {
  return outcomes.flatMap((o) => ('summary' in o ? [o.summary] : []));
}

/**
 * The toast for the imported articles: one names it, a few are listed, many are counted.
 * An article the library could not read is reported with its reason.
 */
export function importedMessage(articles: readonly ArticleSummary[]): { message: string; kind: 'info' | 'error' } | null {
  if (articles.length === 0) return null;
  const unreadable = articles.filter((a) => a.error);
  if (articles.length === 1 && unreadable.length === 1) {
    const [a] = articles;
    return { message: `Imported “${a.source}”, but it could not be read as an article: ${a.error}`, kind: 'error' };
  }
  const titles = articles.map((a) => `“${a.title}”`);
  const listed = articles.length === 1 ? titles[0] : articles.length <= 3 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : `${articles.length} articles`;
  const note = unreadable.length > 0 ? ` (${unreadable.length} could not be read as an article)` : '';
  return { message: `Imported ${listed}${note}`, kind: unreadable.length > 0 ? 'error' : 'info' };
}
