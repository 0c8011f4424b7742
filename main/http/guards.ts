/**
 * Request checks for serve mode. The server only listens on loopback, but any web page
 * the user visits can still send requests to it, so: a per-run token, an exact Host
 * (defeats DNS rebinding), no foreign Origin (defeats cross-site requests), JSON only.
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

/** Reads a request body up to `limit` bytes; rejects with a too_large refusal past it. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(tooLarge(limit));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(tooLarge(limit));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tooLarge(limit: number): Refusal {
  return { status: 413, code: 'too_large', message: `the request body is over ${limit} bytes` };
}
