/**
 * Replays the journal files left by the last run onto the data, checking every op first.
 * A line that is not a valid op is never applied and never dropped: it is written to a file
 * of its own (`lectern.rejected-<time>.txt`) and the user is told where.
 */
import { basename, join } from 'node:path';
import type { Db } from './schema.js';
import { applyOp, type Op } from './ops.js';
import { opProblem } from './op-schema.js';
import { readJournal, type UnreadLine } from './journal.js';
import { writeFileDurable } from './durable-file.js';

export interface ReplayReport {
  applied: number;
  /** Lines that were set aside, with the file they now live in. */
  setAside: { count: number; unreadable: number; file: string } | null;
}

interface Rejected extends UnreadLine {
  from: string;
}

/** Applies every valid op of `journals` (oldest first) to `db`, setting the rest aside in `dataDir`. */
export async function replayJournals(db: Db, journals: readonly string[], dataDir: string, now: Date): Promise<ReplayReport> {
  const rejected: Rejected[] = [];
  let applied = 0;
  let unreadable = 0;
  for (const path of journals) {
    const { values, unreadable: lines } = await readJournal(path);
    unreadable += lines.length;
    rejected.push(...lines.map((l) => ({ ...l, from: basename(path) })));
    for (const { value, line } of values) {
      const problem = opProblem(value);
      if (problem) rejected.push({ line, reason: `not a valid change (${problem})`, from: basename(path) });
      else {
        applyOp(db, value as Op);
        applied += 1;
      }
    }
  }
  if (rejected.length === 0) return { applied, setAside: null };
  const file = join(dataDir, `lectern.rejected-${now.toISOString().replace(/[:.]/g, '-')}.txt`);
  await writeFileDurable(file, describeRejected(rejected));
  return { applied, setAside: { count: rejected.length, unreadable, file } };
}

function describeRejected(rejected: readonly Rejected[]): string {
  const header = '# Lines of the Lectern journal that could not be replayed. Each line below its comment is kept exactly as it was.\n';
  return header + rejected.map((r) => `# ${r.reason}, from ${r.from}\n${r.line}\n`).join('');
}

/** The sentence for the user about lines set aside at start. */
export function describeSetAside(setAside: NonNullable<ReplayReport['setAside']>): string {
  const invalid = setAside.count - setAside.unreadable;
  const parts = [];
  if (setAside.unreadable > 0) parts.push(`Skipped ${setAside.unreadable} unreadable line(s) of the journal`);
  if (invalid > 0) parts.push(`${setAside.unreadable > 0 ? 'and' : 'Skipped'} ${invalid} line(s) that were not valid changes`);
  return `${parts.join(' ')}; they were set aside in ${setAside.file}. Everything else was kept.`;
}
