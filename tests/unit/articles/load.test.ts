import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, mkdir, rm, truncate, writeFile, chmod, utimes, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleIdFor, loadArticleFile, loadSeeds } from '../../../main/core/articles/load';

const SEEDS = join(__dirname, '../../../seeds');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-load-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ARTICLE = 'Harbour reopens after storm\n\nThe harbour reopened on Tuesday after a week of repairs.';

describe('loading the seeds folder', () => {
  it('loads the five seed articles in file-name order with ids from their names', async () => {
    const { articles, problem } = await loadSeeds(SEEDS);
    expect(problem).toBeNull();
    expect(articles.map((a) => a.id)).toEqual([
      '000_23cbbf4dbe42963b',
      '001_3b98c753de63d439',
      '002_04a7553af2b0d811',
      '003_1acbf4c4b5da9e5b',
      '004_6130a6734b00995e',
    ]);
    for (const article of articles) {
      expect(article.error).toBeNull();
      expect(article.parsed?.blocks.length).toBeGreaterThan(0);
      expect(article.size).toBeGreaterThan(0);
      expect(article.mtimeMs).toBeGreaterThan(0);
    }
    expect(articles[0].source).toBe('000_23cbbf4dbe42963b.txt');
  });
});

describe('loading a folder with bad files', () => {
  it('keeps going past empty, binary, non-UTF-8 and oversized files, and says why each one failed', async () => {
    await writeFile(join(dir, 'a-empty.txt'), '');
    await writeFile(join(dir, 'b-blank.txt'), ' \n\n\t\r\n');
    await writeFile(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    await writeFile(join(dir, 'd-latin1.txt'), Buffer.from('Caf\xe9 prices rise\n\nThe caf\xe9 on the square raised its prices.', 'latin1'));
    await writeFile(join(dir, 'e-huge.txt'), '');
    await truncate(join(dir, 'e-huge.txt'), 20 * 1024 * 1024);
    await writeFile(join(dir, 'f-good.md'), ARTICLE);
    await writeFile(join(dir, 'g-symbols.txt'), '--- *** ---\n');

    const { articles, problem } = await loadSeeds(dir);
    expect(problem).toBeNull();
    const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
    expect(articles.map((a) => [a.id, a.error])).toEqual([
      ['a-empty', 'The file is empty'],
      ['b-blank', 'The file is empty'],
      ['c-binary', 'This looks like a binary file, not text'],
      ['d-latin1', null],
      ['e-huge', 'The file is too large (20.0 MB; the limit is 5 MB)'],
      ['f-good', null],
      ['g-symbols', 'The file has no readable text'],
    ]);
    expect(byId['d-latin1'].parsed?.title).toBe('Café prices rise');
    expect(byId['d-latin1'].notice).toMatch(/not valid UTF-8.*Windows-1252/);
    expect(byId['e-huge'].size).toBe(20 * 1024 * 1024);
    expect(byId['e-huge'].parsed).toBeNull();
    expect(byId['f-good'].parsed?.title).toBe('Harbour reopens after storm');
    expect(byId['f-good'].notice).toBeNull();
  });

  it('reads UTF-16 text that starts with a byte-order mark', async () => {
    await writeFile(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    const [article] = (await loadSeeds(dir)).articles;
    expect(article.error).toBeNull();
    expect(article.parsed?.title).toBe('Harbour reopens after storm');
  });

  it('ignores files that are not .txt or .md, hidden files and folders', async () => {
    await writeFile(join(dir, 'photo.png'), Buffer.from([0x89, 0x50]));
    await writeFile(join(dir, '._resource.txt'), Buffer.from([0, 0, 0]));
    await mkdir(join(dir, 'folder.txt'));
    await writeFile(join(dir, 'Story.TXT'), ARTICLE);
    const { articles } = await loadSeeds(dir);
    expect(articles.map((a) => a.source)).toEqual(['Story.TXT']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    await writeFile(join(dir, 'locked.txt'), ARTICLE);
    await chmod(join(dir, 'locked.txt'), 0o000);
    const [article] = (await loadSeeds(dir)).articles;
    expect(article.error).toBe('The file could not be read: permission denied');
  });

  it('says so when the folder does not exist, instead of failing', async () => {
    const missing = join(dir, 'nowhere');
    await expect(loadSeeds(missing)).resolves.toEqual({ articles: [], problem: `The seeds folder "${missing}" does not exist` });
  });

  it('says so when the folder is a file or holds no articles', async () => {
    await writeFile(join(dir, 'notes.txt'), ARTICLE);
    expect((await loadSeeds(join(dir, 'notes.txt'))).problem).toMatch(/is a file, not a folder/);
    const empty = join(dir, 'empty');
    await mkdir(empty);
    expect(await loadSeeds(empty)).toEqual({ articles: [], problem: `The seeds folder "${empty}" has no .txt or .md files` });
  });
});

describe('article ids', () => {
  it.each([
    ['000_23cbbf4dbe42963b.txt', '000_23cbbf4dbe42963b'],
    ['My Article (final).md', 'my-article-final'],
    ['Über Café.txt', 'über-café'],
    ['...txt', 'article'],
  ])('derives the id of %j as %j', (name, id) => {
    expect(articleIdFor(name)).toBe(id);
  });

  it('keeps an article’s id when its text is edited', async () => {
    const path = join(dir, 'story.txt');
    await writeFile(path, ARTICLE);
    const before = (await loadSeeds(dir)).articles[0];
    await writeFile(path, `${ARTICLE}\n\nA second paragraph was added later.`);
    await utimes(path, new Date(), new Date(Date.now() + 5_000));
    const after = (await loadSeeds(dir)).articles[0];
    expect(after.id).toBe(before.id);
    expect(after.parsed?.contentHash).not.toBe(before.parsed?.contentHash);
  });

  it('gives distinct ids to files whose names differ only in punctuation or extension', async () => {
    for (const name of ['a b.txt', 'a-b.txt', 'a_b.txt', 'a b.md']) await writeFile(join(dir, name), ARTICLE);
    const ids = (await loadSeeds(dir)).articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(4);
  });
});

describe('reloading', () => {
  it('reuses an unchanged file’s article and re-reads a changed one', async () => {
    await writeFile(join(dir, 'same.txt'), ARTICLE);
    await writeFile(join(dir, 'changed.txt'), ARTICLE);
    const first = await loadSeeds(dir);
    await writeFile(join(dir, 'changed.txt'), 'Completely new text.');
    const second = await loadSeeds(dir);
    const find = (result: typeof first, id: string) => result.articles.find((a) => a.id === id);
    expect(find(second, 'same')).toBe(find(first, 'same'));
    expect(find(second, 'changed')?.parsed?.title).toBe('Completely new text');
  });
});

describe('loading a single file', () => {
  it('loads one file with the same id a folder load would give it', async () => {
    const path = join(dir, 'Field Notes.md');
    await writeFile(path, ARTICLE);
    const article = await loadArticleFile(path);
    expect(article).toMatchObject({ id: 'field-notes', source: 'Field Notes.md', error: null });
  });

  it('reports a file that does not exist instead of throwing', async () => {
    const article = await loadArticleFile(join(dir, 'gone.txt'));
    expect(article.error).toBe('The file could not be read: it does not exist');
    expect(article.parsed).toBeNull();
  });

  it('lists a broken link with the reason instead of dropping it', async () => {
    await symlink(join(dir, 'missing-target.txt'), join(dir, 'link.txt'));
    const { articles } = await loadSeeds(dir);
    expect(articles).toMatchObject([{ id: 'link', error: 'The file could not be read: it does not exist' }]);
  });
});
