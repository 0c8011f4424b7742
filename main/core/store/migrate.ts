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

/** The keys of a version-0 file (before schemaVersion existed), each with the test of its type. */
const V0_KEYS: Record<string, (value: unknown) => boolean> = {
  settings: isPlainObject,
  reading: isPlainObject,
  articleNotes: isPlainObject,
  annotations: Array.isArray,
  trash: Array.isArray,
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A file without a version is only taken for an early Lectern file when it looks like one:
 * some known key of the right type and nothing else. Anything else (`{"hello":"world"}`, `{}`)
 * is someone else's JSON or damage, and upgrading it would quietly start an empty library.
 */
function checkLooksLikeV0(data: Record<string, unknown>): void {
  const keys = Object.keys(data).filter((key) => key !== 'schemaVersion');
  const unknown = keys.filter((key) => !Object.prototype.hasOwnProperty.call(V0_KEYS, key));
  if (unknown.length > 0) {
    throw new UnusableDataError(`it is not a Lectern data file (unknown ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.slice(0, 3).map((k) => JSON.stringify(k.slice(0, 40))).join(', ')})`, true);
  }
  if (!keys.some((key) => V0_KEYS[key](data[key]))) {
    throw new UnusableDataError('it is not a Lectern data file (no schema version and none of its keys)', true);
  }
}

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
  if (!isPlainObject(raw)) {
    throw new UnusableDataError('the data file does not hold a JSON object', true);
  }
  let data = raw;
  const declared = data.schemaVersion;
  if (declared !== undefined && !(Number.isInteger(declared) && (declared as number) >= 0)) {
    throw new UnusableDataError(`its schemaVersion is not a version number (${String(JSON.stringify(declared)).slice(0, 40)})`, true);
  }
  const start = (declared as number | undefined) ?? 0;
  if (start === 0) checkLooksLikeV0(data);
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
