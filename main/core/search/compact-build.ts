/**
 * Builds the compact saved form of an index (see CompactIndex) straight from articles.
 *
 * Why: counting every (word, article) pair into MiniSearch's nested maps was most of the
 * build (about a second for 5,000 articles); here each distinct word gets a number once, the
 * pairs are appended to flat integer arrays and then placed into the postings in one
 * counting-sort pass. Loading that form (ShardIndex.fromCompact) gives the same index
 * `addAll` builds: terms in the order first seen, each term's fields in the order first seen,
 * postings in short id order, MiniSearch's running average of field lengths.
 */
import { FIELDS, type SearchDoc } from './options.js';
import type { CompactIndex } from './shard-index.js';
import { tokenize } from './tokenize.js';

/** A growable Int32Array. */
class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length * 2);
    this.data[this.length++] = value;
  }

  /** Makes room for index `at`, filled with zeros. */
  ensure(at: number): void {
    if (at >= this.data.length) this.grow(Math.max(at + 1, this.data.length * 2));
  }

  private grow(size: number): void {
    const next = new Int32Array(size);
    next.set(this.data);
    this.data = next;
  }
}

/** Every (term, field, article) occurrence count, in article then field order. */
interface Occurrences {
  terms: string[];
  /** term * FIELDS.length + field */
  key: IntList;
  doc: IntList;
  freq: IntList;
  fieldLengths: Int32Array;
  averageFieldLength: number[];
}

function countOccurrences(docs: readonly SearchDoc[]): Occurrences {
  const width = FIELDS.length;
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const counts = new IntList();
  const touched: number[] = [];
  const out = { key: new IntList(), doc: new IntList(), freq: new IntList() };
  const fieldLengths = new Int32Array(docs.length * width);
  const average = FIELDS.map(() => 0);
  docs.forEach((doc, shortId) => {
    FIELDS.forEach((field, fieldId) => {
      for (const word of tokenize(doc[field])) {
        let t = ids.get(word);
        if (t === undefined) {
          ids.set(word, (t = terms.length));
          terms.push(word);
          counts.ensure(t);
        }
        if (counts.data[t]++ === 0) touched.push(t);
      }
      for (const t of touched) {
        out.key.push(t * width + fieldId);
        out.doc.push(shortId);
        out.freq.push(counts.data[t]);
        counts.data[t] = 0;
      }
      fieldLengths[shortId * width + fieldId] = touched.length;
      // MiniSearch's running average, in the same floating-point steps.
      average[fieldId] = (average[fieldId] * shortId + touched.length) / (shortId + 1);
      touched.length = 0;
    });
  });
  return { terms, ...out, fieldLengths, averageFieldLength: average };
}

/** The compact form of the index `addAll(docs)` builds on an empty index. */
export function compactOf(docs: readonly SearchDoc[]): CompactIndex {
  const width = FIELDS.length;
  const occ = countOccurrences(docs);
  const keys = occ.terms.length * width;
  const pairs = new Int32Array(keys);
  const first = new Int32Array(keys).fill(-1);
  for (let r = 0; r < occ.key.length; r++) {
    const k = occ.key.data[r];
    if (pairs[k]++ === 0) first[k] = r;
  }
  // Where each (term, field) block starts: terms in order, a term's fields in the order first seen.
  const cursor = new Int32Array(keys);
  const termStarts = new Int32Array(occ.terms.length + 1);
  const postings = new Int32Array(2 * (occ.key.length + countBlocks(pairs)));
  const order = FIELDS.map((_, f) => f);
  let at = 0;
  for (let t = 0; t < occ.terms.length; t++) {
    termStarts[t] = at;
    const base = t * width;
    const fields = order.filter((f) => pairs[base + f] > 0).sort((a, b) => first[base + a] - first[base + b]);
    for (const f of fields) {
      postings[at] = f;
      postings[at + 1] = pairs[base + f];
      cursor[base + f] = at + 2;
      at += 2 + 2 * pairs[base + f];
    }
  }
  termStarts[occ.terms.length] = at;
  const previous = new Int32Array(keys);
  for (let r = 0; r < occ.key.length; r++) {
    const k = occ.key.data[r];
    const doc = occ.doc.data[r];
    postings[cursor[k]] = doc - previous[k];
    postings[cursor[k] + 1] = occ.freq.data[r];
    cursor[k] += 2;
    previous[k] = doc;
  }
  return {
    documentCount: docs.length,
    nextId: docs.length,
    dirtCount: 0,
    averageFieldLength: occ.averageFieldLength,
    shortIds: Int32Array.from(docs, (_, i) => i),
    ids: docs.map((d) => d.id),
    fieldLengths: occ.fieldLengths,
    terms: occ.terms,
    termStarts,
    postings,
  };
}

/** How many (term, field) blocks have postings. */
function countBlocks(pairs: Int32Array): number {
  let n = 0;
  for (let k = 0; k < pairs.length; k++) if (pairs[k] > 0) n++;
  return n;
}
