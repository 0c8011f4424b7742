/**
 * The journal is a live file plus, during a compaction, rotated segments (`lectern.journal.<n>`).
 * A compaction renames the live file to the next segment, starts a new live file, writes the
 * snapshot, and only then deletes the segments it covers: an op appended while the snapshot is
 * written goes to the new live file and is never in the part that gets deleted.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const JOURNAL_FILE_NAME = 'lectern.journal';
const SEGMENT = /^lectern\.journal\.(\d+)$/;

export interface Segment {
  seq: number;
  path: string;
}

/** The rotated segments left in `dataDir`, oldest first. */
export async function listSegments(dataDir: string): Promise<Segment[]> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  return names
    .map((name) => ({ name, match: SEGMENT.exec(name) }))
    .filter((x): x is { name: string; match: RegExpExecArray } => x.match !== null)
    .map(({ name, match }) => ({ seq: Number(match[1]), path: join(dataDir, name) }))
    .sort((a, b) => a.seq - b.seq);
}

/** The path of segment `seq`. */
export const segmentPath = (dataDir: string, seq: number): string => join(dataDir, `${JOURNAL_FILE_NAME}.${seq}`);

/** Deletes segments whose ops are safely in the data file. */
export async function removeSegments(paths: readonly string[]): Promise<void> {
  for (const path of paths) await rm(path, { force: true });
}
