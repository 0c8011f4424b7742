/**
 * Reads an exported file back as front matter plus a list of nodes: single lines of the
 * person's text, or whole blocks between our markers. The merge edits this list.
 */
import { splitFrontMatter } from './front-matter.js';
import { blockHash } from './hash.js';
import { parseCloseMarker, parseFileMarker, parseOpenMarker, type BlockKind } from './markers.js';

export type LineNode = { type: 'line'; text: string };
export type BlockNode = {
  type: 'block';
  kind: BlockKind;
  id: string | null;
  /** The hash written in the marker: the block's text when Lectern wrote it. */
  hash: string;
  /** The lines between the markers. */
  body: string[];
  /** The marker lines as found, so a block we leave alone is written back byte for byte. */
  open: string;
  close: string;
};
export type DocNode = LineNode | BlockNode;

export type ExportDoc = {
  frontMatter: string | null;
  nodes: DocNode[];
  /** `\r\n` when the file used Windows line endings; the merge writes them back the same way. */
  eol: '\n' | '\r\n';
};

/** `header`, `article-note`, or `annotation:<id>`: what identifies a block across exports. */
export function blockKey(node: Pick<BlockNode, 'kind' | 'id'>): string {
  return node.kind === 'annotation' || node.kind === 'removed' ? `${node.kind}:${node.id ?? ''}` : node.kind;
}

/** True when the person changed the block since Lectern wrote it. */
export function isEdited(node: BlockNode): boolean {
  return blockHash(node.body.join('\n')) !== node.hash;
}

/**
 * Parses a file. A marker without its closing partner, a block inside a block, or a second
 * block with the same key is read as plain lines: never guessed at, never dropped.
 */
export function parseExport(text: string): ExportDoc {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const { frontMatter, body } = splitFrontMatter(text);
  const lines = body.replace(/\n$/, '').split('\n');
  const nodes: DocNode[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const block = readBlock(lines, i);
    if (block && !seen.has(blockKey(block.node))) {
      seen.add(blockKey(block.node));
      nodes.push(block.node);
      i = block.last;
    } else {
      nodes.push({ type: 'line', text: lines[i] });
    }
  }
  return { frontMatter, nodes, eol };
}

function readBlock(lines: string[], start: number): { node: BlockNode; last: number } | null {
  const open = parseOpenMarker(lines[start]);
  if (!open) return null;
  for (let j = start + 1; j < lines.length; j++) {
    if (parseOpenMarker(lines[j])) return null;
    const closes = parseCloseMarker(lines[j]);
    if (closes === null) continue;
    if (closes !== open.kind) return null;
    const node: BlockNode = { type: 'block', ...open, body: lines.slice(start + 1, j), open: lines[start], close: lines[j] };
    return { node, last: j };
  }
  return null;
}

/** The article id the file says it belongs to: `lectern_id` in front matter or the file marker. */
export function fileMarkerId(doc: ExportDoc): string | null {
  for (const node of doc.nodes) {
    if (node.type === 'line') {
      const id = parseFileMarker(node.text);
      if (id !== null) return id;
    }
  }
  return null;
}

/** Writes the nodes back as text. */
export function serialiseExport(doc: ExportDoc): string {
  const lines: string[] = [];
  if (doc.frontMatter !== null) lines.push('---', ...(doc.frontMatter === '' ? [] : doc.frontMatter.split('\n')), '---');
  for (const node of doc.nodes) {
    if (node.type === 'line') lines.push(node.text);
    else lines.push(node.open, ...node.body, node.close);
  }
  return `${lines.join('\n')}\n`.replace(/\n/g, doc.eol);
}

/** Matches a `## ` section heading line (the exporter's own are level 2). */
export function headingText(node: DocNode): string | null {
  if (node.type !== 'line') return null;
  const match = /^ {0,3}##[ \t]+(.*?)[ \t]*$/.exec(node.text);
  return match ? match[1] : null;
}

/** For each node, the `## ` heading it sits under (null before the first). */
export function sectionsOf(nodes: readonly DocNode[]): (string | null)[] {
  let current: string | null = null;
  return nodes.map((node) => {
    const heading = headingText(node);
    if (heading !== null) current = heading;
    return current;
  });
}
