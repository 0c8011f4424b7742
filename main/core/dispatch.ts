/**
 * The one place where a transport's raw call becomes a typed handler call:
 * look up the method, validate the payload, run, validate the reply.
 * Both the IPC and the HTTP transports go through here, so they cannot drift apart.
 */
import { z } from 'zod';
import { isMethodName, methods, type LecternApi, type Result } from '../contract.js';
import { ApiFailure } from './errors.js';

/** Formats zod issues as one readable sentence, naming the field at fault. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : 'payload';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

/** Runs `method` on `api` with an untrusted `payload`; never throws. */
export async function dispatch(api: LecternApi, method: string, payload: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `unknown method "${method.slice(0, 80)}"` } };
  }
  const spec = methods[method];
  const parsed = spec.input.safeParse(payload ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: describeIssues(parsed.error) } };
  }
  try {
    const handler = api[method] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      return { ok: false, error: { code: 'internal', message: `reply failed its schema: ${describeIssues(checked.error)}` } };
    }
    return { ok: true, value: checked.data };
  } catch (err) {
    if (err instanceof ApiFailure) return { ok: false, error: { code: err.code, message: err.message } };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message } };
  }
}
