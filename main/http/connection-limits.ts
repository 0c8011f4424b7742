/**
 * How long serve mode waits for a client and how many it lets in at once. The server is on
 * loopback, but any page the user visits can open connections to it, so a slow or greedy
 * client must not hold sockets (and file descriptors) forever.
 */
import type { Server, ServerOptions } from 'node:http';

export interface ConnectionLimits {
  /** Time from a connection's first byte (or its opening) to the end of a request's headers. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included. Long enough for the app's biggest backup on a slow disk. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open between requests. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; further ones are closed on arrival. */
  maxConnections: number;
}

/**
 * Defaults. A 53 M-character backup crosses loopback in well under a second, so two minutes leaves
 * a wide margin even on a busy machine; a browser opens at most six connections per host, and test
 * suites firing 50 clients at once still fit under 256, well below the usual 1,024 file descriptors.
 */
export const DEFAULT_CONNECTION_LIMITS: Readonly<ConnectionLimits> = Object.freeze({
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
});

/** Fills in defaults and checks the values; throws a clear error for nonsense. */
export function resolveConnectionLimits(given: Partial<ConnectionLimits> = {}): ConnectionLimits {
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...given };
  for (const key of ['headersTimeoutMs', 'requestTimeoutMs', 'keepAliveTimeoutMs'] as const) {
    if (!Number.isFinite(limits[key]) || limits[key] <= 0) throw new Error(`serve: the ${key} timeout must be a positive number of ms, not ${limits[key]}`);
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new Error(`serve: the header timeout (${limits.headersTimeoutMs} ms) must not be longer than the request timeout (${limits.requestTimeoutMs} ms)`);
  }
  if (!Number.isInteger(limits.maxConnections) || limits.maxConnections < 1) {
    throw new Error(`serve: maxConnections must be a whole number of connections, at least 1, not ${limits.maxConnections}`);
  }
  return limits;
}

/** The options for `createServer`: Node checks the two timeouts on a timer, which we tie to the shorter one. */
export function httpServerOptions(limits: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node's default check runs every 30 s, so a 20 s header timeout could stretch to 50 s.
    connectionsCheckingInterval: Math.min(1_000, Math.max(25, Math.floor(limits.headersTimeoutMs / 4))),
  };
}

/** Applies what `createServer` does not take as an option. */
export function applyConnectionCap(server: Server, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
}
