/**
 * A q-gram index of an article's text, so searches of the whole text cost a look-up
 * instead of a scan: where a quote occurs exactly (every occurrence contains its rarest
 * 4-gram), and which few windows could hold an edited copy of it (a window that shares
 * too few of the quote's 4-grams on the same diagonal cannot be a close match, so the
 * approximate matcher never runs there). Built once per text, on first need, in two
 * counting passes over flat Int32Arrays.
 */

const Q = 4;
const BUCKET_BITS = 18;
const MASK = (1 << BUCKET_BITS) - 1;
/** Whole-text exact searches of one text before indexing it pays for itself (a scan is ~0.3 ms a MB, the index ~10 ms). */
const SCANS_BEFORE_INDEX = 8;
/** Grams that occur more often than this share of the text's positions carry no information: skipped. */
const FREQUENT_SHARE = 1 / 256;
/** Only this many of the quote's grams are counted, rare ones: they say the most and cost the least. */
const GRAMS_COUNTED = 16;
/** At most this many windows are handed to the approximate matcher per quote, best first. */
const MAX_WINDOWS = 16;

function gramAt(text: string, at: number): number {
  const h = ((text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) * 31 + text.charCodeAt(at + 2)) * 31 + text.charCodeAt(at + 3);
  return (h ^ (h >>> BUCKET_BITS)) & MASK;
}

/** Text positions grouped by 4-gram hash: positions of bucket b are `positions[heads[b]..heads[b+1])`, ascending. */
interface GramIndex {
  heads: Int32Array;
  positions: Int32Array;
}

function buildIndex(text: string): GramIndex {
  const count = Math.max(0, text.length - Q + 1);
  const grams = new Int32Array(count);
  const heads = new Int32Array(MASK + 2);
  for (let i = 0; i < count; i += 1) {
    const g = gramAt(text, i);
    grams[i] = g;
    heads[g + 1] += 1;
  }
  for (let b = 1; b < heads.length; b += 1) heads[b] += heads[b - 1];
  const fill = heads.slice(0, MASK + 1);
  const positions = new Int32Array(count);
  for (let i = 0; i < count; i += 1) positions[fill[grams[i]]++] = i;
  return { heads, positions };
}

/** The texts searched last and their indexes (a few, as anchoring of articles may interleave). */
const recent: Array<{ text: string; scans: number; index: GramIndex | null }> = [];
const TEXTS_KEPT = 3;

function indexFor(text: string, build: boolean): GramIndex | null {
  let at = recent.findIndex((r) => r.text === text);
  if (at === -1) {
    recent.unshift({ text, scans: 0, index: null });
    if (recent.length > TEXTS_KEPT) recent.pop();
    at = 0;
  }
  const entry = recent[at];
  entry.scans += 1;
  if (!entry.index && (build || entry.scans > SCANS_BEFORE_INDEX)) entry.index = buildIndex(text);
  return entry.index;
}

/** Starts of every occurrence of `exact` in `text`, ascending (the same as scanning with indexOf). */
export function occurrencesInText(text: string, exact: string): number[] {
  const index = exact.length >= Q ? indexFor(text, false) : null;
  const starts: number[] = [];
  if (!index) {
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
    return starts;
  }
  // Every occurrence holds the quote's rarest gram at the same offset: check only those places.
  let rarest = 0;
  let fewest = Infinity;
  for (let j = 0; j + Q <= exact.length; j += 1) {
    const g = gramAt(exact, j);
    const n = index.heads[g + 1] - index.heads[g];
    if (n < fewest) [rarest, fewest] = [j, n];
  }
  const g = gramAt(exact, rarest);
  for (let k = index.heads[g]; k < index.heads[g + 1]; k += 1) {
    const start = index.positions[k] - rarest;
    if (start >= 0 && text.startsWith(exact, start)) starts.push(start);
  }
  return starts;
}

/** Where to look and how much of the quote's rarest grams a window must share. */
export interface WindowQuery {
  from: number;
  to: number;
  minShare: number;
}

/** Reused across calls (and cleared after each), so a look-up allocates nothing in proportion to the text. */
let buckets = new Int32Array(1024);

/**
 * Windows `[from, to)` of `text`, inside `query.from..query.to`, that may hold `quote` with
 * up to `maxErrors` edits, judged by how many of the quote's rarest 4-grams sit on (nearly)
 * the diagonal where the quote would start; the approximate matcher then runs only there.
 * A heuristic filter: a copy edited so heavily that it kept too few of those grams is not
 * found (it detaches, which is safe); a lightly edited one is.
 */
export function candidateWindows(text: string, quote: string, maxErrors: number, query: WindowQuery): Array<[number, number]> {
  const everything: Array<[number, number]> = [[query.from, query.to]];
  const index = quote.length >= Q ? indexFor(text, true) : null;
  if (!index) return everything;
  const m = quote.length;
  const { grams, offsets } = rarestGrams(index, quote, Math.max(64, text.length * FREQUENT_SHARE));
  if (grams.length === 0) return everything;
  // An edit moves the diagonal by one, so buckets are at least as wide as the errors allowed.
  const width = Math.max(32, maxErrors);
  const size = Math.ceil((text.length + m) / width) + 2;
  if (buckets.length < size) buckets = new Int32Array(size);
  const touched: number[] = [];
  const lowest = query.from - maxErrors - width;
  const highest = query.to + maxErrors;
  for (let i = 0; i < grams.length; i += 1) {
    const g = grams[i];
    for (let k = index.heads[g]; k < index.heads[g + 1]; k += 1) {
      const start = index.positions[k] - offsets[i];
      if (start < lowest || start > highest) continue;
      const b = Math.floor((start + m) / width);
      if (buckets[b]++ === 0) touched.push(b);
    }
  }
  const needed = Math.max(2, Math.ceil(grams.length * query.minShare));
  const hits: Array<{ b: number; shared: number }> = [];
  for (const b of touched) {
    const shared = buckets[b] + buckets[b + 1];
    if (shared >= needed) hits.push({ b, shared });
  }
  for (const b of touched) buckets[b] = 0;
  hits.sort((x, y) => y.shared - x.shared || x.b - y.b);
  const windows = hits.slice(0, MAX_WINDOWS).map(({ b }): [number, number] => {
    const from = b * width - m - maxErrors - Q;
    return [Math.max(query.from, from), Math.min(query.to, from + 2 * width + 2 * m + 2 * maxErrors + 2 * Q)];
  });
  return mergeWindows(windows.filter(([a, z]) => a < z));
}

/**
 * Up to GRAMS_COUNTED of the quote's grams that occur at most `frequent` times: the rarest
 * of each of as many equal stretches of the quote, so that one edited stretch takes out
 * only its own share of them.
 */
function rarestGrams(index: GramIndex, quote: string, frequent: number): { grams: number[]; offsets: number[] } {
  const total = quote.length - Q + 1;
  const stretches = Math.min(GRAMS_COUNTED, total);
  const grams: number[] = [];
  const offsets: number[] = [];
  for (let s = 0; s < stretches; s += 1) {
    let best = -1;
    let fewest = frequent + 1;
    for (let j = Math.floor((s * total) / stretches); j < Math.floor(((s + 1) * total) / stretches); j += 1) {
      const g = gramAt(quote, j);
      const n = index.heads[g + 1] - index.heads[g];
      if (n < fewest) [best, fewest] = [j, n];
    }
    if (best === -1) continue;
    grams.push(gramAt(quote, best));
    offsets.push(best);
  }
  return { grams, offsets };
}

function mergeWindows(windows: Array<[number, number]>): Array<[number, number]> {
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}
