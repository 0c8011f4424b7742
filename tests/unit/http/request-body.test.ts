/**
 * Serve mode's body reader, property-tested: any byte sequence is taken iff it is UTF-8 and
 * within the cap, however the bytes are split into chunks on the wire.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { readBody } from '../../../main/http/request-body';

/** A request whose body arrives as `chunks`, with the headers a client would send. */
function fakeRequest(chunks: Buffer[], headers: Record<string, string> = {}): IncomingMessage {
  const stream = Readable.from(chunks, { objectMode: false }) as unknown as IncomingMessage;
  stream.headers = headers;
  return stream;
}

/** Cuts `bytes` at the given points (sorted, deduplicated) into consecutive chunks. */
function cut(bytes: Buffer, points: number[]): Buffer[] {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const edges = [0, ...at, bytes.length];
  return edges.slice(1).map((end, i) => bytes.subarray(edges[i], end)).filter((c) => c.length > 0);
}

const outcome = (p: Promise<string>) =>
  p.then(
    (text) => ({ ok: true as const, text }),
    (err: { status?: number; message?: string }) => ({ ok: false as const, status: err.status, message: err.message }),
  );

describe('reading a request body', () => {
  it('gives back any text sent as UTF-8, however it is split into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => `\uFEFF${s}`)), fc.array(fc.nat(), { maxLength: 8 }), async (text, points) => {
        const result = await outcome(readBody(fakeRequest(cut(Buffer.from(text, 'utf8'), points)), 1_000_000));
        expect(result).toEqual({ ok: true, text });
      }),
      { numRuns: 300 },
    );
  });

  it('takes a byte sequence exactly when it is valid UTF-8, and refuses the rest with 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), fc.array(fc.nat(), { maxLength: 4 }), async (raw, points) => {
        const bytes = Buffer.from(raw);
        const result = await outcome(readBody(fakeRequest(cut(bytes, points)), 1_000_000));
        if (isUtf8(bytes)) expect(result.ok).toBe(true);
        else expect(result).toMatchObject({ ok: false, status: 400, message: expect.stringContaining('UTF-8') });
      }),
      { numRuns: 500 },
    );
  });

  it('takes a body up to the cap and answers 413 one byte past it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 0, max: 10_000 }), async (limit, size) => {
        const result = await outcome(readBody(fakeRequest([Buffer.alloc(size, 0x20)]), limit));
        expect(result.ok ? 200 : result.status).toBe(size <= limit ? 200 : 413);
      }),
      { numRuns: 200 },
    );
  });
});
