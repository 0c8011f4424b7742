/**
 * The page's one subscription to the back end's change stream. Listeners come and go; the
 * transport subscription is open while there is at least one. Over Electron it is the preload's
 * `onChange`; in serve mode a `GET /api/changes` read with fetch() (so the token stays in the
 * Authorization header), reopened after a drop — and since changes may have been missed while it
 * was down, a reopened stream tells listeners that articles and annotations may have changed.
 */
import type { ChangeNotice } from '../../main/contract';
import { CHANGE_KINDS, CHANGE_STREAM_PATH } from '../../main/contract-constants';

export type ChangeListener = (notice: ChangeNotice) => void;

/** Subscribes a transport; `deliver` takes raw notices (checked here), the result stops it. */
export type ChangeSource = (deliver: (raw: unknown) => void) => () => void;

const isId = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 200;

/** A notice from the transport, checked field by field (the page bundles no zod), or null. */
export function parseNotice(raw: unknown): ChangeNotice | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const notice = raw as Record<string, unknown>;
  if (notice.source !== 'local' && notice.source !== 'external') return null;
  if (!(CHANGE_KINDS as readonly unknown[]).includes(notice.kind)) return null;
  if (notice.kind === 'annotations' && !(notice.articleIds === null || (Array.isArray(notice.articleIds) && notice.articleIds.every(isId)))) return null;
  if ((notice.kind === 'reading' || notice.kind === 'article-note') && !isId(notice.articleId)) return null;
  return raw as ChangeNotice;
}

/** Fans one transport subscription out to the page's listeners. */
export function createChangeFeed(source: ChangeSource): (listener: ChangeListener) => () => void {
  const listeners = new Set<ChangeListener>();
  let stop: (() => void) | null = null;
  const deliver = (raw: unknown) => {
    const notice = parseNotice(raw);
    if (notice) for (const listener of [...listeners]) listener(notice);
  };
  return (listener) => {
    listeners.add(listener);
    stop ??= source(deliver);
    return () => {
      if (!listeners.delete(listener) || listeners.size > 0) return;
      stop?.();
      stop = null;
    };
  };
}

/** What a reopened stream says, because changes made while it was down were not heard. */
const MAYBE_MISSED: readonly ChangeNotice[] = [
  { kind: 'articles', source: 'external' },
  { kind: 'annotations', articleIds: null, source: 'external' },
];

const RETRY_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

/** Reads server-sent events from a fetch body, handing each `data:` line's JSON to `deliver`. */
async function readStream(body: ReadableStream<Uint8Array>, deliver: (raw: unknown) => void, opened: () => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      opened();
      for (const line of event.split('\n')) {
        if (!line.startsWith('data: ')) continue;
        try {
          deliver(JSON.parse(line.slice(6)));
        } catch {
          // A line that is not JSON is not a notice; the next one may be.
        }
      }
    }
  }
}

/** Serve mode's stream, as this client (`clientId`) with the page's token; reopened until stopped or refused. */
export function httpChangeSource(token: string | null, clientId: string): ChangeSource {
  return (deliver) => {
    const controller = new AbortController();
    let failures = 0;
    let connectedBefore = false;
    const connect = async (): Promise<void> => {
      const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      let announcedOpen = false;
      const opened = () => {
        if (announcedOpen) return;
        announcedOpen = true;
        failures = 0;
        if (connectedBefore) MAYBE_MISSED.forEach(deliver);
        connectedBefore = true;
      };
      try {
        const response = await fetch(`${CHANGE_STREAM_PATH}?client=${encodeURIComponent(clientId)}`, { headers, signal: controller.signal });
        // A refused token or a server without a stream will not change its mind: stop asking.
        if (response.status === 401 || response.status === 404 || !response.body) return;
        if (response.ok) await readStream(response.body, deliver, opened);
      } catch {
        // The server went away or the page stopped listening; retried below unless stopped.
      }
      if (controller.signal.aborted) return;
      const wait = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)];
      setTimeout(() => void connect(), wait);
    };
    void connect();
    return () => controller.abort();
  };
}

/** A fresh id for this page's calls and stream, so its own changes come back to it as `local`. */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
