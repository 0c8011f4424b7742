/**
 * Serve mode's change stream: `GET /api/changes?client=<id>` answers with server-sent events,
 * one `data:` line of JSON per change (a ChangeNotice), and a comment every ~15 s so proxies
 * and the browser keep the connection. Token-checked like every API call: the page reads it
 * with fetch() and the `Authorization` header (EventSource cannot send one), so the token
 * never travels in a URL. The stream ends when the client goes or the server closes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_ID_PATTERN } from '../contract-constants.js';
import type { ChangeNotice } from '../contract.js';
import type { ChangeBus } from '../core/changes/change-bus.js';
import { sameSecret, type Refusal } from './guards.js';
import { SECURITY_HEADERS } from '../transport/web-security.js';

/** How often an idle stream sends a comment line. */
export const HEARTBEAT_MS = 15_000;

export type ChangeStreamOptions = { bus: ChangeBus; heartbeatMs?: number };

/** Checks method, token and client id; returns a refusal or the client id. */
export function checkStreamRequest(req: IncomingMessage, token: string): Refusal | { clientId: string | null } {
  if (req.method !== 'GET') return { status: 405, code: 'invalid_input', message: 'the change stream is read with GET' };
  const header = req.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  if (!given || !sameSecret(given, token)) {
    return { status: 401, code: 'unauthorized', message: 'missing or wrong token: open the URL that `npm run serve` printed' };
  }
  const clientId = new URL(req.url ?? '/', 'http://x').searchParams.get('client');
  if (clientId !== null && !CLIENT_ID_PATTERN.test(clientId)) {
    return { status: 400, code: 'invalid_input', message: 'client: 1 to 64 letters, digits, - or _' };
  }
  return { clientId };
}

/** One event of the stream. */
export function formatEvent(notice: ChangeNotice): string {
  return `data: ${JSON.stringify(notice)}\n\n`;
}

/** Opens a stream on `res` (the request was checked) and keeps it until either side closes. */
export function openChangeStream(req: IncomingMessage, res: ServerResponse, clientId: string | null, options: ChangeStreamOptions): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // The first line goes out at once, so the client knows it is subscribed before it makes changes.
  res.write(': subscribed\n\n');
  const unsubscribe = options.bus.subscribe(clientId, (notice) => void res.write(formatEvent(notice)));
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.socket.setTimeout(0);
  res.once('close', stop);
}
