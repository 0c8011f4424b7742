/**
 * The HTML comments that mark what Lectern wrote in an exported file. They are invisible
 * when the Markdown is rendered and let a re-export tell our blocks from the person's text.
 */
import { blockHash } from './hash.js';

/** Kinds of marked block. `removed` holds highlights deleted in the app, kept for the reader. */
export type BlockKind = 'header' | 'annotation' | 'article-note' | 'removed';

const KINDS = '(header|annotation|article-note|removed)';
const OPEN = new RegExp(`^<!-- lectern:${KINDS}(?: id=(\\S+))? hash=([0-9a-f]+) -->$`);
const CLOSE = new RegExp(`^<!-- /lectern:${KINDS} -->$`);
const FILE = /^<!-- lectern:file id=(\S+) -->$/;

export type OpenMarker = { kind: BlockKind; id: string | null; hash: string };

/** Ids go through URI encoding so `-->`, spaces or newlines in an id cannot break the comment. */
function encodeId(id: string): string {
  return encodeURIComponent(id);
}

function decodeId(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The line that marks a file as a Lectern export of one article. */
export function fileMarker(articleId: string): string {
  return `<!-- lectern:file id=${encodeId(articleId)} -->`;
}

/** Reads a file marker line; null when the line is not one. */
export function parseFileMarker(line: string): string | null {
  const match = FILE.exec(line.trim());
  return match ? decodeId(match[1]) : null;
}

/** Wraps a block's text in its markers, the opening one carrying the hash of that text. */
export function wrapBlock(kind: BlockKind, id: string | null, body: string): string {
  const [open, close] = markerLines(kind, id, blockHash(body));
  return `${open}\n${body}\n${close}`;
}

/** Reads an opening marker line; null when the line is not one. */
export function parseOpenMarker(line: string): OpenMarker | null {
  const match = OPEN.exec(line.trim());
  if (!match) return null;
  const id = match[2] === undefined ? null : decodeId(match[2]);
  if (match[2] !== undefined && id === null) return null;
  return { kind: match[1] as BlockKind, id, hash: match[3] };
}

/** The kind a closing marker line closes; null when the line is not one. */
export function parseCloseMarker(line: string): BlockKind | null {
  const match = CLOSE.exec(line.trim());
  return match ? (match[1] as BlockKind) : null;
}

/** The opening and closing lines of a block, for rewriting a block under another kind. */
export function markerLines(kind: BlockKind, id: string | null, hash: string): [string, string] {
  const idPart = id === null ? '' : ` id=${encodeId(id)}`;
  return [`<!-- lectern:${kind}${idPart} hash=${hash} -->`, `<!-- /lectern:${kind} -->`];
}
