/**
 * Reads an API call's body: bounded in size, strictly UTF-8. A body over the cap is answered
 * with a 413 the client can read (not a reset), and bytes that are not UTF-8 are refused rather
 * than quietly turned into U+FFFD and stored.
 */
import type { IncomingMessage } from 'node:http';
import type { Refusal } from './guards.js';

/**
 * How much of an oversized body is read and thrown away before answering. Closing a socket with
 * unread bytes in it makes the kernel send a reset, which can reach the client before our 413; reading
 * the rest first lets the reply arrive cleanly. Past this the client is abusive and the socket is closed
 * right after the reply.
 */
export const OVERSIZE_DRAIN_BYTES = 16 * 1024 * 1024;

/** A refusal that should also close the connection once sent. */
export type BodyRefusal = Refusal & { closeConnection?: boolean };

/** Reads the body of `req` as UTF-8 text of at most `limit` bytes; rejects with a BodyRefusal. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit + OVERSIZE_DRAIN_BYTES) {
      // Nothing useful can come of reading it all: answer now and close.
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      chunks.length = 0;
      if (size > limit + OVERSIZE_DRAIN_BYTES) settle(() => reject(tooLarge(limit)));
    });
    req.on('end', () => settle(() => (size > limit ? reject(tooLarge(limit)) : decode(chunks, resolve, reject))));
    req.on('error', (err) => settle(() => reject(err)));
    // A connection cut mid-body (a timeout, the client gone) ends with 'close' and no 'end'.
    req.on('close', () => settle(() => reject(new Error('the connection closed before the request body was complete'))));
  });
}

/** Strict: a bad byte refuses the whole body. A leading BOM is kept, as before, so the text is exactly what was sent. */
function decode(chunks: Buffer[], resolve: (text: string) => void, reject: (refusal: BodyRefusal) => void): void {
  try {
    resolve(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.concat(chunks)));
  } catch {
    reject({ status: 400, code: 'invalid_input', message: 'the request body is not valid UTF-8: send JSON encoded as UTF-8' });
  }
}

/** Always closes: a client that sends too much may not have stopped sending. */
function tooLarge(limit: number): BodyRefusal {
  return { status: 413, code: 'too_large', message: `the request body is over ${limit} bytes`, closeConnection: true };
}
