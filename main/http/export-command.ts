/**
 * `npm run export -- --data-dir DIR --out DIR [--article ID]`: headless Markdown export.
 */
import { parseFlags } from './args.js';

/** Runs the export command. */
export async function runExport(argv: string[], _defaults: { defaultSeeds: string }): Promise<void> {
  parseFlags(argv, ['data-dir', 'out', 'article', 'seeds-dir']);
  throw new Error('export is not wired yet');
}
