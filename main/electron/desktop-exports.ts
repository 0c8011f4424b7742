/**
 * Exports and backups through native dialogs: the API builds the Markdown or the backup,
 * the user picks where it goes, and the file is written durably. Writing into a folder or
 * over a file Lectern exported before merges, keeping the user's edits; a file Lectern did
 * not write is never replaced without asking.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { LecternApi, Output } from '../contract.js';
import { describeReport, planFile, writeExportFolder, type FolderReport } from '../core/export/folder.js';
import { readTextIfExists, writeFileDurable } from '../core/store/durable-file.js';
import { ApiFailure } from '../core/errors.js';
import { callApi } from './api-call.js';
import type { DesktopInput } from './desktop-inputs.js';
import type { DesktopDone, FolderExport, RestoredBackup } from '../desktop-contract.js';
import { JSON_FILES, MARKDOWN_FILES, type Dialogs } from './native-dialogs.js';

/** What the export functions need: the API of the open library and the dialogs. */
export type ExportDeps = { api: () => LecternApi; dialogs: Dialogs };

/** The contract's cap on a backup file. */
const MAX_BACKUP_BYTES = 500_000_000;
/** Lines shown in a confirmation box before "and N more". */
const MAX_DETAIL_LINES = 12;

const unique = (lines: string[]) => [...new Set(lines)];

/** Save dialog, then the article's Markdown: created, merged into Lectern's earlier export, or (if the user agrees) replacing a stranger's file. */
export async function saveArticleExport(deps: ExportDeps, input: DesktopInput<'saveArticleExport'>): Promise<DesktopDone | null> {
  const exported = await callApi(deps.api(), 'exportArticle', input);
  const path = await deps.dialogs.saveFile({ title: 'Export Article as Markdown', fileName: exported.fileName, filters: MARKDOWN_FILES });
  if (!path) return null;
  const { outcome, contents } = planFile(await readTextIfExists(path), basename(path), exported.markdown);
  if (outcome.action === 'skipped') {
    const replace = await deps.dialogs.confirm({
      message: `Replace ${basename(path)}?`,
      detail: `${outcome.reason} Replacing it loses what it holds now.`,
      confirmLabel: 'Replace',
    });
    if (!replace) return null;
    await writeFileDurable(path, exported.markdown);
    return { path, lines: [`${basename(path)}: replaced`, ...exported.warnings] };
  }
  if (contents !== null) await writeFileDurable(path, contents);
  const report: FolderReport = { dryRun: false, files: [outcome], conflicts: 0 };
  return { path, lines: [...describeReport(report), ...exported.warnings] };
}

function folderSummary(report: FolderReport): { skipped: number; text: string } {
  const skipped = report.files.filter((f) => f.action === 'skipped').length;
  const parts = [];
  if (report.conflicts > 0) parts.push(`${report.conflicts} passage${report.conflicts === 1 ? '' : 's'} you edited in earlier exports will keep your version`);
  if (skipped > 0) parts.push(`${skipped} file${skipped === 1 ? '' : 's'} Lectern did not write will be left alone`);
  return { skipped, text: parts.join(', and ') };
}

/** The lines worth reading before confirming: files with kept edits, and files left alone. */
function attentionLines(report: FolderReport): string {
  const lines = describeReport(report).filter((_line, i) => {
    const file = report.files[i];
    return file.action === 'skipped' || (file.action === 'merged' && file.report.conflicts.length > 0);
  });
  const shown = lines.slice(0, MAX_DETAIL_LINES);
  if (lines.length > shown.length) shown.push(`…and ${lines.length - shown.length} more`);
  return shown.join('\n');
}

/**
 * Folder dialog, then every article plus the index into that folder. A dry run always
 * comes first; when it finds the user's edits or others' files, the user is asked.
 */
export async function exportLibraryToFolder(deps: ExportDeps, input: DesktopInput<'exportLibraryToFolder'>): Promise<FolderExport | null> {
  const { files, index } = await callApi(deps.api(), 'exportLibrary', { options: input.options });
  const all = [...files, index];
  const dir = await deps.dialogs.chooseFolder({ title: 'Export All Articles to a Folder', buttonLabel: input.dryRun ? 'Check Folder' : 'Export Here' });
  if (!dir) return null;
  const warnings = unique(all.flatMap((f) => f.warnings));
  const plan = await writeExportFolder(dir, all, { dryRun: true });
  const summary = folderSummary(plan);
  if (input.dryRun) return { path: dir, lines: [...describeReport(plan), ...warnings], dryRun: true, conflicts: plan.conflicts, skipped: summary.skipped };
  if (summary.text) {
    const go = await deps.dialogs.confirm({ message: `Export to ${basename(dir)}? ${summary.text[0].toUpperCase()}${summary.text.slice(1)}.`, detail: attentionLines(plan), confirmLabel: 'Export' });
    if (!go) return null;
  }
  const report = await writeExportFolder(dir, all, { dryRun: false });
  return { path: dir, lines: [...describeReport(report), ...warnings], dryRun: false, conflicts: report.conflicts, skipped: folderSummary(report).skipped };
}

/** Save dialog, then the W3C backup of every annotation. */
export async function saveBackup(deps: ExportDeps): Promise<DesktopDone | null> {
  const backup = await callApi(deps.api(), 'exportBackup', {});
  const path = await deps.dialogs.saveFile({ title: 'Back Up Annotations', fileName: backup.fileName, filters: JSON_FILES });
  if (!path) return null;
  await writeFileDurable(path, backup.json);
  return { path, lines: [`Saved the backup to ${path}.`] };
}

function restoreLines(report: Output<'importBackup'>): string[] {
  const lines = [`${report.added} added, ${report.updated} updated, ${report.unchanged} already there.`];
  if (report.detached > 0) lines.push(`${report.detached} no longer match their article's text; they are listed as detached.`);
  return [...lines, ...report.errors];
}

/** Open dialog, then restores the backup into the library. */
export async function openBackup(deps: ExportDeps): Promise<RestoredBackup | null> {
  const [path] = await deps.dialogs.openFiles({ title: 'Restore a Backup', filters: JSON_FILES, multiple: false });
  if (!path) return null;
  if ((await stat(path)).size > MAX_BACKUP_BYTES) throw new ApiFailure('too_large', `${basename(path)} is over 500 MB, too big for a Lectern backup.`);
  const report = await callApi(deps.api(), 'importBackup', { json: await readFile(path, 'utf8') });
  const nothingRead = report.added + report.updated + report.unchanged + report.detached === 0;
  if (nothingRead && report.errors.length > 0) throw new ApiFailure('invalid_input', `${basename(path)}: ${report.errors.join(' ')}`);
  return { path, lines: restoreLines(report), report };
}
