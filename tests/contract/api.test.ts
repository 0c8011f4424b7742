/**
 * One suite, two transports: every case runs against the handlers directly and through
 * the HTTP server, so the transports cannot disagree about the contract.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../../main/core/dispatch';
import { startServer, type RunningServer } from '../../main/http/server';
import type { Result } from '../../main/contract';
import { makeLectern, type TestLectern } from '../helpers/lectern-fixture';

// Replies are checked by assertions here, not by types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = Result<any>;
type Call = (method: string, payload: unknown) => Promise<Reply>;

const transports: Array<{ name: string; setup: (t: TestLectern) => Promise<{ call: Call; stop: () => Promise<void> }> }> = [
  {
    name: 'handlers',
    setup: async (t) => ({ call: (m, p) => dispatch(t.lectern.api, m, p), stop: async () => {} }),
  },
  {
    name: 'HTTP',
    setup: async (t) => {
      const server: RunningServer = await startServer({ api: t.lectern.api, staticDir: 'dist/renderer' });
      const call: Call = async (m, p) => {
        const res = await fetch(`http://127.0.0.1:${server.port}/api/${m}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          body: JSON.stringify(p),
        });
        return res.json() as Promise<Reply>;
      };
      return { call, stop: () => server.close() };
    },
  },
];

const ARTICLE = '000_23cbbf4dbe42963b';

describe.each(transports)('the API through $name', ({ setup }) => {
  let t: TestLectern;
  let call: Call;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    t = await makeLectern();
    ({ call, stop } = await setup(t));
  });
  afterAll(() => stop());

  const dataFile = () => readFile(join(t.dataDir, 'lectern.json'), 'utf8').catch(() => '');

  it('lists the five seed articles with their titles', async () => {
    const result = await call('listArticles', {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(5);
    expect(result.value.map((a: { title: string }) => a.title)).toContain(
      'Europe pushes security guarantees for Ukraine amid fears of new Russian offensive',
    );
  });

  it('returns an article with its blocks and the plain text they are cut from', async () => {
    const result = await call('getArticle', { id: ARTICLE });
    if (!result.ok) throw new Error(result.error.message);
    for (const block of result.value.blocks) expect(result.value.text.slice(block.start, block.end)).toBe(block.text);
  });

  it('says which article is unknown', async () => {
    const result = await call('getArticle', { id: 'no-such-article' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    if (!result.ok) expect(result.error.message).toContain('no-such-article');
  });

  it('answers an unknown method with a clear error', async () => {
    const result = await call('dropEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('creates a highlight and lists it in place', async () => {
    const article = await call('getArticle', { id: ARTICLE });
    if (!article.ok) throw new Error(article.error.message);
    const start = article.value.text.indexOf('coalition of the willing');
    const created = await call('createAnnotation', { articleId: ARTICLE, range: { start, end: start + 24 }, colour: 'green', note: 'See **Paris**', tags: ['security'] });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.target.quote.exact).toBe('coalition of the willing');
    expect(created.value.anchor).toMatchObject({ status: 'exact', start, end: start + 24 });
    const listed = await call('listAnnotations', { articleId: ARTICLE });
    expect(listed.ok && listed.value.map((a: { id: string }) => a.id)).toContain(created.value.id);
  });

  it.each([
    ['an unknown article', { articleId: 'nope', range: { start: 0, end: 5 }, colour: 'yellow' }, 'not_found'],
    ['an empty range', { articleId: ARTICLE, range: { start: 10, end: 10 }, colour: 'yellow' }, 'invalid_input'],
    ['an inverted range', { articleId: ARTICLE, range: { start: 20, end: 10 }, colour: 'yellow' }, 'invalid_input'],
    ['a range past the end', { articleId: ARTICLE, range: { start: 0, end: 10_000_000 }, colour: 'yellow' }, 'invalid_input'],
    ['an unknown colour', { articleId: ARTICLE, range: { start: 0, end: 5 }, colour: 'mauve' }, 'invalid_input'],
    ['a note over 100,000 characters', { articleId: ARTICLE, range: { start: 0, end: 5 }, colour: 'yellow', note: 'x'.repeat(100_001) }, 'invalid_input'],
    ['too many tags', { articleId: ARTICLE, range: { start: 0, end: 5 }, colour: 'yellow', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'invalid_input'],
    ['an unexpected field', { articleId: ARTICLE, range: { start: 0, end: 5 }, colour: 'yellow', admin: true }, 'invalid_input'],
    ['a payload that is not an object', 'highlight please', 'invalid_input'],
    ['a stale quote', { articleId: ARTICLE, range: { start: 0, end: 5 }, colour: 'yellow', exact: 'Other' }, 'conflict'],
  ])('refuses to create a highlight on %s and writes nothing', async (_name, payload, code) => {
    const before = await dataFile();
    const result = await call('createAnnotation', payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5);
    expect(await dataFile()).toBe(before);
  });

  it('moves a deleted highlight to the trash and restores it', async () => {
    const article = await call('getArticle', { id: ARTICLE });
    if (!article.ok) throw new Error(article.error.message);
    const start = article.value.text.indexOf('Toulon');
    const created = await call('createAnnotation', { articleId: ARTICLE, range: { start, end: start + 6 }, colour: 'pink' });
    if (!created.ok) throw new Error(created.error.message);
    expect(await call('deleteAnnotation', { id: created.value.id })).toMatchObject({ ok: true });
    const trash = await call('listTrash', {});
    expect(trash.ok && trash.value.map((e: { annotation: { id: string } }) => e.annotation.id)).toContain(created.value.id);
    const restored = await call('restoreAnnotation', { id: created.value.id });
    expect(restored).toMatchObject({ ok: true, value: { id: created.value.id, anchor: { status: 'exact' } } });
  });

  it('remembers the reading position and settings', async () => {
    expect(await call('saveReading', { articleId: ARTICLE, scrollFraction: 0.4, progress: 0.5 })).toMatchObject({ ok: true });
    expect(await call('saveSettings', { theme: 'dark', fontSize: 21 })).toMatchObject({ ok: true, value: { theme: 'dark', fontSize: 21 } });
    const state = await call('getState', {});
    expect(state).toMatchObject({ ok: true, value: { reading: { lastArticleId: ARTICLE }, settings: { theme: 'dark' } } });
    if (state.ok) expect(state.value.reading.byArticle[ARTICLE].scrollFraction).toBe(0.4);
  });

  it('imports a text file into the library, under a name that does not clash', async () => {
    const content = 'A Title For The Import\n\nA first paragraph that says something.\n';
    const first = await call('importArticle', { fileName: '000_23cbbf4dbe42963b.txt', content });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value).toMatchObject({ title: 'A Title For The Import', error: null });
    expect(first.value.id).not.toBe(ARTICLE);
    const listed = await call('listArticles', {});
    expect(listed.ok && listed.value.map((a: { id: string }) => a.id)).toContain(first.value.id);
  });

  it('imports a saved web page with its title and byline', async () => {
    const html = await readFile('tests/fixtures/html/medium-1/source.html', 'utf8');
    const expected = JSON.parse(await readFile('tests/fixtures/html/medium-1/expected-metadata.json', 'utf8'));
    const result = await call('importArticle', { fileName: 'medium.html', content: html });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.title).toBe(expected.title);
    const article = await call('getArticle', { id: result.value.id });
    expect(article.ok && article.value.blocks.length).toBeGreaterThan(5);
  });

  it.each([
    ['an empty file', { fileName: 'empty.txt', content: '  \n' }],
    ['a file type it cannot read', { fileName: 'slides.pptx', content: 'PK' }],
    ['a name with a path in it', { fileName: '../../escape', content: 'x' }],
  ])('refuses to import %s', async (_name, payload) => {
    const result = await call('importArticle', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a reading position outside 0..1', async () => {
    const result = await call('saveReading', { articleId: ARTICLE, scrollFraction: 1.5, progress: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
