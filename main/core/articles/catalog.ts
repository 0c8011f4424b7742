/**
 * The article catalog: the seed folder and the folder of imported articles, parsed, with
 * bad files kept as entries that say what is wrong. Re-scanning is cheap (a directory
 * listing and stats): only files whose size or modification time changed are parsed
 * again, so files dropped into a folder show up without a restart.
 */
import type { Article, ArticleSummary } from '../../contract.js';
import { existsSync } from 'node:fs';
import { loadSeeds, type LoadedArticle } from './load.js';
import { notFound, ApiFailure } from '../errors.js';

export interface Catalog {
  /** Re-reads the folder; returns a notice when the folder itself is unusable. */
  refresh(): Promise<string | null>;
  summaries(annotationCount: (id: string) => number): ArticleSummary[];
  /** The parsed article, or a not_found / invalid_input failure that says why. */
  get(id: string): Article;
  has(id: string): boolean;
  problem(): string | null;
}

/**
 * Builds a catalog over `seedsDir` and, when given, a folder of imported articles
 * (which may not exist yet: that is not a problem worth reporting).
 */
export async function openCatalog(seedsDir: string, importsDir?: string): Promise<Catalog> {
  let entries = new Map<string, LoadedArticle>();
  let problem: string | null = null;

  async function refresh(): Promise<string | null> {
    const seeds = await loadSeeds(seedsDir);
    const imported = importsDir && existsSync(importsDir) ? (await loadSeeds(importsDir)).articles : [];
    // A seed keeps its id if an imported file has the same name; imports are named to avoid that.
    entries = new Map([...imported, ...seeds.articles].map((a) => [a.id, a]));
    problem = seeds.problem;
    return problem;
  }
  await refresh();

  function summaryOf(entry: LoadedArticle, count: number): ArticleSummary {
    const p = entry.parsed;
    return {
      id: entry.id,
      title: p?.title ?? entry.source,
      site: p?.site ?? null,
      published: p?.published ?? null,
      byline: p?.byline ?? null,
      wordCount: p?.wordCount ?? 0,
      readingMinutes: p?.readingMinutes ?? 0,
      source: entry.source,
      error: entry.error,
      annotationCount: count,
    };
  }

  return {
    refresh,
    problem: () => problem,
    has: (id) => entries.has(id),
    summaries: (count) => [...entries.values()].map((e) => summaryOf(e, count(e.id))),
    get(id) {
      const entry = entries.get(id);
      if (!entry) throw notFound(`Article "${id}"`);
      if (!entry.parsed) throw new ApiFailure('invalid_input', `Article "${entry.source}" cannot be opened: ${entry.error ?? 'unreadable'}`);
      return {
        ...summaryOf(entry, 0),
        blocks: entry.parsed.blocks,
        text: entry.parsed.text,
        contentHash: entry.parsed.contentHash,
      };
    },
  };
}
