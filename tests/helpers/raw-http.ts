/**
 * Raw HTTP and TCP clients for serve-mode tests: they send what fetch() would not (forged
 * headers, chunked bodies, bytes that are not UTF-8, a trickle) and report what the server did.
 */
import { request, type Agent } from 'node:http';
import { connect, type Socket } from 'node:net';

/** What came back: the reply, or the error that stood in for it (a reset, a hang-up). */
export interface RawReply {
  status: number;
  body: string;
  /** True when the request went out on a connection that an earlier request had used. */
  reusedSocket: boolean;
}

export interface RawRequest {
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  /** One body, sent with Content-Length. */
  body?: string | Buffer;
  /** Pieces sent one after another with Transfer-Encoding: chunked. */
  chunks?: Buffer[];
  /** When set, one chunk every `pace` ms instead of as fast as the socket takes them. */
  pace?: number;
  agent?: Agent;
}

/**
 * Sends one request and resolves with the reply. A write error after the reply has arrived
 * (the server closed a connection it had answered) is not a failure; a reset before it is.
 */
export function rawRequest(options: RawRequest): Promise<RawReply> {
  return new Promise((done, fail) => {
    let answered = false;
    const req = request(
      { host: '127.0.0.1', port: options.port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: options.agent },
      (res) => {
        answered = true;
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8'), reusedSocket: req.reusedSocket }));
        res.on('error', fail);
      },
    );
    req.on('error', (err) => {
      if (!answered) fail(err);
    });
    if (options.chunks) return options.pace ? writePaced(req, options.chunks, options.pace) : writeChunks(req, options.chunks);
    req.end(options.body);
  });
}

function writeChunks(req: ReturnType<typeof request>, chunks: Buffer[]): void {
  let next = 0;
  const pump = (): void => {
    while (next < chunks.length && !req.destroyed) {
      if (!req.write(chunks[next++])) return void req.once('drain', pump);
    }
    if (!req.destroyed) req.end();
  };
  pump();
}

function writePaced(req: ReturnType<typeof request>, chunks: Buffer[], everyMs: number): void {
  let next = 0;
  const timer = setInterval(() => {
    if (req.destroyed) return clearInterval(timer);
    if (next < chunks.length) return void req.write(chunks[next++]);
    clearInterval(timer);
    req.end();
  }, everyMs);
}

/** Opens a plain TCP connection to the server on loopback. */
export function openSocket(port: number): Promise<Socket> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => done(socket));
    socket.once('error', fail);
  });
}

/** Opens a connection and starts watching for its close at once, so a close on arrival is not missed. */
export async function openWatchedSocket(port: number): Promise<{ socket: Socket; closed: Promise<{ afterMs: number; received: string }> }> {
  const since = Date.now();
  let closed!: Promise<{ afterMs: number; received: string }>;
  const socket = await new Promise<Socket>((done, fail) => {
    const s = connect(port, '127.0.0.1', () => done(s));
    closed = whenClosed(s, since);
    s.once('error', fail);
  });
  return { socket, closed };
}

/** Resolves with how long after `since` the socket was closed and what the server had sent on it. */
export function whenClosed(socket: Socket, since: number): Promise<{ afterMs: number; received: string }> {
  let received = '';
  socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
  socket.on('error', () => {});
  return new Promise((done) => socket.once('close', () => done({ afterMs: Date.now() - since, received })));
}

/** Writes `text` one byte every `everyMs` until it is all sent or the socket is closed. */
export function trickle(socket: Socket, text: string, everyMs: number): void {
  const bytes = Buffer.from(text, 'latin1');
  let next = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || next >= bytes.length) return clearInterval(timer);
    socket.write(bytes.subarray(next, ++next));
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}

/** Resolves when `count` of the promises have settled, or rejects when `withinMs` passes first. */
export function settledWithin<T>(promises: Promise<T>[], count: number, withinMs: number): Promise<T[]> {
  return new Promise((done, fail) => {
    const settled: T[] = [];
    const timer = setTimeout(() => fail(new Error(`only ${settled.length} of ${count} settled within ${withinMs} ms`)), withinMs);
    for (const p of promises) {
      void p.then((value) => {
        settled.push(value);
        if (settled.length === count) {
          clearTimeout(timer);
          done(settled);
        }
      });
    }
  });
}
