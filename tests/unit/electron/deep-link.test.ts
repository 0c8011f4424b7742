import { describe, expect, it, vi } from 'vitest';
import { findDeepLinkArg, formatDeepLink, parseDeepLink } from '../../../main/core/links/deep-link.js';
import { createDeepLinkRouter, secondInstanceArgv } from '../../../main/electron/deep-links.js';

describe('parseDeepLink', () => {
  it.each([
    ['lectern://article/abc123#annotation=n-42', { articleId: 'abc123', annotationId: 'n-42' }],
    ['lectern://article/abc123', { articleId: 'abc123', annotationId: null }],
    ['lectern://article/abc123/', { articleId: 'abc123', annotationId: null }],
    ['LECTERN://Article/abc123', { articleId: 'abc123', annotationId: null }],
    ['lectern://article/000_23cbbf4dbe42963b#annotation=01J9ZX', { articleId: '000_23cbbf4dbe42963b', annotationId: '01J9ZX' }],
    ['lectern://article/a.b~c#annotation=x&other=1', { articleId: 'a.b~c', annotationId: 'x' }],
    ['  lectern://article/abc  ', { articleId: 'abc', annotationId: null }],
  ])('opens %s', (link, expected) => {
    expect(parseDeepLink(link)).toEqual(expected);
  });

  it.each([
    ['another scheme', 'https://article/abc'],
    ['another kind of target', 'lectern://note/abc'],
    ['no article id', 'lectern://article/'],
    ['a nested path', 'lectern://article/a/b'],
    ['a dot-dot id', 'lectern://article/..'],
    ['a dot-dot segment', 'lectern://article/../../etc'],
    ['a dot segment', 'lectern://article/./abc'],
    ['an encoded dot-dot id', 'lectern://article/%2E%2E'],
    ['an encoded slash', 'lectern://article/a%2Fb'],
    ['broken percent-encoding', 'lectern://article/%E0%A4%A'],
    ['a query string', 'lectern://article/abc?annotation=x'],
    ['credentials', 'lectern://user:pw@article/abc'],
    ['a port', 'lectern://article:8080/abc'],
    ['an empty annotation id', 'lectern://article/abc#annotation='],
    ['markup in the annotation id', 'lectern://article/abc#annotation=%3Cscript%3E'],
    ['markup in the article id', 'lectern://article/<img>'],
    ['an over-long id', `lectern://article/${'a'.repeat(201)}`],
    ['an over-long link', `lectern://article/abc#annotation=${'x'.repeat(3000)}`],
    ['no authority', 'lectern:article/abc'],
    ['text', 'not a link'],
  ])('refuses a link with %s', (_reason, link) => {
    expect(parseDeepLink(link)).toBeNull();
  });

  it('round-trips links it formats', () => {
    const link = { articleId: '004_6130a6734b00995e', annotationId: 'ann_7' };
    expect(formatDeepLink(link)).toBe('lectern://article/004_6130a6734b00995e#annotation=ann_7');
    expect(parseDeepLink(formatDeepLink(link))).toEqual(link);
    expect(parseDeepLink(formatDeepLink({ articleId: 'a', annotationId: null }))).toEqual({ articleId: 'a', annotationId: null });
  });
});

describe('findDeepLinkArg', () => {
  it.each([
    [['/opt/Lectern/lectern', 'lectern://article/a'], 'lectern://article/a'],
    [['electron', 'dist/main/electron-main.cjs', '--user-data-dir=/tmp/x', 'lectern://article/b#annotation=c'], 'lectern://article/b#annotation=c'],
    [['C:\\Lectern\\Lectern.exe', '--allow-file-access-from-files', 'LECTERN://article/a'], 'LECTERN://article/a'],
    [['/opt/Lectern/lectern', '/home/me/notes.md'], null],
    [[], null],
  ])('finds the link in %j', (argv, expected) => {
    expect(findDeepLinkArg(argv)).toBe(expected);
  });
});

describe('deep link router', () => {
  it('brings the window forward and asks the page to open the article at the annotation', () => {
    const post = vi.fn();
    const reveal = vi.fn();
    const router = createDeepLinkRouter({ post, reveal });
    expect(router.handleArgv(['lectern', 'lectern://article/a1#annotation=n1'])).toBe(true);
    expect(reveal).toHaveBeenCalledOnce();
    expect(post).toHaveBeenCalledWith({ type: 'open', articleId: 'a1', annotationId: 'n1' });
  });

  it('ignores a malformed link without touching the window, and says why in the log', () => {
    const post = vi.fn();
    const reveal = vi.fn();
    const log = vi.fn();
    const router = createDeepLinkRouter({ post, reveal, log });
    expect(router.handleUrl('lectern://article/../../etc')).toBe(false);
    expect(router.handleArgv(['lectern', '--flag'])).toBe(false);
    expect(post).not.toHaveBeenCalled();
    expect(reveal).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('prefers the argv a second instance passed itself over the one Chromium rewrote', () => {
    expect(secondInstanceArgv(['x', '--rewritten'], { argv: ['x', 'lectern://article/a'] })).toEqual(['x', 'lectern://article/a']);
    expect(secondInstanceArgv(['x', 'lectern://article/b'], null)).toEqual(['x', 'lectern://article/b']);
    expect(secondInstanceArgv(['x'], { argv: [1, 2] })).toEqual(['x']);
  });
});
