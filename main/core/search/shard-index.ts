/**
 * A MiniSearch index that can be built in one pass and saved in a compact form.
 *
 * Why: `add` inserts every word into MiniSearch's radix tree one at a time, and `loadJSON`
 * rebuilds its maps from objects keyed by strings; for 10,000 articles each took seconds.
 * This subclass fills the same internal structures (which MiniSearch keeps `protected` for
 * subclasses) directly: each article's words are counted once, each distinct word goes into
 * the tree once, and the saved form is flat number arrays (see shard-file.ts), read lazily. Searching,
 * adding and discarding are MiniSearch's own. Unit tests hold `fromDocs` to exactly what
 * `addAll` builds, and the compact form to a lossless round trip.
 */
import MiniSearch from 'minisearch';
import { FIELDS, MINISEARCH_OPTIONS, type SearchDoc } from './options.js';
import { tokenize } from './tokenize.js';

/** The saved form: document table, field lengths and postings as flat number arrays. */
export interface CompactIndex {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  averageFieldLength: number[];
  /** Short ids and the article ids they stand for. */
  shortIds: Int32Array;
  ids: string[];
  /** Per document, FIELDS.length lengths, in `shortIds` order. */
  fieldLengths: Int32Array;
  terms: string[];
  /** Where each term's postings start in `postings` (one more entry than terms). */
  termStarts: Int32Array;
  /** Per term: fieldId, count, then count pairs of (short id delta, frequency); repeated per field. */
  postings: Int32Array;
}

type Postings = Map<number, Map<number, number>>;

/** A term while building: its postings per field, and its count in the field being read. */
interface TermEntry {
  byField: Postings;
  count: number;
}

/**
 * One term's postings in one field, read from the saved form only when first used: loading
 * a library's index then costs one small object per term instead of a map entry per
 * (term, article) pair, and most terms are never searched for in a session.
 */
class LazyFreqs extends Map<number, number> {
  private pending: { data: Int32Array; at: number; count: number } | null;

  constructor(data: Int32Array, at: number, count: number) {
    super();
    this.pending = { data, at, count };
  }

  private fill(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    let shortId = 0;
    for (let k = 0, i = p.at; k < p.count; k++, i += 2) {
      shortId += p.data[i];
      super.set(shortId, p.data[i + 1]);
    }
  }

  override get(key: number): number | undefined {
    this.fill();
    return super.get(key);
  }
  override has(key: number): boolean {
    this.fill();
    return super.has(key);
  }
  override set(key: number, value: number): this {
    this.fill();
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    this.fill();
    return super.delete(key);
  }
  override clear(): void {
    this.pending = null;
    super.clear();
  }
  override get size(): number {
    return this.pending ? this.pending.count : super.size;
  }
  override forEach(fn: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(fn, thisArg);
  }
  override entries(): MapIterator<[number, number]> {
    this.fill();
    return super.entries();
  }
  override keys(): MapIterator<number> {
    this.fill();
    return super.keys();
  }
  override values(): MapIterator<number> {
    this.fill();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }
}

/** MiniSearch with one-pass building and a compact saved form. */
export class ShardIndex extends MiniSearch<SearchDoc> {
  constructor() {
    super(MINISEARCH_OPTIONS);
    FIELDS.forEach((field, i) => (this._fieldIds[field] = i));
  }

  /** The index of `docs`, equal to `addAll(docs)` on an empty index. */
  static fromDocs(docs: readonly SearchDoc[]): ShardIndex {
    const index = new ShardIndex();
    // One map lookup per word: each term's entry counts its occurrences in the field at hand.
    const terms = new Map<string, TermEntry>();
    const average = FIELDS.map(() => 0);
    const touched: TermEntry[] = [];
    docs.forEach((doc, shortId) => {
      index._documentIds.set(shortId, doc.id);
      index._idToShortId.set(doc.id, shortId);
      const lengths: number[] = [];
      FIELDS.forEach((field, fieldId) => {
        for (const term of tokenize(doc[field])) {
          let entry = terms.get(term);
          if (!entry) terms.set(term, (entry = { byField: new Map(), count: 0 }));
          if (entry.count++ === 0) touched.push(entry);
        }
        for (const entry of touched) {
          let freqs = entry.byField.get(fieldId);
          if (!freqs) entry.byField.set(fieldId, (freqs = new Map()));
          freqs.set(shortId, entry.count);
          entry.count = 0;
        }
        lengths[fieldId] = touched.length;
        // MiniSearch's running average, in the same floating-point steps.
        average[fieldId] = (average[fieldId] * shortId + touched.length) / (shortId + 1);
        touched.length = 0;
      });
      index._fieldLength.set(shortId, lengths);
    });
    for (const [term, entry] of terms) index._index.set(term, entry.byField);
    index._avgFieldLength = average;
    index._documentCount = docs.length;
    index._nextId = docs.length;
    return index;
  }

  /** The index saved by `toCompact`. */
  static fromCompact(saved: CompactIndex): ShardIndex {
    const index = new ShardIndex();
    const width = FIELDS.length;
    saved.shortIds.forEach((shortId, k) => {
      index._documentIds.set(shortId, saved.ids[k]);
      index._idToShortId.set(saved.ids[k], shortId);
      index._fieldLength.set(shortId, Array.from(saved.fieldLengths.subarray(k * width, k * width + width)));
    });
    const data = saved.postings;
    saved.terms.forEach((term, t) => {
      const byField: Postings = new Map();
      for (let i = saved.termStarts[t]; i < saved.termStarts[t + 1]; ) {
        const count = data[i + 1];
        byField.set(data[i], new LazyFreqs(data, i + 2, count));
        i += 2 + 2 * count;
      }
      index._index.set(term, byField);
    });
    index._avgFieldLength = saved.averageFieldLength;
    index._documentCount = saved.documentCount;
    index._nextId = saved.nextId;
    index._dirtCount = saved.dirtCount;
    return index;
  }

  /** The compact saved form of this index (any state, including discarded documents). */
  toCompact(): CompactIndex {
    const shortIds: number[] = [];
    const ids: string[] = [];
    const fieldLengths: number[] = [];
    for (const [shortId, id] of this._documentIds) {
      shortIds.push(shortId);
      ids.push(id);
      const lengths = this._fieldLength.get(shortId) ?? [];
      for (let f = 0; f < FIELDS.length; f++) fieldLengths.push(lengths[f] ?? 0);
    }
    const terms: string[] = [];
    const termStarts: number[] = [];
    const data: number[] = [];
    for (const [term, byField] of this._index) {
      terms.push(term);
      termStarts.push(data.length);
      for (const [fieldId, freqs] of byField) {
        data.push(fieldId, freqs.size);
        const sorted = [...freqs].sort((a, b) => a[0] - b[0]);
        let previous = 0;
        for (const [shortId, freq] of sorted) {
          data.push(shortId - previous, freq);
          previous = shortId;
        }
      }
    }
    termStarts.push(data.length);
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      averageFieldLength: this._avgFieldLength,
      shortIds: Int32Array.from(shortIds),
      ids,
      fieldLengths: Int32Array.from(fieldLengths),
      terms,
      termStarts: Int32Array.from(termStarts),
      postings: Int32Array.from(data),
    };
  }
}
