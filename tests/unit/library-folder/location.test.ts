/** Moving the data folder (copy, verify, switch, keep the old copy) and finding it again at start. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locationFile, resolveDataDir } from '../../../main/core/library-folder/location.js';
import { DataMoveError, moveDataFolder } from '../../../main/core/library-folder/move.js';
import { createLectern } from '../../../main/core/library.js';

let root: string;
let home: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lectern-location-'));
  home = join(root, 'home');
  mkdirSync(home);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const DATA = JSON.stringify({ schemaVersion: 3, annotations: [{ id: 'a1', note: 'été ✓' }], settings: { theme: 'dark' } });

/** A closed library as the app leaves it: data file, backup, an imported article, a search shard. */
function fakeLibrary(dir: string) {
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'search-index'), { recursive: true });
  writeFileSync(join(dir, 'lectern.json'), DATA);
  writeFileSync(join(dir, 'lectern.json.bak'), DATA);
  writeFileSync(join(dir, 'articles', 'my notes.md'), '# My notes\n\nA paragraph.');
  writeFileSync(join(dir, 'search-index', 'shard-1-of-1.json'), '{"docs":[]}');
  return dir;
}

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')];
      }),
  );

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataMoveError);
  return (error as DataMoveError).reason;
};

describe('moving the data folder', () => {
  it('copies the library, checks it, points location.json at the new folder and leaves the old copy as it was', async () => {
    const from = fakeLibrary(home);
    const before = snapshot(from);
    const to = join(root, 'Dropbox', 'Lectern');
    const report = await moveDataFolder(from, to, { defaultDir: home, now: () => new Date('2025-03-01T10:00:00Z') });

    expect(report.files.map((f) => f.name).sort()).toEqual(
      ['lectern.json', 'lectern.json.bak', join('articles', 'my notes.md'), join('search-index', 'shard-1-of-1.json')].sort(),
    );
    for (const file of report.files) expect(snapshot(to)[file.name]).toBe(file.sha256);
    expect(JSON.parse(readFileSync(join(to, 'lectern.json'), 'utf8'))).toEqual(JSON.parse(DATA));
    expect(report.lines.join('\n')).toMatch(/Copied 4 files .* checked each copy/);
    expect(report.lines.join('\n')).toContain(`The old copy stays in ${from}`);

    const pointer = JSON.parse(readFileSync(locationFile(home), 'utf8'));
    expect(pointer).toEqual({ version: 1, dataDir: to, movedFrom: from, movedAt: '2025-03-01T10:00:00.000Z' });
    const oldNow = snapshot(from);
    delete oldNow['location.json'];
    expect(oldNow).toEqual(before);
    expect(await resolveDataDir(home)).toEqual({ dataDir: to, moved: true, notices: [] });
  });

  it('moves a real library, which then opens at the new place with its highlights', async () => {
    const first = await createLectern({ seedsDir: resolve('seeds'), dataDir: home });
    const [article] = await first.api.listArticles({});
    const full = await first.api.getArticle({ id: article.id });
    const para = full.blocks.find((b) => b.kind === 'paragraph')!;
    await first.api.createAnnotation({ articleId: article.id, range: { start: para.start, end: para.start + 20 }, colour: 'pink', note: 'moved with me', tags: [] });
    await first.api.importArticle({ fileName: 'clipping.md', content: '# A clipping\n\nSomething worth keeping.' });
    await first.close();

    const to = join(root, 'sync');
    await moveDataFolder(home, to, { defaultDir: home });
    const { dataDir } = await resolveDataDir(home);
    const second = await createLectern({ seedsDir: resolve('seeds'), dataDir });
    try {
      expect(second.dataFile).toBe(join(to, 'lectern.json'));
      const notes = (await second.api.listAnnotations({ articleId: article.id })).map((a) => a.note);
      expect(notes).toEqual(['moved with me']);
      expect((await second.api.listArticles({})).map((a) => a.title)).toContain('A clipping');
    } finally {
      await second.close();
    }
  });

  it.each([
    ['the same folder', (from: string) => from, 'same-folder'],
    ['a folder inside the current one', (from: string) => join(from, 'inner'), 'inside-source'],
    ['a folder that already holds a library', () => fakeLibrary(join(root, 'other')), 'holds-library'],
    ['a folder already holding an imported article of the same name', () => {
      mkdirSync(join(root, 'half', 'articles'), { recursive: true });
      writeFileSync(join(root, 'half', 'articles', 'my notes.md'), 'someone else’s');
      return join(root, 'half');
    }, 'holds-library'],
    ['a file', () => (writeFileSync(join(root, 'a-file'), 'x'), join(root, 'a-file')), 'not-a-folder'],
    ['a relative path', () => 'relative/folder', 'not-absolute'],
  ])('refuses to move into %s, copying nothing', async (_name, target, reason) => {
    const from = fakeLibrary(home);
    const before = snapshot(from);
    const to = target(from);
    const otherBefore = existsSync(to) && statSync(to).isDirectory() && !to.startsWith(from) ? readdirSync(to, { recursive: true }).sort() : null;
    expect(await refusal(moveDataFolder(from, to, { defaultDir: home }))).toBe(reason);
    expect(existsSync(locationFile(home))).toBe(false);
    expect(snapshot(from)).toEqual(before);
    if (otherBefore) expect(readdirSync(to, { recursive: true }).sort()).toEqual(otherBefore);
  });

  it('sees through a symbolic link to the current folder', async () => {
    const from = fakeLibrary(home);
    symlinkSync(from, join(root, 'alias'));
    expect(await refusal(moveDataFolder(from, join(root, 'alias', 'sub'), { defaultDir: home }))).toBe('inside-source');
  });

  it.each([
    ['holds no data file', (dir: string) => rmSync(join(dir, 'lectern.json')), 'no-library'],
    ['holds a damaged data file', (dir: string) => writeFileSync(join(dir, 'lectern.json'), '{"annotations": ['), 'damaged-library'],
    ['is still open in this process', (dir: string) => writeFileSync(join(dir, 'lectern.lock'), String(process.pid)), 'in-use'],
  ])('refuses to move a library that %s', async (_name, spoil, reason) => {
    const from = fakeLibrary(home);
    spoil(from);
    expect(await refusal(moveDataFolder(from, join(root, 'new'), { defaultDir: home }))).toBe(reason);
    expect(existsSync(join(root, 'new'))).toBe(false);
  });

  it('never copies the lock file', async () => {
    const from = fakeLibrary(home);
    writeFileSync(join(from, 'lectern.lock'), '999999999');
    const report = await moveDataFolder(from, join(root, 'new'), { defaultDir: home });
    expect(report.files.map((f) => f.name)).not.toContain('lectern.lock');
    expect(existsSync(join(root, 'new', 'lectern.lock'))).toBe(false);
  });

  it('takes back a copy that failed half way and leaves the pointer alone', async () => {
    const from = fakeLibrary(home);
    const to = join(root, 'Lectern');
    mkdirSync(to);
    // A file where the imported articles' folder must go: the data file copies, then the articles cannot.
    writeFileSync(join(to, 'articles'), 'in the way');
    const reason = await refusal(moveDataFolder(from, to, { defaultDir: home }));
    expect(reason).toBe('copy-failed');
    expect(readdirSync(to)).toEqual(['articles']);
    expect(readFileSync(join(to, 'articles'), 'utf8')).toBe('in the way');
    expect(existsSync(locationFile(home))).toBe(false);
  });
});

describe('finding the data folder at start', () => {
  it('uses the default folder when nothing was moved', async () => {
    expect(await resolveDataDir(home)).toEqual({ dataDir: home, moved: false, notices: [] });
  });

  it('falls back to the default folder, and says why, when the folder moved to is missing', async () => {
    fakeLibrary(home);
    const to = join(root, 'usb-stick', 'Lectern');
    await moveDataFolder(home, to, { defaultDir: home });
    rmSync(join(root, 'usb-stick'), { recursive: true });
    const location = await resolveDataDir(home);
    expect(location.dataDir).toBe(home);
    expect(location.moved).toBe(false);
    expect(location.notices).toEqual([expect.stringMatching(/moved to .*usb-stick.* cannot be found.*opened the copy in/)]);
  });

  it('falls back when the folder moved to no longer holds the data file', async () => {
    fakeLibrary(home);
    const to = join(root, 'sync');
    await moveDataFolder(home, to, { defaultDir: home });
    rmSync(join(to, 'lectern.json'));
    expect((await resolveDataDir(home)).notices).toEqual([expect.stringContaining('holds no lectern.json')]);
  });

  it.each([
    ['not JSON', '{nope'],
    ['another format', '{"version": 2, "dataDir": "/x"}'],
    ['a relative folder', '{"version": 1, "dataDir": "elsewhere"}'],
  ])('opens the default folder with a notice when location.json is %s', async (_name, text) => {
    writeFileSync(locationFile(home), text);
    const location = await resolveDataDir(home);
    expect(location.dataDir).toBe(home);
    expect(location.notices).toEqual([expect.stringContaining('could not read')]);
  });
});
