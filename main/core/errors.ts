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

export function invalid(message: string): ApiFailure {
  return new ApiFailure('invalid_input', message);
}
