// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  charOffsetFromPoint,
  createTextMap,
  offsetFromPoint,
  offsetsFromRange,
  rangeFromOffsets,
} from '../../../../renderer/reader/text-map';

// Blocks as the reading pane renders them; text = blocks joined by "\n\n".
const BLOCKS = [
  { kind: 'heading', html: 'Title here' },
  { kind: 'paragraph', html: 'First <em>para</em>graph with <a href="#">a link</a>.' },
  { kind: 'listItem', html: 'One item' },
  { kind: 'listItem', html: 'Two <b><i>deep</i></b> item' },
  { kind: 'boilerplate', html: '<span hidden>Subscribe now</span>' },
  { kind: 'paragraph', html: 'Last words.' },
];

let root: HTMLElement;
let text: string;

function render(): void {
  document.body.innerHTML = '<main><div id="before">Outside text</div><article data-article-root></article><div id="after">After</div></main>';
  root = document.querySelector('[data-article-root]')!;
  const texts: string[] = [];
  let start = 0;
  let list: HTMLElement | null = null;
  for (const b of BLOCKS) {
    const el = document.createElement(b.kind === 'listItem' ? 'li' : b.kind === 'heading' ? 'h1' : 'p');
    el.innerHTML = b.html;
    el.setAttribute('data-block-start', String(start));
    el.setAttribute('data-block-kind', b.kind);
    if (b.kind === 'listItem') {
      if (!list) {
        list = document.createElement('ul');
        root.append(list);
      }
      list.append('\n  ', el); // whitespace text between list items, outside blocks
    } else {
      list = null;
      root.append('\n', el);
    }
    texts.push(el.textContent!);
    start += el.textContent!.length + 2;
  }
  text = texts.join('\n\n');
}

beforeEach(render);

/** Whitespace between blocks differs between the DOM and the plain text; compare without it. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}

describe('rangeFromOffsets', () => {
  const cases: Array<[string, string]> = [
    ['a word inside a heading', 'Title'],
    ['text spanning an inline element', 'First paragraph'],
    ['text ending inside a link', 'with a li'],
    ['a whole paragraph', 'First paragraph with a link.'],
    ['text crossing from a paragraph into a list item', 'link.\n\nOne'],
    ['text crossing two list items', 'item\n\nTwo deep'],
    ['text inside nested inline elements', 'eep'],
    ['text crossing the hidden boilerplate block', 'item\n\nSubscribe now\n\nLast'],
    ['the last characters of the article', 'words.'],
  ];
  it.each(cases)('maps %s to a range over exactly that text', (_label, quote) => {
    const start = text.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeFromOffsets(root, start, start + quote.length)!;
    expect(squash(range.toString())).toBe(squash(quote));
  });

  it('clamps offsets that start in a separator to the next block', () => {
    const sep = text.indexOf('\n\n');
    const range = rangeFromOffsets(root, sep, sep + 2 + 5)!;
    expect(range.toString()).toBe('First');
  });

  it('clamps an end past the article to the last block', () => {
    const start = text.indexOf('Last');
    expect(rangeFromOffsets(root, start, text.length + 50)!.toString()).toBe('Last words.');
  });

  it.each([
    ['an empty range', 3, 3],
    ['an inverted range', 5, 2],
    ['a range that covers only a separator', 10, 12],
  ])('returns null for %s', (_label, start, end) => {
    expect(rangeFromOffsets(root, start, end)).toBeNull();
  });

  it('starts a range at the beginning of a text node when the offset falls between nodes', () => {
    const start = text.indexOf('para');
    const range = rangeFromOffsets(root, start, start + 4)!;
    expect(range.startContainer.textContent).toBe('para');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('para');
  });
});

describe('offsetsFromRange', () => {
  it.each([
    ['Title'],
    ['paragraph with a'],
    ['link.\n\nOne item\n\nTwo'],
    ['deep item'],
    ['Subscribe now\n\nLast words.'],
  ])('round-trips offsets of %j through a DOM range', (quote) => {
    const start = text.indexOf(quote);
    const range = rangeFromOffsets(root, start, start + quote.length)!;
    expect(offsetsFromRange(root, range)).toEqual({ start, end: start + quote.length });
  });

  it('clamps a selection that starts before the article to its first block', () => {
    const range = document.createRange();
    range.setStart(document.getElementById('before')!.firstChild!, 3);
    const h1 = root.querySelector('h1')!.firstChild!;
    range.setEnd(h1, 5);
    expect(offsetsFromRange(root, range)).toEqual({ start: 0, end: 5 });
  });

  it('clamps a selection that ends after the article to its last block', () => {
    const range = document.createRange();
    const last = root.querySelectorAll('p')[2].firstChild!;
    range.setStart(last, 5);
    range.setEnd(document.getElementById('after')!.firstChild!, 2);
    expect(offsetsFromRange(root, range)).toEqual({ start: text.indexOf('words.'), end: text.length });
  });

  it('clamps a selection starting in whitespace between list items to the next item', () => {
    const ul = root.querySelector('ul')!;
    const range = document.createRange();
    range.setStart(ul.firstChild!, 1); // the "\n  " before the first <li>
    const li2 = ul.querySelectorAll('li')[1];
    range.setEnd(li2.firstChild!, 3);
    const start = text.indexOf('One item');
    expect(offsetsFromRange(root, range)).toEqual({ start, end: text.indexOf('Two') + 3 });
  });

  it('does not take the separator when a triple-click selection ends at the next block', () => {
    const [p] = root.querySelectorAll('p');
    const li = root.querySelector('li')!;
    const range = document.createRange();
    range.setStart(p, 0);
    range.setEnd(li, 0);
    const start = text.indexOf('First');
    expect(offsetsFromRange(root, range)).toEqual({ start, end: start + 'First paragraph with a link.'.length });
  });

  it('returns null for a selection entirely outside the article', () => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('after')!);
    expect(offsetsFromRange(root, range)).toBeNull();
  });

  it('returns null for a selection that holds only whitespace between blocks', () => {
    const ul = root.querySelector('ul')!;
    const range = document.createRange();
    range.setStart(ul.firstChild!, 0);
    range.setEnd(ul.firstChild!, 2);
    expect(offsetsFromRange(root, range)).toBeNull();
  });
});

describe('createTextMap', () => {
  it('reports itself stale once the pane re-renders its blocks', () => {
    const map = createTextMap(root);
    map.rangeFromOffsets(0, 5);
    expect(map.isStale()).toBe(false);
    root.querySelector('h1')!.textContent = 'Title here';
    expect(map.isStale()).toBe(true);
  });

  it('maps a boundary point outside every block to null', () => {
    const map = createTextMap(root);
    expect(map.offsetOfPoint(document.getElementById('after')!.firstChild!, 1)).toBeNull();
  });
});

describe('offsetFromPoint', () => {
  it('uses caretPositionFromPoint to find the caret offset in the text', () => {
    const p = root.querySelector('p')!;
    const a = p.querySelector('a')!.firstChild!;
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: a, offset: 2 });
    try {
      expect(offsetFromPoint(root, 10, 10)).toBe(text.indexOf('a link') + 2);
    } finally {
      delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
    }
  });

  it('falls back to caretRangeFromPoint and ignores points outside the blocks', () => {
    const outside = document.getElementById('after')!.firstChild!;
    const doc = document as unknown as { caretRangeFromPoint?: unknown };
    doc.caretRangeFromPoint = () => {
      const r = document.createRange();
      r.setStart(outside, 1);
      return r;
    };
    try {
      expect(offsetFromPoint(root, 1, 1)).toBeNull();
      expect(charOffsetFromPoint(root, 1, 1)).toBeNull();
    } finally {
      delete doc.caretRangeFromPoint;
    }
  });
});
