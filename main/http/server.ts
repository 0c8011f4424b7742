/**
 * Serve mode: the same app in a browser. `POST /api/<method>` with a JSON body runs one
 * contract method through `dispatch`; every other GET serves the built renderer.
 * Listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { LecternApi, Result } from '../contract.js';
import { dispatch } from '../core/dispatch.js';
import { checkApiCall, checkOrigin } from './guards.js';
import { readBody, type BodyRefusal } from './request-body.js';
import { applyConnectionCap, httpServerOptions, resolveConnectionLimits, type ConnectionLimits } from './connection-limits.js';
import { loadStatic } from './static-files.js';
import { SECURITY_HEADERS } from '../transport/web-security.js';
import { CHANGE_STREAM_PATH, CLIENT_ID_HEADER, CLIENT_ID_PATTERN } from '../contract-constants.js';
import type { Lectern } from '../core/library.js';
import { checkStreamRequest, openChangeStream } from './change-stream.js';

const BODY_LIMIT = 1_000_000;
// Methods with bigger bodies: an imported article holds up to 5 MB of text (JSON-escaped, so more bytes);
// a backup every annotation (the contract allows 500 M characters; one V8 string stops at ~536 M).
const BIG_BODY_LIMITS = new Map([
  ['importArticle', 64_000_000],
  ['importBackup', 536_000_000],
]);

const STATUS: Record<string, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  too_large: 413,
  io_error: 500,
  internal: 500,
};

/** The library's change stream and its per-client API (a Lectern has both). */
export type ChangeHub = Pick<Lectern, 'apiFor' | 'changes'>;

export interface ServeOptions {
  api: LecternApi;
  /** When given: calls naming a client (X-Lectern-Client) announce as that client, and GET /api/changes streams changes. */
  changes?: ChangeHub;
  /** How often an idle change stream sends a heartbeat comment (tests make it short). */
  heartbeatMs?: number;
  staticDir: string;
  port?: number;
  token?: string;
  /** Timeouts and the connection cap; the defaults suit a browser on loopback (tests inject small ones). */
  limits?: Partial<ConnectionLimits>;
}

export interface RunningServer {
  port: number;
  token: string;
  /** The URL to open: the token travels in the fragment, so it never reaches logs or Referer headers. */
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendResult(res: ServerResponse, result: Result<unknown>): void {
  const status = result.ok ? 200 : (STATUS[result.error.code] ?? 500);
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

function refuse(res: ServerResponse, refusal: BodyRefusal): void {
  const extra: Record<string, string> = refusal.closeConnection ? { Connection: 'close' } : {};
  send(res, refusal.status, JSON.stringify({ ok: false, error: { code: refusal.code, message: refusal.message } }), 'application/json; charset=utf-8', extra);
}

function isRefusal(err: unknown): err is BodyRefusal {
  return typeof err === 'object' && err !== null && 'status' in err && 'code' in err;
}

type ApiRoute = Pick<ServeOptions, 'api' | 'changes' | 'heartbeatMs'> & { token: string };

/** The API as the calling client sees it: its own changes come back to it as `local`. */
function apiForCaller(req: IncomingMessage, route: ApiRoute): LecternApi {
  const clientId = req.headers[CLIENT_ID_HEADER.toLowerCase()];
  if (!route.changes || typeof clientId !== 'string' || !CLIENT_ID_PATTERN.test(clientId)) return route.api;
  return route.changes.apiFor(clientId);
}

function handleChangeStream(req: IncomingMessage, res: ServerResponse, route: ApiRoute): void {
  if (!route.changes) return refuse(res, { status: 404, code: 'not_found', message: 'this server has no change stream' });
  const checked = checkStreamRequest(req, route.token);
  if ('status' in checked) return refuse(res, checked);
  openChangeStream(req, res, checked.clientId, { bus: route.changes.changes, heartbeatMs: route.heartbeatMs });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, options: ApiRoute, method: string) {
  if (req.method !== 'POST') return refuse(res, { status: 405, code: 'invalid_input', message: 'API calls use POST' });
  const denied = checkApiCall(req, options.token);
  if (denied) return refuse(res, denied);
  let body: string;
  try {
    body = await readBody(req, BIG_BODY_LIMITS.get(method) ?? BODY_LIMIT);
  } catch (err) {
    if (isRefusal(err)) return refuse(res, err);
    // The connection broke mid-body (a timeout, the client gone): there is no one to answer.
    return void res.destroy();
  }
  let payload: unknown;
  try {
    payload = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return refuse(res, { status: 400, code: 'invalid_input', message: 'the request body is not valid JSON' });
  }
  sendResult(res, await dispatch(apiForCaller(req, options), method, payload));
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, staticDir: string, path: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, { status: 405, code: 'invalid_input', message: 'method not allowed' });
  const file = await loadStatic(staticDir, path);
  if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  send(res, 200, file.body, file.type);
}

/** Starts the server; resolves once it is listening. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const limits = resolveConnectionLimits(options.limits);
  let port = 0;
  const server: Server = createServer(httpServerOptions(limits), (req, res) => {
    const refusal = checkOrigin(req, port);
    if (refusal) return refuse(res, refusal);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const api: ApiRoute = { api: options.api, changes: options.changes, heartbeatMs: options.heartbeatMs, token };
    if (path === CHANGE_STREAM_PATH) return handleChangeStream(req, res, api);
    const route = path.startsWith('/api/') ? handleApi(req, res, api, path.slice(5)) : handleStatic(req, res, options.staticDir, path);
    route.catch((err: unknown) => {
      if (!res.headersSent) refuse(res, { status: 500, code: 'internal', message: (err as Error).message });
    });
  });
  applyConnectionCap(server, limits);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
