/**
 * The file a shard is saved in: a small JSON header (counts, article ids and fingerprints)
 * followed by the terms (or the term tree's edges) as one text and the numbers as raw little-endian 32-bit integers,
 * which load as views on the file's bytes without parsing. Loading the index is what every
 * start pays; JSON of the same index took several times longer to read.
 */
import type { CompactIndex } from './shard-index.js';

const MAGIC = 0x4c534958; // "LSIX"
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** What a shard file holds: the index and each article's fingerprint. */
export interface ShardFileData {
  ids: string[];
  stamps: string[];
  index: CompactIndex;
}

interface Header {
  format: number;
  ids: string[];
  stamps: string[];
  documentCount: number;
  nextId: number;
  dirtCount: number;
  averageFieldLength: number[];
  indexIds: string[];
  termBytes: number;
  /** Whether the text holds the term tree's edges (and treeShape is saved) instead of the terms. */
  tree: boolean;
  counts: { shortIds: number; fieldLengths: number; termStarts: number; postings: number; treeShape: number };
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The bytes of a shard file. */
export function encodeShardFile(format: number, data: ShardFileData): Uint8Array {
  const { index } = data;
  const terms = new TextEncoder().encode((index.tree?.edges ?? index.terms).join('\n'));
  const treeShape = index.tree?.shape ?? new Int32Array(0);
  const header: Header = {
    format,
    ids: data.ids,
    stamps: data.stamps,
    documentCount: index.documentCount,
    nextId: index.nextId,
    dirtCount: index.dirtCount,
    averageFieldLength: index.averageFieldLength,
    indexIds: index.ids,
    termBytes: terms.length,
    tree: index.tree !== undefined,
    counts: {
      shortIds: index.shortIds.length,
      fieldLengths: index.fieldLengths.length,
      termStarts: index.termStarts.length,
      postings: index.postings.length,
      treeShape: treeShape.length,
    },
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const arrays = [index.shortIds, index.fieldLengths, index.termStarts, index.postings, treeShape];
  const numbersAt = pad4(12 + json.length) + pad4(terms.length);
  const bytes = new Uint8Array(numbersAt + arrays.reduce((n, a) => n + a.byteLength, 0));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, format, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, 12);
  bytes.set(terms, pad4(12 + json.length));
  let at = numbersAt;
  for (const a of arrays) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return bytes;
}

/** The contents of a shard file, or null when it is of another format or not one at all. */
export function decodeShardFile(format: number, file: Uint8Array): ShardFileData | null {
  if (!LITTLE_ENDIAN || file.length < 12) return null;
  // Int32Array views need 4-byte alignment in their buffer.
  const bytes = file.byteOffset % 4 === 0 ? file : file.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== format) return null;
  const jsonLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength))) as Header;
  const termsAt = pad4(12 + jsonLength);
  const termText = new TextDecoder().decode(bytes.subarray(termsAt, termsAt + header.termBytes));
  let at = bytes.byteOffset + termsAt + pad4(header.termBytes);
  const take = (count: number) => {
    const a = new Int32Array(bytes.buffer, at, count);
    at += count * 4;
    return a;
  };
  const { counts } = header;
  const index: CompactIndex = {
    documentCount: header.documentCount,
    nextId: header.nextId,
    dirtCount: header.dirtCount,
    averageFieldLength: header.averageFieldLength,
    ids: header.indexIds,
    shortIds: take(counts.shortIds),
    fieldLengths: take(counts.fieldLengths),
    termStarts: take(counts.termStarts),
    postings: take(counts.postings),
    terms: [],
  };
  const strings = header.termBytes === 0 ? [] : termText.split('\n');
  const treeShape = take(counts.treeShape);
  if (header.tree) index.tree = { shape: treeShape, edges: strings };
  else index.terms = strings;
  if (at !== bytes.byteOffset + bytes.byteLength || header.ids.length !== header.stamps.length) return null;
  return { ids: header.ids, stamps: header.stamps, index };
}
