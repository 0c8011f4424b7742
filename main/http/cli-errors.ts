/**
 * What the CLI prints when it cannot go on: one plain paragraph saying what is wrong and
 * what to do (usually `--data-dir`), never a stack trace or a bare error code.
 */
import { DataFolderError, describeError, describeStorageProblem, storageProblemOf, type StorageProblem } from '../core/errors.js';

const WHAT_TO_DO: Record<StorageProblem | 'in-use', string> = {
  'read-only': 'Start with --data-dir DIR to keep the library in a folder that can be written to.',
  'no-permission': 'Start with --data-dir DIR to keep the library in a folder that can be written to.',
  full: 'Free some space on that disk, or start with --data-dir DIR to keep the library on another one.',
  'in-use': 'Close that Lectern, or start with --data-dir DIR to open another folder.',
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The message for an error that stopped `serve` or `export` before it could start. */
export function describeStartFailure(err: unknown): string {
  if (err instanceof DataFolderError) return `${capitalised(err.message)}. ${WHAT_TO_DO[err.reason]}`;
  const problem = storageProblemOf(err);
  if (problem) {
    const path = (err as NodeJS.ErrnoException).path ?? 'the data folder';
    return `Cannot open the library: ${describeStorageProblem(problem, path)}. ${WHAT_TO_DO[problem]}`;
  }
  return describeError(err);
}

/** The message for a final save that failed on quit: nothing is lost, the journal still holds it. */
export function describeFlushFailure(err: unknown, dataFile: string, dataDir: string): string {
  const problem = storageProblemOf(err);
  const why = problem ? describeStorageProblem(problem, dataDir) : describeError(err);
  return (
    `The last save into ${dataFile} failed: ${why}. Nothing is lost: every change Lectern confirmed is in the journal ` +
    `(lectern.journal) beside it and is applied at the next start${problem === 'full' ? ', once there is space again' : ''}.`
  );
}
