/**
 * Brings a data file of any earlier schema version up to the current one.
 * Each step is a pure function from version N to N+1; a file from a newer Lectern is
 * refused rather than rewritten, so an old app never damages a newer file.
 */
import { Db, SCHEMA_VERSION, emptyDb } from './schema.js';
import { describeIssues } from '../dispatch.js';

type Step = (data: Record<string, unknown>) => Record<string, unknown>;

/** steps[n] upgrades a file of version n to n + 1. Version 0 is a file without a version. */
const steps: Record<number, Step> = {
  0: (data) => ({ ...emptyDb(), ...data, schemaVersion: 1 }),
};

/** Thrown when the file cannot be used as it is; the caller decides whether to quarantine it. */
export class UnusableDataError extends Error {
  constructor(
    message: string,
    readonly quarantine: boolean,
  ) {
    super(message);
  }
}

/** Parses and migrates raw JSON text into the current schema. */
export function migrate(raw: unknown): { db: Db; migratedFrom: number | null } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UnusableDataError('the data file does not hold a JSON object', true);
  }
  let data = raw as Record<string, unknown>;
  const start = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  if (start > SCHEMA_VERSION) {
    throw new UnusableDataError(
      `the data file was written by a newer Lectern (schema ${start}, this app reads up to ${SCHEMA_VERSION}); update Lectern to open it`,
      false,
    );
  }
  for (let version = start; version < SCHEMA_VERSION; version++) data = steps[version](data);
  const parsed = Db.safeParse(data);
  if (!parsed.success) throw new UnusableDataError(`the data file is damaged: ${describeIssues(parsed.error)}`, true);
  return { db: parsed.data, migratedFrom: start === SCHEMA_VERSION ? null : start };
}
