/**
 * Parsing a big JSON document without one long stall of the event loop. `JSON.parse` of a
 * 200,000-annotation backup (~250 M characters) holds the loop for seconds, so a scan first
 * cuts every object that sits directly in an array (the annotations of a backup) out of the
 * text; the small rest, the "skeleton", is parsed at once and each cut object when it is
 * asked for. The scan and the caller's work run as generator steps: a driver gives the event
 * loop a turn between them (`runYielding`) or runs them straight through (`runNow`).
 */
import { randomBytes } from 'node:crypto';

/** Work done in steps; between two steps the caller may let other work run. */
export type Steps<T> = Generator<void, T, void>;

/** Characters scanned between two steps: ~15 ms of scanning here. */
const SCAN_STEP = 2_000_000;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** An object cut out of the text; `ChunkedJson.value` parses it. */
export class Deferred {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}

/** Thrown when the text is not JSON; the message is `JSON.parse`'s own for the whole text. */
export class JsonSyntaxError extends Error {}

/** A parsed skeleton whose cut objects are parsed on demand. */
export interface ChunkedJson {
  /** The document, with a `Deferred` for each object that sat directly in an array. */
  root: unknown;
  /** `value` itself, with every `Deferred` in it (at any depth) parsed. */
  value(value: unknown): unknown;
  /** Parses the cut objects nobody asked for, so text that is not JSON is never accepted. */
  checkRest(): Steps<void>;
}

/** Index just after the string that starts at `at` (its opening quote). */
function stringEnd(text: string, at: number): number {
  for (let quote = text.indexOf('"', at + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
  }
  return text.length;
}

/** Where a scan is: the skeleton so far, the cut spans, and the containers it is inside. */
type ScanState = {
  pieces: string[];
  spans: Deferred[];
  /** The skeleton's open containers (`{` or `[`) around the scan. */
  open: number[];
  /** Where the object being cut began, or -1. */
  cutStart: number;
  cutDepth: number;
  /** How much of the text is already in `pieces`. */
  copied: number;
};

/** Scans `text` from `from` to at least `until`; returns where it stopped. A plain loop: V8 runs it far faster than one inside a generator. */
function scanRange(text: string, from: number, until: number, state: ScanState, marker: string): number {
  const end = Math.min(until, text.length);
  let i = from;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i) - 1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (state.cutStart !== -1) state.cutDepth++;
      else if (c === OPEN_OBJECT && state.open[state.open.length - 1] === OPEN_ARRAY) {
        state.cutStart = i;
        state.cutDepth = 1;
      } else state.open.push(c);
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (state.cutStart === -1) state.open.pop();
      else if (--state.cutDepth === 0) {
        state.pieces.push(text.slice(state.copied, state.cutStart), JSON.stringify(`${marker}${state.spans.length}`));
        state.spans.push(new Deferred(state.cutStart, i + 1));
        state.copied = i + 1;
        state.cutStart = -1;
      }
    }
  }
  return i;
}

/** Splits `text` into a skeleton (cut objects replaced by marker strings) and the cut objects' spans. */
function* cut(text: string, marker: string): Steps<{ skeleton: string; spans: Deferred[] }> {
  const state: ScanState = { pieces: [], spans: [], open: [], cutStart: -1, cutDepth: 0, copied: 0 };
  for (let at = 0; at < text.length; ) {
    at = scanRange(text, at, at + SCAN_STEP, state, marker);
    yield;
  }
  // An object never closed stays in the skeleton, which then fails to parse.
  state.pieces.push(text.slice(state.copied));
  return { skeleton: state.pieces.join(''), spans: state.spans };
}

/** `JSON.parse`'s message for the whole text (only called once the text is known to be broken). */
function syntaxError(text: string, fallback: unknown): JsonSyntaxError {
  try {
    JSON.parse(text);
  } catch (error) {
    return new JsonSyntaxError((error as Error).message);
  }
  return new JsonSyntaxError((fallback as Error).message);
}

/** Parses `text` in steps; throws `JsonSyntaxError` when it is not JSON. */
export function* parseChunked(text: string): Steps<ChunkedJson> {
  // A random marker: no string in the text can pass for a cut object.
  const marker = `\u0000lectern-cut-${randomBytes(8).toString('hex')}:`;
  const { skeleton, spans } = yield* cut(text, marker);
  let root: unknown;
  try {
    root = JSON.parse(skeleton, (_key, value: unknown) =>
      typeof value === 'string' && value.startsWith(marker) ? spans[Number(value.slice(marker.length))] : value,
    );
  } catch (error) {
    throw syntaxError(text, error);
  }
  const parsed = new Set<Deferred>();
  const parse = (span: Deferred): unknown => {
    parsed.add(span);
    try {
      return JSON.parse(text.slice(span.start, span.end)) as unknown;
    } catch (error) {
      throw syntaxError(text, error);
    }
  };
  const value = (v: unknown): unknown => {
    if (v instanceof Deferred) return parse(v);
    if (Array.isArray(v)) return v.map(value);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([key, inner]) => [key, value(inner)]));
  };
  function* checkRest(): Steps<void> {
    let sincePause = 0;
    for (const span of spans) {
      if (parsed.has(span)) continue;
      parse(span);
      sincePause += span.end - span.start;
      if (sincePause > SCAN_STEP) {
        sincePause = 0;
        yield;
      }
    }
  }
  return { root, value, checkRest };
}

/** Runs steps straight through. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Longest a step of per-item work should run before it lets other work in (cold code runs slower, so time, not a count). */
const STEP_MS = 10;

/** Tells a stepping loop when its step has run long enough; `due()` starts the next step when it says yes. */
export class StepTimer {
  private started = performance.now();

  due(): boolean {
    const now = performance.now();
    if (now - this.started < STEP_MS) return false;
    this.started = now;
    return true;
  }
}

/** Resolves after the event loop has had a turn: timers, I/O and other calls waiting run first. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Runs steps, letting the event loop run other work between them. */
export async function runYielding<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await nextTurn();
  }
}
