/**
 * Request checks for serve mode. The server only listens on loopback, but any web page
 * the user visits can still send requests to it, so: a per-run token, an exact Host
 * (defeats DNS rebinding), no foreign Origin (defeats cross-site requests), JSON only.
 * The body itself is read by request-body.ts.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ErrorCode } from '../contract.js';

export type Refusal = { status: number; code: ErrorCode; message: string };

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The origins a page served by us can have. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Checks Host and Origin; returns a refusal or null. */
export function checkOrigin(req: IncomingMessage, port: number): Refusal | null {
  const hosts = allowedHosts(port);
  if (!hosts.includes(req.headers.host ?? '')) {
    return { status: 403, code: 'forbidden', message: 'unexpected Host header' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) {
    return { status: 403, code: 'forbidden', message: 'requests from other origins are not allowed' };
  }
  return null;
}

/** Checks the bearer token and content type of an API call; returns a refusal or null. */
export function checkApiCall(req: IncomingMessage, token: string): Refusal | null {
  const header = req.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  if (!given || !sameSecret(given, token)) {
    return { status: 401, code: 'unauthorized', message: 'missing or wrong token: open the URL that `npm run serve` printed' };
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    return { status: 415, code: 'invalid_input', message: 'API calls must send Content-Type: application/json' };
  }
  return null;
}
