/**
 * Re-export into a file the person may have edited. Blocks Lectern wrote and nobody touched
 * (their hash still matches) take the fresh text; edited blocks are kept and reported as
 * conflicts; the person's own lines stay where they are; highlights deleted in the app move
 * to a `## Removed` section; new highlights go in at their place in document order.
 * Pure: returns the merged text and a report, so a dry run is simply not writing it.
 */
import { ApiFailure } from '../errors.js';
import { mergeFrontMatter, parseMapping } from './front-matter.js';
import { DETACHED_HEADING, HIGHLIGHTS_HEADING, REMOVED_HEADING } from './highlights.js';
import { markerLines, parseFileMarker } from './markers.js';
import { blockKey, fileMarkerId, headingText, isEdited, parseExport, sectionsOf, serialiseExport } from './segments.js';
import type { BlockNode, DocNode, ExportDoc } from './segments.js';

/** Annotation ids, or `header`, `article-note`, `front-matter` for those parts of the file. */
export type MergeReport = { updated: string[]; unchanged: string[]; added: string[]; conflicts: string[]; removed: string[] };
export type MergeResult = { merged: string; report: MergeReport };

type FreshBlock = { key: string; node: BlockNode; section: string | null };

const BLANK: DocNode = { type: 'line', text: '' };

/** The article a file says it belongs to: front matter `lectern_id` first, then the file marker. */
function ownerOf(doc: ExportDoc): string | null {
  if (doc.frontMatter !== null) {
    const parsed = parseMapping(doc.frontMatter);
    if (parsed.ok && typeof parsed.map.lectern_id === 'string') return parsed.map.lectern_id;
  }
  return fileMarkerId(doc);
}

/** A file we did not write, or wrote for another article, is never touched. */
function assertOurs(existing: ExportDoc, articleId: string): void {
  const owner = ownerOf(existing);
  if (owner === null) {
    throw new ApiFailure('conflict', 'This file was not exported by Lectern (it has no lectern_id and no Lectern marker), so it was left untouched.');
  }
  if (owner !== articleId) {
    throw new ApiFailure('conflict', `This file belongs to another article (lectern_id ${JSON.stringify(owner)}), so it was left untouched.`);
  }
}

function reportId(node: BlockNode): string {
  return node.kind === 'annotation' || node.kind === 'removed' ? (node.id ?? '') : node.kind;
}

function isBlank(node: DocNode | undefined): boolean {
  return node?.type === 'line' && node.text.trim() === '';
}

function isBlockWithKey(node: DocNode, key: string): boolean {
  return node.type === 'block' && blockKey(node) === key;
}

function freshBlocks(doc: ExportDoc): FreshBlock[] {
  const sections = sectionsOf(doc.nodes);
  const blocks: FreshBlock[] = [];
  doc.nodes.forEach((node, i) => {
    if (node.type === 'block') blocks.push({ key: blockKey(node), node, section: sections[i] });
  });
  return blocks;
}

type Pass = { out: DocNode[]; removed: BlockNode[]; placed: Set<string>; moved: Set<string> };

/**
 * Headings Lectern writes. A block under one of them that belongs elsewhere now (it became
 * detached, changed colour) moves; a block under a heading the person renamed stays put.
 */
function lecternHeadings(fresh: Map<string, FreshBlock>): Set<string | null> {
  const sections = [...fresh.values()].map((b) => b.section).filter((s) => s !== null);
  return new Set([HIGHLIGHTS_HEADING, DETACHED_HEADING, ...sections]);
}

/** First pass over the existing file: keep, refresh, drop (to move) or retire each block. */
function refreshBlocks(existing: ExportDoc, fresh: Map<string, FreshBlock>, report: MergeReport): Pass {
  const pass: Pass = { out: [], removed: [], placed: new Set(), moved: new Set() };
  const sections = sectionsOf(existing.nodes);
  const ours = lecternHeadings(fresh);
  let dropped = false;
  existing.nodes.forEach((node, i) => {
    const skipBlank = dropped && isBlank(node) && isBlank(pass.out.at(-1));
    dropped = false;
    if (skipBlank) return;
    if (node.type === 'line' || node.kind === 'removed') {
      pass.out.push(node);
      return;
    }
    const key = blockKey(node);
    const match = fresh.get(key);
    const edited = isEdited(node);
    if (!match) {
      if (node.kind === 'annotation') {
        pass.removed.push(retire(node));
        report.removed.push(reportId(node));
        dropped = true;
      } else if (edited) {
        pass.out.push(node);
        report.conflicts.push(reportId(node));
      } else dropped = true;
      return;
    }
    if (edited) {
      pass.out.push(node);
      pass.placed.add(key);
      report.conflicts.push(reportId(node));
      return;
    }
    const changed = node.hash !== match.node.hash;
    if (node.kind === 'annotation' && sections[i] !== match.section && ours.has(sections[i])) {
      pass.moved.add(key);
      report.updated.push(reportId(node));
      dropped = true;
      return;
    }
    pass.out.push(match.node);
    pass.placed.add(key);
    (changed ? report.updated : report.unchanged).push(reportId(node));
  });
  return pass;
}

/** A block for a highlight deleted in the app: same text, marked so it is never matched again. */
function retire(node: BlockNode): BlockNode {
  const [open, close] = markerLines('removed', node.id, node.hash);
  return { ...node, kind: 'removed', open, close };
}

/** Index just past the section that starts at heading `h`: the next heading, the article note, or the end. */
function sectionEnd(out: DocNode[], h: number): number {
  for (let i = h + 1; i < out.length; i++) {
    const node = out[i];
    if (headingText(node) !== null || (node.type === 'block' && node.kind === 'article-note')) return i;
  }
  return out.length;
}

/** Puts `nodes` at the end of the section under heading `h`, before its trailing blank lines. */
function appendToSection(out: DocNode[], h: number, nodes: DocNode[]): void {
  let at = sectionEnd(out, h);
  while (at - 1 > h && isBlank(out[at - 1])) at--;
  const after = at < out.length ? [BLANK] : [];
  out.splice(at, 0, ...nodes.flatMap((n) => [BLANK, n]), ...after);
}

function appendAtEnd(out: DocNode[], nodes: DocNode[]): void {
  while (isBlank(out.at(-1))) out.pop();
  out.push(...nodes.flatMap((n, i) => (i === 0 && out.length === 0 ? [n] : [BLANK, n])));
}

function findHeading(out: DocNode[], heading: string | null): number {
  return heading === null ? -1 : out.findIndex((node) => headingText(node) === heading);
}

/** The `## ` heading that node `i` sits under, scanning back (cheaper than recomputing every section). */
function sectionAt(out: DocNode[], i: number): string | null {
  for (let j = i; j >= 0; j--) {
    const heading = headingText(out[j]);
    if (heading !== null) return heading;
  }
  return null;
}

/** Inserts a new or moved highlight after its predecessor in the fresh export, or where its section is. */
function insertAnnotation(out: DocNode[], list: FreshBlock[], k: number): void {
  const { node, section } = list[k];
  const inSection = (key: string): number => {
    const at = out.findIndex((n) => isBlockWithKey(n, key));
    return at >= 0 && sectionAt(out, at) === section ? at : -1;
  };
  for (let j = k - 1; j >= 0 && list[j].section === section; j--) {
    const at = inSection(list[j].key);
    if (at >= 0) return void out.splice(at + 1, 0, BLANK, node);
  }
  for (let j = k + 1; j < list.length && list[j].section === section; j++) {
    const at = inSection(list[j].key);
    if (at >= 0) return void out.splice(at, 0, node, BLANK);
  }
  const h = findHeading(out, section);
  if (h >= 0) return appendToSection(out, h, [node]);
  insertSection(out, list, section, node);
}

/** A section the file does not have yet: before the next section of the fresh export, the article note, or `## Removed`. */
function insertSection(out: DocNode[], list: FreshBlock[], section: string | null, node: BlockNode): void {
  const heading: DocNode = { type: 'line', text: `## ${section ?? ''}` };
  const order = [...new Set(list.map((b) => b.section))];
  const later = order.slice(order.indexOf(section) + 1);
  const candidates = [
    ...later.map((s) => findHeading(out, s)),
    out.findIndex((n) => n.type === 'block' && n.kind === 'article-note'),
    findHeading(out, REMOVED_HEADING),
  ];
  const at = candidates.find((i) => i >= 0);
  if (at === undefined) appendAtEnd(out, [heading, node]);
  else out.splice(at, 0, heading, BLANK, node, BLANK);
}

function insertHeader(out: DocNode[], node: BlockNode): void {
  const marker = out.findIndex((n) => n.type === 'line' && parseFileMarker(n.text) !== null);
  out.splice(marker + 1, 0, ...(marker >= 0 ? [BLANK, node] : [node, BLANK]));
}

function insertArticleNote(out: DocNode[], node: BlockNode): void {
  const removed = findHeading(out, REMOVED_HEADING);
  if (removed >= 0) out.splice(removed, 0, node, BLANK);
  else appendAtEnd(out, [node]);
}

function insertPending(pass: Pass, list: FreshBlock[], report: MergeReport): void {
  const annotations = list.filter((b) => b.node.kind === 'annotation');
  for (const block of list) {
    if (pass.placed.has(block.key)) continue;
    if (block.node.kind === 'header') insertHeader(pass.out, block.node);
    else if (block.node.kind === 'article-note') insertArticleNote(pass.out, block.node);
    else insertAnnotation(pass.out, annotations, annotations.indexOf(block));
    pass.placed.add(block.key);
    if (!pass.moved.has(block.key)) report.added.push(reportId(block.node));
  }
}

function appendRemoved(out: DocNode[], removed: BlockNode[]): void {
  if (removed.length === 0) return;
  const h = findHeading(out, REMOVED_HEADING);
  if (h >= 0) appendToSection(out, h, removed);
  else appendAtEnd(out, [{ type: 'line', text: `## ${REMOVED_HEADING}` }, ...removed]);
}

function mergedFrontMatter(existing: ExportDoc, fresh: ExportDoc, report: MergeReport): string | null {
  if (existing.frontMatter === null || existing.frontMatter.trim() === '') return fresh.frontMatter;
  if (fresh.frontMatter === null) return existing.frontMatter;
  const merged = mergeFrontMatter(existing.frontMatter, fresh.frontMatter);
  if (merged !== null) return merged;
  report.conflicts.push('front-matter');
  return existing.frontMatter;
}

/**
 * Merges a fresh export of an article into the file exported before. Throws an ApiFailure
 * (`conflict`) without looking further when the file is not a Lectern export of that article.
 */
export function mergeExport(existingFile: string, fresh: string): MergeResult {
  const next = parseExport(fresh);
  const articleId = ownerOf(next);
  if (articleId === null) throw new ApiFailure('invalid_input', 'The fresh export has no lectern_id; nothing was merged.');
  const existing = parseExport(existingFile);
  assertOurs(existing, articleId);
  const report: MergeReport = { updated: [], unchanged: [], added: [], conflicts: [], removed: [] };
  const list = freshBlocks(next);
  const pass = refreshBlocks(existing, new Map(list.map((b) => [b.key, b])), report);
  insertPending(pass, list, report);
  appendRemoved(pass.out, pass.removed);
  const frontMatter = mergedFrontMatter(existing, next, report);
  return { merged: serialiseExport({ frontMatter, nodes: pass.out, eol: existing.eol }), report };
}
