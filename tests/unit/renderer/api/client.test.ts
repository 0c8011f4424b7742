// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOTATIONS_CHANGED_EVENT, ApiError, createClient, takeTokenFromLocation } from '../../../../renderer/api/client';

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

  it('announces a new highlight so the library badge can update, but not a failed one or a read', async () => {
    const heard = vi.fn();
    window.addEventListener(ANNOTATIONS_CHANGED_EVENT, heard);
    const client = createClient();
    fetchMock.mockResolvedValueOnce(reply(200, { ok: true, value: { id: 'n1' } }));
    await client.createAnnotation({ articleId: 'a', range: { start: 0, end: 4 }, colour: 'yellow' });
    fetchMock.mockResolvedValueOnce(reply(409, { ok: false, error: { code: 'conflict', message: 'stale' } }));
    await client.createAnnotation({ articleId: 'a', range: { start: 0, end: 4 }, colour: 'yellow' }).catch(() => {});
    fetchMock.mockResolvedValueOnce(reply(200, { ok: true, value: [] }));
    await client.listAnnotations({ articleId: 'a' });
    window.removeEventListener(ANNOTATIONS_CHANGED_EVENT, heard);
    expect(heard).toHaveBeenCalledTimes(1);
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
});
