/**
 * Which annotation is under a text offset: a sorted interval index.
 *
 * Intervals are kept sorted by start with a running maximum of ends ("max-end
 * augmentation"): for a point x, every interval containing x sits at or before the last start
 * <= x, and the walk backwards can stop as soon as the running maximum end is <= x. Lookups are
 * a binary search plus the few overlapping intervals; adding or removing one is a splice
 * (O(n) moves, microseconds for thousands).
 */

/** One interval `[start, end)` of the plain text owned by `id`. */
export interface HitInterval {
  id: string;
  start: number;
  end: number;
}

/** A sorted interval index over annotation ranges. */
export interface HitIndex {
  /** Adds an interval, or moves it when the id is already indexed. */
  set(id: string, start: number, end: number): void;
  /** Removes an interval; false when the id was not indexed. */
  remove(id: string): boolean;
  /** Replaces everything with these intervals (one sort, for opening an article). */
  load(intervals: Iterable<HitInterval>): void;
  /** Ids of all intervals containing `offset`, shortest first. */
  at(offset: number): string[];
  /** Ids of all intervals overlapping `[start, end)`, in start order. */
  overlapping(start: number, end: number): string[];
  /** The most specific (shortest) interval containing `offset`, or null. */
  top(offset: number): string | null;
  has(id: string): boolean;
  get(id: string): HitInterval | undefined;
  readonly size: number;
  clear(): void;
}

/** Creates an empty hit index. */
export function createHitIndex(): HitIndex {
  let starts: number[] = [];
  let ends: number[] = [];
  let ids: string[] = [];
  let maxEnd: number[] = [];
  const byId = new Map<string, HitInterval>();

  /** First position whose (start, id) sorts after the given key. */
  function upperBound(start: number, id: string): number {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < start || (starts[mid] === start && ids[mid] <= id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Last position whose start is <= offset, -1 if none. */
  function lastStartAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  function refreshMaxFrom(pos: number): void {
    for (let k = Math.max(0, pos); k < starts.length; k++) {
      const prev = k > 0 ? maxEnd[k - 1] : -Infinity;
      maxEnd[k] = Math.max(prev, ends[k]);
    }
    maxEnd.length = starts.length;
  }

  function removeAt(id: string): boolean {
    const old = byId.get(id);
    if (!old) return false;
    const pos = upperBound(old.start, id) - 1;
    starts.splice(pos, 1);
    ends.splice(pos, 1);
    ids.splice(pos, 1);
    maxEnd.splice(pos, 1);
    byId.delete(id);
    refreshMaxFrom(pos);
    return true;
  }

  function collect(offset: number): HitInterval[] {
    const hits: HitInterval[] = [];
    for (let k = lastStartAtOrBefore(offset); k >= 0 && maxEnd[k] > offset; k--) {
      if (ends[k] > offset) hits.push(byId.get(ids[k])!);
    }
    return hits.sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
  }

  return {
    set(id, start, end) {
      removeAt(id);
      const pos = upperBound(start, id);
      starts.splice(pos, 0, start);
      ends.splice(pos, 0, end);
      ids.splice(pos, 0, id);
      maxEnd.splice(pos, 0, 0);
      byId.set(id, { id, start, end });
      refreshMaxFrom(pos);
    },
    remove: removeAt,
    load(intervals) {
      byId.clear();
      const list: HitInterval[] = [];
      let sorted = true;
      for (const i of intervals) {
        const item = { id: i.id, start: i.start, end: i.end };
        const prev = list[list.length - 1];
        if (prev && (prev.start > item.start || (prev.start === item.start && prev.id > item.id))) sorted = false;
        list.push(item);
        byId.set(item.id, item);
      }
      // The store hands them over in document order already; sort only when it did not.
      if (!sorted) list.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const n = list.length;
      starts = new Array(n);
      ends = new Array(n);
      ids = new Array(n);
      maxEnd = new Array(n);
      for (let k = 0; k < n; k++) {
        starts[k] = list[k].start;
        ends[k] = list[k].end;
        ids[k] = list[k].id;
      }
      refreshMaxFrom(0);
    },
    at: (offset) => collect(offset).map((i) => i.id),
    overlapping(start, end) {
      const out: string[] = [];
      // Intervals starting inside the window, then earlier ones still reaching into it.
      const last = lastStartAtOrBefore(end - 1);
      for (let k = last; k >= 0 && (starts[k] >= start || maxEnd[k] > start); k--) {
        if (ends[k] > start) out.push(ids[k]);
      }
      return out.reverse();
    },
    top(offset) {
      // Inline scan instead of collect(): the click path must not allocate or sort.
      let best: string | null = null;
      let bestLen = Infinity;
      for (let k = lastStartAtOrBefore(offset); k >= 0 && maxEnd[k] > offset; k--) {
        const len = ends[k] - starts[k];
        if (ends[k] > offset && len < bestLen) {
          best = ids[k];
          bestLen = len;
        }
      }
      return best;
    },
    has: (id) => byId.has(id),
    get: (id) => byId.get(id),
    get size() {
      return byId.size;
    },
    clear() {
      starts = [];
      ends = [];
      ids = [];
      maxEnd = [];
      byId.clear();
    },
  };
}
