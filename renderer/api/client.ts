/**
 * The renderer's one door to the back end. Two transports share one interface so the UI
 * never knows which it talks to: Electron's preload bridge (`window.lectern`) or HTTP
 * (serve mode, `POST /api/<method>` with a bearer token). Both carry the back end's change
 * stream, which the page hears through `client.onChange` and nowhere else.
 */
import type { ErrorCode, LecternClient, MethodName, Result } from '../../main/contract';
import { CLIENT_ID_HEADER, METHOD_NAMES } from '../../main/contract-constants';
import { describeError } from '../ui/describe-error';
import { createChangeFeed, httpChangeSource, newClientId, type ChangeListener, type ChangeSource } from './change-feed';

/**
 * The typed API the UI calls: one async method per contract method, resolving to its value, and
 * `onChange`: every change the back end makes, once, `local` when this page's call made it (the
 * page applied it already) and `external` otherwise. Returns the function that stops listening.
 */
export type Client = LecternClient & { onChange(listener: ChangeListener): () => void };
export type { ChangeListener };

/** Codes the client adds to the server's own: `network` when the back end could not be reached. */
export type ClientErrorCode = ErrorCode | 'network';

/** A failed call: the server's error, or a transport failure described for a person. */
export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A menu or deep-link command the Electron main process sends to the window. */
export type BridgeCommand = { type: string; [key: string]: unknown };

/** What the Electron preload exposes: raw Results, plus optional command and change channels. */
export type LecternBridge = { [M in MethodName]: (input: unknown) => Promise<Result<unknown>> } & {
  onCommand?: (callback: (command: BridgeCommand) => void) => (() => void) | void;
  onChange?: (callback: (notice: unknown) => void) => (() => void) | void;
};

declare global {
  interface Window {
    lectern?: LecternBridge;
  }
}

const TOKEN_KEY = 'lectern.token';

/** Turns a Result into its value or an ApiError. */
function unwrap<T>(result: Result<T>): T {
  if (result && result.ok === true) return result.value;
  if (result && result.ok === false && result.error) throw new ApiError(result.error.code, result.error.message);
  throw new ApiError('internal', 'The back end sent a reply Lectern does not understand.');
}

/**
 * Takes the serve-mode token out of the URL fragment (`#token=…`) into sessionStorage, so a
 * reload still works but the token does not linger in the address bar or the history.
 * Other fragment parameters (deep links) are kept.
 */
export function takeTokenFromLocation(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromUrl = params.get('token');
  if (fromUrl) {
    try {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page's life.
    }
    params.delete('token');
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    return fromUrl;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Reads a JSON reply body, or explains why it is not one. */
async function readResult(response: Response): Promise<Result<unknown>> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Handled below: a proxy error page or an empty reply is not a Result.
  }
  if (isResult(body)) return body;
  if (response.status === 401) {
    throw new ApiError('unauthorized', 'The Lectern server refused this page’s access token.');
  }
  throw new ApiError(
    response.status >= 500 ? 'network' : 'internal',
    `The Lectern server answered ${response.status} ${response.statusText || ''} without a readable reply.`.replace(/ +without/, ' without'),
  );
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, error } = value as { ok?: unknown; error?: unknown };
  return ok === true || (ok === false && typeof error === 'object' && error !== null);
}

/** Calls one method over HTTP. */
async function callHttp(method: MethodName, input: unknown, token: string | null, clientId: string): Promise<unknown> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', [CLIENT_ID_HEADER]: clientId };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
  } catch {
    throw new ApiError('network', `Could not reach the Lectern server at ${location.host}. Is "lectern serve" still running?`);
  }
  return unwrap(await readResult(response));
}

/** Calls one method over the Electron bridge. */
async function callBridge(bridge: LecternBridge, method: MethodName, input: unknown): Promise<unknown> {
  const fn = bridge[method];
  if (typeof fn !== 'function') throw new ApiError('unknown_method', `This version of Lectern has no "${method}".`);
  let result: Result<unknown>;
  try {
    result = await fn(input ?? {});
  } catch (err) {
    throw new ApiError('network', `The Lectern window lost contact with the app: ${describeError(err)}`);
  }
  return unwrap(result);
}

/** The bridge's change channel (the main process knows the window; no id needed), or none in an old preload. */
function bridgeChangeSource(bridge: LecternBridge): ChangeSource {
  return (deliver) => {
    const off = bridge.onChange?.(deliver);
    return typeof off === 'function' ? off : () => {};
  };
}

/** Builds the client for whichever transport this page runs under. */
export function createClient(): Client {
  const bridge = typeof window !== 'undefined' ? window.lectern : undefined;
  const token = bridge ? null : takeTokenFromLocation();
  const clientId = newClientId();
  const client = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const method of METHOD_NAMES) {
    client[method] = bridge ? (input) => callBridge(bridge, method, input) : (input) => callHttp(method, input, token, clientId);
  }
  const onChange = createChangeFeed(bridge ? bridgeChangeSource(bridge) : httpChangeSource(token, clientId));
  return { ...client, onChange } as unknown as Client;
}

/** The Electron command channel, when the page runs in the app window. */
export function subscribeToCommands(callback: (command: BridgeCommand) => void): () => void {
  const off = typeof window !== 'undefined' ? window.lectern?.onCommand?.(callback) : undefined;
  return typeof off === 'function' ? off : () => {};
}

/** A short sentence for any error thrown by a client call: one definition, in ui/, re-exported for callers of the client. */
export { describeError };
