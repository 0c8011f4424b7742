/**
 * Writes exported Markdown into a folder the user owns. A file Lectern wrote before is
 * merged (the user's edits and text survive, conflicts are reported); a file Lectern did
 * not write is never touched. A dry run reports the same plan without writing anything.
 */
import { join } from 'node:path';
import { mergeExport, type MergeReport } from './index.js';
import { readTextIfExists, writeFileDurable } from '../store/durable-file.js';
import { ApiFailure } from '../errors.js';

export type FileOutcome =
  | { fileName: string; action: 'created' }
  | { fileName: string; action: 'merged'; report: MergeReport }
  | { fileName: string; action: 'unchanged' }
  | { fileName: string; action: 'skipped'; reason: string };

export interface FolderReport {
  dryRun: boolean;
  files: FileOutcome[];
  conflicts: number;
}

const INDEX_MARK = /^---\r?\nlectern_index: true\r?\n/;

/** Decides what to do with one file: create, merge into ours, or leave a stranger's alone. */
export function planFile(existing: string | null, fileName: string, fresh: string): { outcome: FileOutcome; contents: string | null } {
  if (existing === null) return { outcome: { fileName, action: 'created' }, contents: fresh };
  if (existing === fresh) return { outcome: { fileName, action: 'unchanged' }, contents: null };
  if (INDEX_MARK.test(fresh)) {
    return INDEX_MARK.test(existing)
      ? { outcome: { fileName, action: 'merged', report: emptyReport() }, contents: fresh }
      : { outcome: { fileName, action: 'skipped', reason: 'a file of this name exists and Lectern did not write it' }, contents: null };
  }
  try {
    const { merged, report } = mergeExport(existing, fresh);
    if (merged === existing) return { outcome: { fileName, action: 'unchanged' }, contents: null };
    return { outcome: { fileName, action: 'merged', report }, contents: merged };
  } catch (err) {
    if (err instanceof ApiFailure) return { outcome: { fileName, action: 'skipped', reason: err.message }, contents: null };
    throw err;
  }
}

function emptyReport(): MergeReport {
  return { updated: [], unchanged: [], added: [], conflicts: [], removed: [] };
}

/** Exports `files` into `dir`, merging with what is there. */
export async function writeExportFolder(dir: string, files: ReadonlyArray<{ fileName: string; markdown: string }>, options: { dryRun: boolean }): Promise<FolderReport> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const path = join(dir, file.fileName);
    const { outcome, contents } = planFile(await readTextIfExists(path), file.fileName, file.markdown);
    if (contents !== null && !options.dryRun) await writeFileDurable(path, contents);
    outcomes.push(outcome);
  }
  const conflicts = outcomes.reduce((n, o) => n + (o.action === 'merged' ? o.report.conflicts.length : 0), 0);
  return { dryRun: options.dryRun, files: outcomes, conflicts };
}

/** One line per file, for the CLI and the app's report. */
export function describeReport(report: FolderReport): string[] {
  const verb = report.dryRun ? 'would be ' : '';
  return report.files.map((f) => {
    switch (f.action) {
      case 'created':
        return `${f.fileName}: ${verb}created`;
      case 'unchanged':
        return `${f.fileName}: unchanged`;
      case 'skipped':
        return `${f.fileName}: left alone (${f.reason})`;
      case 'merged': {
        const r = f.report;
        const parts = [`${r.updated.length} updated`, `${r.added.length} added`, `${r.removed.length} moved to Removed`, `${r.conflicts.length} kept your edits`];
        return `${f.fileName}: ${verb}merged (${parts.join(', ')})`;
      }
    }
  });
}
