/**
 * Every benchmark, in the order of the table.
 */
import type { Benchmark } from '../lib/types.js';
import { openArticle } from './open-article.js';
import { sidebarFrame } from './sidebar-frame.js';
import { clickHit } from './click-hit.js';
import { addRemove } from './add-remove.js';
import { reanchor } from './reanchor.js';
import { durableSave } from './durable-save.js';
import { librarySearch } from './library.js';
import { serveStart } from './serve-start.js';
import { exportMarkdown } from './export-markdown.js';

export const BENCHMARKS: readonly Benchmark[] = [openArticle, sidebarFrame, clickHit, addRemove, reanchor, durableSave, librarySearch, serveStart, exportMarkdown];

/** The benchmarks named (by name or row number); all when none is named. */
export function selectBenchmarks(names: readonly string[]): Benchmark[] {
  if (names.length === 0) return [...BENCHMARKS];
  return names.map((name) => {
    const found = BENCHMARKS.find((b) => b.name === name || String(b.row) === name);
    if (!found) throw new Error(`unknown benchmark "${name}"; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    return found;
  });
}
