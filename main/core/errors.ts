import type { ErrorCode } from '../contract.js';

/** An error a handler throws on purpose; its code and message reach the caller as they are. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** Shorthand for the most common failure. */
export function notFound(what: string): ApiFailure {
  return new ApiFailure('not_found', `${what} was not found`);
}

/** An `invalid_input` failure with `message`. */
export function invalid(message: string): ApiFailure {
  return new ApiFailure('invalid_input', message);
}

/** What went wrong when the disk refused a write, in the terms a user can act on. */
export type StorageProblem = 'read-only' | 'full' | 'no-permission';

const STORAGE_CODES: Record<string, StorageProblem> = {
  EROFS: 'read-only',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
};

/** The storage problem behind a file-system error, or null when it is some other error. */
export function storageProblemOf(err: unknown): StorageProblem | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return (code && STORAGE_CODES[code]) || null;
}

/** A plain sentence for a storage problem at `path`. */
export function describeStorageProblem(problem: StorageProblem, path: string): string {
  if (problem === 'read-only') return `${path} is on a read-only disk, so nothing can be saved there`;
  if (problem === 'full') return `the disk holding ${path} is full`;
  return `Lectern is not allowed to write to ${path} (permission denied)`;
}

/** The data folder cannot be used: it is read-only, full, not writable, or another Lectern holds it. */
export class DataFolderError extends Error {
  constructor(
    readonly folder: string,
    readonly reason: StorageProblem | 'in-use',
    message: string,
  ) {
    super(message);
    this.name = 'DataFolderError';
  }
}

/** An `io_error` for a write the disk refused, or null when `err` is not a storage problem. */
export function storageFailure(err: unknown, path: string, what: string): ApiFailure | null {
  const problem = storageProblemOf(err);
  return problem ? new ApiFailure('io_error', `${what}: ${describeStorageProblem(problem, path)}`) : null;
}

/** The message of anything thrown, for a sentence a user or a log reads (a thrown non-Error is turned into text). */
export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
