// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createClient, takeTokenFromLocation } from '../../../../renderer/api/client';

function reply(status: number, body: unknown): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('the serve-mode token', () => {
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', '/');
  });

  it('is taken from the address, kept for reloads, and removed from the address bar', () => {
    history.replaceState(null, '', '/#token=abc123&article=a1');
    expect(takeTokenFromLocation()).toBe('abc123');
    expect(location.hash).toBe('#article=a1');
    expect(sessionStorage.getItem('lectern.token')).toBe('abc123');
    // After a reload the address has no token any more; the stored one is used.
    expect(takeTokenFromLocation()).toBe('abc123');
  });

  it('leaves an address without a token alone', () => {
    history.replaceState(null, '', '/#article=a1');
    expect(takeTokenFromLocation()).toBeNull();
    expect(location.hash).toBe('#article=a1');
  });
});

describe('the HTTP transport', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', '/#token=tok');
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockReset();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('posts the input as JSON with the bearer token and resolves to the value', async () => {
    fetchMock.mockResolvedValue(reply(200, { ok: true, value: { ok: true } }));
    const client = createClient();
    await expect(client.saveReading({ articleId: 'a', scrollFraction: 0.5, progress: 0.5 })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/saveReading');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(JSON.parse(String(init?.body))).toEqual({ articleId: 'a', scrollFraction: 0.5, progress: 0.5 });
  });

  it.each([
    ['a server error with its code', reply(404, { ok: false, error: { code: 'not_found', message: 'article x was not found' } }), 'not_found', /was not found/],
    ['a refused token', reply(401, { ok: false, error: { code: 'unauthorized', message: 'missing or wrong token' } }), 'unauthorized', /wrong token/],
    ['a reply that is not JSON', new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }), 'network', /502/],
  ])('turns %s into an ApiError', async (_what, response, code, message) => {
    fetchMock.mockResolvedValue(response);
    const error = await createClient().listArticles({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(code);
    expect((error as ApiError).message).toMatch(message);
  });

  /** A change stream body the test writes server-sent events into. */
  function eventStream() {
    let push!: (text: string) => void;
    let end!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (text) => controller.enqueue(new TextEncoder().encode(text));
        end = () => controller.close();
      },
    });
    return { response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }), push, end };
  }

  it('reads the change stream with the token in the header and the same client id its calls carry', async () => {
    const stream = eventStream();
    fetchMock.mockImplementation(async (url) => (String(url).startsWith('/api/changes') ? stream.response : reply(200, { ok: true, value: { ok: true } })));
    const client = createClient();
    const heard: unknown[] = [];
    const stop = client.onChange((notice) => heard.push(notice));
    await client.saveSettings({ fontSize: 18 });
    const [[streamUrl, streamInit], [, callInit]] = fetchMock.mock.calls;
    const clientId = new URL(String(streamUrl), 'http://x').searchParams.get('client');
    expect(clientId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect((streamInit?.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect((callInit?.headers as Record<string, string>)['X-Lectern-Client']).toBe(clientId);

    stream.push(': subscribed\n\n');
    stream.push('data: {"kind":"settings","source":"local"}\n\ndata: {"kind":"ann');
    stream.push('otations","articleIds":["a1"],"source":"external"}\n\n');
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(heard).toEqual([
      { kind: 'settings', source: 'local' },
      { kind: 'annotations', articleIds: ['a1'], source: 'external' },
    ]);
    stop();
    expect(streamInit?.signal?.aborted).toBe(true);
  });

  it.each([
    ['an unknown kind', { kind: 'weather', source: 'external' }],
    ['an unknown source', { kind: 'settings', source: 'somewhere' }],
    ['article ids that are not ids', { kind: 'annotations', articleIds: [42], source: 'external' }],
    ['a reading change without its article', { kind: 'reading', source: 'external' }],
  ])('passes on no notice with %s', async (_case, notice) => {
    const stream = eventStream();
    fetchMock.mockResolvedValue(stream.response);
    const heard: unknown[] = [];
    createClient().onChange((n) => heard.push(n));
    stream.push(`data: ${JSON.stringify(notice)}\n\ndata: not json\n\ndata: {"kind":"articles","source":"external"}\n\n`);
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard).toEqual([{ kind: 'articles', source: 'external' }]);
  });

  it('reopens a stream that dropped and says articles and annotations may have changed meanwhile', async () => {
    const first = eventStream();
    const second = eventStream();
    fetchMock.mockResolvedValueOnce(first.response).mockResolvedValueOnce(second.response);
    const heard: unknown[] = [];
    const stop = createClient().onChange((n) => heard.push(n));
    first.push(': subscribed\n\n');
    first.end();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2), { timeout: 3_000 });
    expect(heard).toEqual([]);
    second.push(': subscribed\n\n');
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(heard).toEqual([
      { kind: 'articles', source: 'external' },
      { kind: 'annotations', articleIds: null, source: 'external' },
    ]);
    stop();
  });

  it('opens one stream for all its listeners', async () => {
    fetchMock.mockImplementation(async () => eventStream().response);
    const client = createClient();
    client.onChange(() => {});
    client.onChange(() => {});
    expect(fetchMock.mock.calls.filter(([url]) => String(url).startsWith('/api/changes'))).toHaveLength(1);
  });

  it('explains an unreachable server in words', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = (await createClient().getState({}).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/Could not reach the Lectern server/);
  });
});

describe('the Electron transport', () => {
  afterEach(() => {
    delete window.lectern;
  });

  it('calls the bridge function of the same name and unwraps its Result', async () => {
    const listArticles = vi.fn().mockResolvedValue({ ok: true, value: [] });
    const getArticle = vi.fn().mockResolvedValue({ ok: false, error: { code: 'not_found', message: 'gone' } });
    window.lectern = { listArticles, getArticle } as unknown as typeof window.lectern;
    const client = createClient();
    await expect(client.listArticles({})).resolves.toEqual([]);
    expect(listArticles).toHaveBeenCalledWith({});
    await expect(client.getArticle({ id: 'x' })).rejects.toMatchObject({ code: 'not_found', message: 'gone' });
  });

  it('hears changes through the bridge, checked the same way, and stops with the last listener', () => {
    let deliver: (notice: unknown) => void = () => {};
    const off = vi.fn();
    const onChange = vi.fn((callback: (notice: unknown) => void) => ((deliver = callback), off));
    window.lectern = { onChange } as unknown as typeof window.lectern;
    const heard: unknown[] = [];
    const stop = createClient().onChange((notice) => heard.push(notice));
    deliver({ kind: 'annotations', articleIds: null, source: 'external' });
    deliver({ kind: 'annotations', source: 'external' });
    expect(heard).toEqual([{ kind: 'annotations', articleIds: null, source: 'external' }]);
    stop();
    expect([onChange.mock.calls.length, off.mock.calls.length]).toEqual([1, 1]);
  });
});
