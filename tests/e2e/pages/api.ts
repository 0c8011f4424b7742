import { expect, type APIRequestContext } from '@playwright/test';

/** Where a test's back end is and the token it wants. */
export interface ApiTarget {
  origin: string;
  token: string;
}

/** Calls one API method as the page does (bearer token, JSON), and expects it to succeed. */
export async function callApi<T>(request: APIRequestContext, target: ApiTarget, method: string, input: unknown = {}): Promise<T> {
  const response = await request.post(`${target.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${target.token}`, 'Content-Type': 'application/json' },
    data: input,
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  expect(result.ok, JSON.stringify(result.error)).toBe(true);
  return result.value;
}

type ArticleText = { text: string };
type Created = { id: string };

/** Highlights the first occurrence of `quote` in an article through the API, with an optional note. */
export async function highlight(request: APIRequestContext, target: ApiTarget, articleId: string, quote: string, note = '', colour = 'yellow'): Promise<Created> {
  const { text } = await callApi<ArticleText>(request, target, 'getArticle', { id: articleId });
  const start = text.indexOf(quote);
  expect(start, `"${quote}" is in ${articleId}`).toBeGreaterThanOrEqual(0);
  return callApi<Created>(request, target, 'createAnnotation', { articleId, range: { start, end: start + quote.length }, colour, note });
}
