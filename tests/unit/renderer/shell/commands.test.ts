import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../renderer/shell/commands';
import { parseDeepLink } from '../../../../renderer/shell/deep-link';
import { shortcutFor } from '../../../../renderer/shell/use-shortcuts';

describe('commands from the desktop menu', () => {
  it.each([
    [{ type: 'open', articleId: 'a1', annotationId: 'n1' }, { type: 'open', articleId: 'a1', annotationId: 'n1' }],
    [{ type: 'open', articleId: 'a1' }, { type: 'open', articleId: 'a1', annotationId: null }],
    [{ type: 'set-theme', theme: 'dark' }, { type: 'theme', theme: 'dark' }],
    [{ type: 'theme' }, { type: 'theme', theme: null }],
    [{ type: 'font-size', change: 'increase' }, { type: 'font-size', change: 1 }],
    [{ type: 'font-size', change: 'decrease' }, { type: 'font-size', change: -1 }],
    [{ type: 'font-size', change: 'reset' }, { type: 'font-size', change: 'reset' }],
    [{ type: 'toggle-sidebar', side: 'library' }, { type: 'toggle-library' }],
    [{ type: 'toggle-sidebar', side: 'notes' }, { type: 'toggle-annotations' }],
    [{ type: 'go', direction: 'next' }, { type: 'next-article' }],
    [{ type: 'go', direction: 'previous' }, { type: 'previous-article' }],
    [{ type: 'previous-article' }, { type: 'previous-article' }],
    [{ type: 'show-shortcuts' }, { type: 'shortcuts' }],
  ])('%j means %j', (raw, expected) => {
    expect(parseCommand(raw)).toEqual(expected);
  });

  it.each([[{ type: 'open' }], [{ type: 'export-article' }], [{ type: 'nonsense' }]])('ignores %j here', (raw) => {
    expect(parseCommand(raw)).toBeNull();
  });
});

describe('deep links in the address', () => {
  it.each([
    ['#article=a1&annotation=n1', { articleId: 'a1', annotationId: 'n1' }],
    ['#article=a%201', { articleId: 'a 1', annotationId: null }],
    ['#token=t', null],
    ['', null],
  ])('%j opens %j', (hash, expected) => {
    expect(parseDeepLink(hash)).toEqual(expected);
  });
});

describe('single-key shortcuts', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
    shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

  it.each([
    ['j', 'nextArticle'],
    ['k', 'previousArticle'],
    ['[', 'toggleLibrary'],
    [']', 'toggleAnnotations'],
    ['?', 'showShortcuts'],
    ['+', 'larger'],
    ['=', 'larger'],
    ['-', 'smaller'],
    ['h', null],
    ['1', null],
  ])('%s does %s', (k, expected) => {
    expect(key(k)).toBe(expected);
  });

  it('leaves modified keys to the browser and the annotations layer', () => {
    expect(key('j', { ctrlKey: true })).toBeNull();
    expect(key('-', { metaKey: true })).toBeNull();
  });
});
