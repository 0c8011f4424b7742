/**
 * Export end to end in Node: from annotations made through the API to files in a folder,
 * re-exported after the user edited them, and the W3C backup taken and restored.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeLectern, type TestLectern } from '../helpers/lectern-fixture';
import { writeExportFolder } from '../../main/core/export/folder';

const ARTICLE = '000_23cbbf4dbe42963b';
let t: TestLectern;
let out: string;

async function highlight(phrase: string, note = '') {
  const { text } = await t.lectern.api.getArticle({ id: ARTICLE });
  const start = text.indexOf(phrase);
  return t.lectern.api.createAnnotation({ articleId: ARTICLE, range: { start, end: start + phrase.length }, colour: 'green', note, tags: ['paris'], exact: undefined });
}

async function exportAll() {
  const all = await t.lectern.api.exportLibrary({ options: {} });
  return writeExportFolder(out, [...all.files, all.index], { dryRun: false });
}

beforeEach(async () => {
  t = await makeLectern();
  out = await mkdtemp(join(tmpdir(), 'lectern-out-'));
});

describe('exporting to a folder', () => {
  it('writes one file per article plus an index that links them', async () => {
    await highlight('coalition of the willing', 'Who is *in* it?');
    await exportAll();
    const files = await readdir(out);
    expect(files).toHaveLength(6);
    expect(files).toContain('index.md');
    const index = await readFile(join(out, 'index.md'), 'utf8');
    expect(index).toContain('Europe pushes security guarantees');
    const article = await readFile(join(out, files.find((f) => f.startsWith('Europe pushes'))!), 'utf8');
    expect(article).toContain('coalition of the willing');
    expect(article).toContain('Who is *in* it?');
    expect(article).toContain(`lectern://article/${ARTICLE}#annotation=`);
  });

  it('keeps the user’s edits and text, and moves a highlight deleted in the app to Removed', async () => {
    const kept = await highlight('coalition of the willing', 'first note');
    const doomed = await highlight('Toulon', 'second note');
    await exportAll();
    const name = (await readdir(out)).find((f) => f.startsWith('Europe pushes'))!;
    const path = join(out, name);
    let file = await readFile(path, 'utf8');
    file = file.replace('first note', 'first note, edited in Obsidian');
    file += '\nMy own thoughts, written outside any block.\n';
    await writeFile(path, file);
    await t.lectern.api.deleteAnnotation({ id: doomed.id });
    await t.lectern.api.updateAnnotation({ id: kept.id, colour: 'pink' });

    const report = await exportAll();
    const merged = await readFile(path, 'utf8');
    expect(merged).toContain('first note, edited in Obsidian');
    expect(merged).toContain('My own thoughts, written outside any block.');
    expect(merged).toMatch(/## Removed[\s\S]*Toulon/);
    expect(report.conflicts).toBe(1);
  });

  it('changes nothing on a dry run', async () => {
    await highlight('coalition of the willing');
    const report = await writeExportFolder(out, (await t.lectern.api.exportLibrary({ options: {} })).files, { dryRun: true });
    expect(report.files.every((f) => f.action === 'created')).toBe(true);
    expect(await readdir(out)).toEqual([]);
  });

  it('never touches a file Lectern did not write', async () => {
    const all = await t.lectern.api.exportLibrary({ options: {} });
    const stranger = 'My own file with the same name.\n';
    await writeFile(join(out, all.files[0].fileName), stranger);
    await writeFile(join(out, 'index.md'), stranger);
    const report = await writeExportFolder(out, [...all.files, all.index], { dryRun: false });
    expect(await readFile(join(out, all.files[0].fileName), 'utf8')).toBe(stranger);
    expect(await readFile(join(out, 'index.md'), 'utf8')).toBe(stranger);
    expect(report.files.filter((f) => f.action === 'skipped')).toHaveLength(2);
  });
});

describe('the W3C backup', () => {
  it('restores the same annotations into a fresh store, and a second import adds nothing', async () => {
    await highlight('coalition of the willing', 'a **note**');
    await highlight('Toulon');
    const backup = await t.lectern.api.exportBackup({});
    const fresh = await makeLectern();
    const first = await fresh.lectern.api.importBackup({ json: backup.json });
    expect(first).toMatchObject({ added: 2, updated: 0, detached: 0, errors: [] });
    const second = await fresh.lectern.api.importBackup({ json: backup.json });
    expect(second).toMatchObject({ added: 0, unchanged: 2 });
    const before = await t.lectern.api.listAnnotations({ articleId: ARTICLE });
    const after = await fresh.lectern.api.listAnnotations({ articleId: ARTICLE });
    expect(after).toEqual(before);
  });

  it.each([
    ['malformed JSON', '{"type": "AnnotationCollection", '],
    ['an annotation for an unknown article', JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [{ type: 'Annotation', id: 'urn:uuid:5f0c6b1e-8a0e-4c1e-9a7e-1c2b3d4e5f60', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', motivation: 'highlighting', target: { source: 'urn:lectern:article:nope', selector: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'TextPositionSelector', start: 0, end: 1 }] } }] } })],
  ])('reports %s and keeps what is there', async (_name, json) => {
    const existing = await highlight('Toulon');
    const result = await t.lectern.api.importBackup({ json });
    expect(result.added).toBe(0);
    expect(result.errors.length).toBeGreaterThan(0);
    expect((await t.lectern.api.listAnnotations({ articleId: ARTICLE })).map((a) => a.id)).toEqual([existing.id]);
  });
});
