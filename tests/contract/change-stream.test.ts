/**
 * The change stream: every change the back end makes reaches every client once, as `local` for
 * the client whose call made it and `external` for the others, over HTTP (server-sent events)
 * and over IPC (the main process's event channel).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeNotice } from '../../main/contract';
import { startServer, type RunningServer } from '../../main/http/server';
import { makeLectern, type TestLectern } from '../helpers/lectern-fixture';
import { concurrentChanges, httpTransport, ipcTransport, openHttpStream, type Transport } from '../helpers/change-stream-clients';

let t: TestLectern | null = null;
let transport: Transport | null = null;
let server: RunningServer | null = null;

afterEach(async () => {
  await transport?.stop();
  await server?.close();
  await t?.lectern.close();
  t = transport = server = null;
});

const transports: Array<[string, (t: TestLectern) => Promise<Transport> | Transport]> = [
  ['HTTP', (fixture) => httpTransport(fixture.lectern)],
  ['IPC', (fixture) => ipcTransport(fixture.lectern)],
];

async function twoClients(open: (t: TestLectern) => Promise<Transport> | Transport) {
  t = await makeLectern();
  transport = await open(t);
  const [article] = await t.lectern.api.listArticles({});
  return { a: await transport.connect('client-a'), b: await transport.connect('client-b'), articleId: article.id };
}

const highlight = (articleId: string) => ({ articleId, range: { start: 0, end: 5 }, colour: 'yellow' as const });

describe.each(transports)('the change stream over %s', (_name, open) => {
  it('tells the client that made a highlight it was local, and the other client it was external', async () => {
    const { a, b, articleId } = await twoClients(open);
    expect(await a.call('createAnnotation', highlight(articleId))).toMatchObject({ ok: true });
    const expected = { kind: 'annotations', articleIds: [articleId] };
    expect(await a.notices.next()).toEqual({ ...expected, source: 'local' });
    expect(await b.notices.next()).toEqual({ ...expected, source: 'external' });
  });

  it.each([
    ['saveSettings', () => ({ fontSize: 20 }), { kind: 'settings' }],
    ['saveReading', (id: string) => ({ articleId: id, scrollFraction: 0.5, progress: 0.5 }), { kind: 'reading' }],
    ['saveArticleNote', (id: string) => ({ articleId: id, note: 'why it matters' }), { kind: 'article-note' }],
    ['importArticle', () => ({ fileName: 'heron.md', content: '# Heron\n\nIt stood still.' }), { kind: 'articles' }],
  ] as const)('announces %s once, with what changed', async (method, input, change) => {
    const { a, b, articleId } = await twoClients(open);
    expect(await a.call(method, input(articleId))).toMatchObject({ ok: true });
    const withArticle = change.kind === 'reading' || change.kind === 'article-note' ? { ...change, articleId } : change;
    expect(await b.notices.next()).toEqual({ ...withArticle, source: 'external' });
    expect(await a.notices.next()).toEqual({ ...withArticle, source: 'local' });
  });

  it('names the article of a deleted highlight, and announces nothing for a call that failed or read', async () => {
    const { a, b, articleId } = await twoClients(open);
    const created = (await a.call('createAnnotation', highlight(articleId))) as { ok: true; value: { id: string } };
    await b.notices.next();
    expect(await a.call('deleteAnnotation', { id: 'no-such-highlight' })).toMatchObject({ ok: false });
    expect(await a.call('listAnnotations', { articleId })).toMatchObject({ ok: true });
    expect(await a.call('deleteAnnotation', { id: created.value.id })).toMatchObject({ ok: true });
    // The next notice after the create is the delete's: the failed call and the read announced nothing.
    expect(await b.notices.next()).toEqual({ kind: 'annotations', articleIds: [articleId], source: 'external' });
  });

  it('gives each of 5 clients saving 4 changes at the same time every change once, its own 4 as local', async () => {
    t = await makeLectern();
    transport = await open(t);
    const [article] = await t.lectern.api.listArticles({});
    const heard = await concurrentChanges(transport, article.id, 5, 4);
    expect(heard).toEqual(Array.from({ length: 5 }, () => ({ local: 4, external: 16 })));
  });

  it('announces what the back end changed on its own (a desktop restore, an import) as external to every client', async () => {
    const { a, b, articleId } = await twoClients(open);
    await t!.lectern.api.createAnnotation({ ...highlight(articleId), note: '', tags: [] });
    const external = { kind: 'annotations', articleIds: [articleId], source: 'external' };
    expect([await a.notices.next(), await b.notices.next()]).toEqual([external, external]);
  });
});

describe('the change stream over HTTP', () => {
  const start = async (heartbeatMs?: number, limits?: { maxConnections: number }) => {
    t = await makeLectern();
    server = await startServer({ api: t.lectern.api, changes: t.lectern, staticDir: '/nonexistent', heartbeatMs, limits });
    return server;
  };

  it.each([
    ['a wrong token', { token: 'not-the-token' }, 401],
    ['an empty token', { token: '' }, 401],
    ['a client id that is not one', { client: '../../etc' }, 400],
  ])('refuses %s and subscribes nobody', async (_case, options, status) => {
    const running = await start();
    const stream = await openHttpStream(running, options);
    expect(stream.response.status).toBe(status);
    expect(t!.lectern.changes.size).toBe(0);
  });

  it('sends a heartbeat comment while nothing changes', async () => {
    const running = await start(20);
    const stream = await openHttpStream(running, { client: 'quiet' });
    await expect.poll(() => stream.comments.filter((c) => c === ': heartbeat').length).toBeGreaterThanOrEqual(2);
    stream.close();
  });

  it('ends every stream when the server shuts down, and unsubscribes them', async () => {
    const running = await start();
    const streams = [await openHttpStream(running, { client: 'one' }), await openHttpStream(running, { client: 'two' })];
    expect(t!.lectern.changes.size).toBe(2);
    await running.close();
    server = null;
    await Promise.all(streams.map((s) => s.done));
    await expect.poll(() => t!.lectern.changes.size).toBe(0);
  });

  it('counts open streams against the connection cap', async () => {
    const running = await start(undefined, { maxConnections: 2 });
    const streams = [await openHttpStream(running, { client: 'one' }), await openHttpStream(running, { client: 'two' })];
    await expect(openHttpStream(running, { client: 'three' })).rejects.toThrow();
    streams.forEach((s) => s.close());
  });

  it('unsubscribes a client that went away', async () => {
    const running = await start();
    const stream = await openHttpStream(running, { client: 'leaving' });
    stream.close();
    await expect.poll(() => t!.lectern.changes.size).toBe(0);
  });

  it('treats a call without a client id as external to every stream', async () => {
    const running = await start();
    const stream = await openHttpStream(running, { client: 'watcher' });
    const response = await fetch(`http://127.0.0.1:${running.port}/api/saveSettings`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${running.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ fontSize: 19 }),
    });
    expect(response.status).toBe(200);
    expect(await stream.notices.next()).toEqual<ChangeNotice>({ kind: 'settings', source: 'external' });
    stream.close();
  });
});
