/**
 * A MiniSearch index that can be built in one pass and saved in a compact form.
 *
 * Why: `add` inserts every word into MiniSearch's radix tree one at a time, and `loadJSON`
 * rebuilds its maps from objects keyed by strings; for 10,000 articles each took seconds.
 * This subclass fills the same internal structures (which MiniSearch keeps `protected` for
 * subclasses) directly: each article's words are counted into flat arrays (compact-build.ts),
 * each distinct word goes into the tree once, and the saved form is flat number arrays with
 * the tree's shape (see shard-file.ts), read lazily on load (lazy-maps.ts). Searching,
 * adding and discarding are MiniSearch's own. Unit tests hold `fromDocs` to exactly what
 * `addAll` builds, and the compact form to a lossless round trip.
 */
import MiniSearch from 'minisearch';
import { FIELDS, MINISEARCH_OPTIONS, type SearchDoc } from './options.js';
import { compactOf } from './compact-build.js';
import { LazyTermData, saveTree, savedTreeRoot, type SavedTree } from './lazy-maps.js';

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
  /** Terms in postings order, when `tree` is not given (an index built from articles). */
  terms: string[];
  /** The term tree of a saved index, so loading need not insert every term again. */
  tree?: SavedTree;
  /** Where each term's postings start in `postings` (one more entry than terms). */
  termStarts: Int32Array;
  /** Per term: fieldId, count, then count pairs of (short id delta, frequency); repeated per field. */
  postings: Int32Array;
}

type Postings = Map<number, Map<number, number>>;

/** MiniSearch with one-pass building and a compact saved form. */
export class ShardIndex extends MiniSearch<SearchDoc> {
  constructor() {
    super(MINISEARCH_OPTIONS);
    FIELDS.forEach((field, i) => (this._fieldIds[field] = i));
  }

  /** The index of `docs`, equal to `addAll(docs)` on an empty index. */
  static fromDocs(docs: readonly SearchDoc[]): ShardIndex {
    return ShardIndex.fromCompact(compactOf(docs));
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
    // The term data stands in for the Map MiniSearch keeps per term (see LazyTermData).
    if (saved.tree) {
      index._index._tree = savedTreeRoot({ tree: saved.tree, termStarts: saved.termStarts, postings: data }) as never;
    } else {
      const put = index._index as unknown as Map<string, LazyTermData>;
      saved.terms.forEach((term, t) => put.set(term, new LazyTermData(data, saved.termStarts[t], saved.termStarts[t + 1])));
    }
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
    const termStarts: number[] = [];
    const data: number[] = [];
    const tree = saveTree(this._index._tree as Map<string, unknown>, (value) => {
      termStarts.push(data.length);
      const byField = value as Postings;
      if (byField instanceof LazyTermData && byField.copyPending(data)) return;
      for (const [fieldId, freqs] of byField) {
        data.push(fieldId, freqs.size);
        const sorted = [...freqs].sort((x, y) => x[0] - y[0]);
        let previous = 0;
        for (const [shortId, freq] of sorted) {
          data.push(shortId - previous, freq);
          previous = shortId;
        }
      }
    });
    termStarts.push(data.length);
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      averageFieldLength: this._avgFieldLength,
      shortIds: Int32Array.from(shortIds),
      ids,
      fieldLengths: Int32Array.from(fieldLengths),
      terms: [],
      tree,
      termStarts: Int32Array.from(termStarts),
      postings: Int32Array.from(data),
    };
  }
}

