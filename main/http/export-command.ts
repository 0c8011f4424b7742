/**
 * `npm run export -- --data-dir DIR --out DIR [--article ID] [--dry-run]`: headless Markdown
 * export from the data file, merging into files exported before, for scripts.
 */
import { resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { parseFlags } from './args.js';
import { defaultDataDir } from './paths.js';
import { resolveDataDir } from '../core/library-folder/location.js';
import { createLectern } from '../core/library.js';
import { writeExportFolder, describeReport } from '../core/export/folder.js';
import { releaseAllLocks } from '../core/library-folder/lock.js';
import { describeFlushFailure } from './cli-errors.js';

/** Runs the export command and prints what it did. */
export async function runExport(argv: string[], defaults: { defaultSeeds: string }): Promise<void> {
  const flags = parseFlags(argv, ['data-dir', 'out', 'article', 'seeds-dir'], ['dry-run', 'by-colour', 'no-callouts', 'no-detached']);
  if (typeof flags.out !== 'string') throw new Error('--out DIR is required: the folder to write Markdown into');
  const out = resolve(flags.out);
  const dryRun = flags['dry-run'] === true;
  const dataDir = typeof flags['data-dir'] === 'string' ? flags['data-dir'] : (await resolveDataDir(defaultDataDir())).dataDir;
  const lectern = await createLectern({
    dataDir: resolve(dataDir),
    seedsDir: resolve(String(flags['seeds-dir'] ?? defaults.defaultSeeds)),
  });
  try {
    const options = {
      groupBy: flags['by-colour'] ? ('colour' as const) : ('document' as const),
      callouts: !flags['no-callouts'],
      includeDetached: !flags['no-detached'],
    };
    const files =
      typeof flags.article === 'string'
        ? [await lectern.api.exportArticle({ articleId: flags.article, options })]
        : await lectern.api.exportLibrary({ options }).then((all) => [...all.files, all.index]);
    if (!dryRun) await mkdir(out, { recursive: true });
    const report = await writeExportFolder(out, files, { dryRun });
    for (const line of describeReport(report)) console.log(line);
    for (const f of files) for (const w of f.warnings) console.warn(`warning: ${f.fileName}: ${w}`);
    console.log(`${dryRun ? 'Dry run: nothing written. ' : ''}${files.length} file(s) in ${out}; ${report.conflicts} block(s) kept with your edits.`);
  } finally {
    await lectern.close().catch((err: unknown) => {
      console.error(`lectern: ${describeFlushFailure(err, lectern.dataFile, dataDir)}`);
      process.exitCode = 1;
    });
    await releaseAllLocks();
  }
}
