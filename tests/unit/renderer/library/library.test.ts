import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../main/contract';
import { formatDate, formatReadingTime } from '../../../../renderer/ui/format';
import { neighbourId, sortArticles } from '../../../../renderer/library/sort-articles';

function summary(id: string, title: string, published: string | null): ArticleSummary {
  return { id, title, published, site: null, byline: null, wordCount: 100, readingMinutes: 1, source: `${id}.txt`, error: null, annotationCount: 0 };
}

const LIBRARY = [
  summary('a', 'banana split', '2025-09-01T10:00:00Z'),
  summary('b', 'Apple pie', null),
  summary('c', 'cherry', '2025-09-04T10:00:00Z'),
  summary('d', 'Date loaf', 'not a date'),
];

describe('library order', () => {
  it('lists newest first, with undated articles last by title', () => {
    expect(sortArticles(LIBRARY, 'date').map((a) => a.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('lists by title ignoring case', () => {
    expect(sortArticles(LIBRARY, 'title').map((a) => a.title)).toEqual(['Apple pie', 'banana split', 'cherry', 'Date loaf']);
  });

  it('leaves the list it was given untouched', () => {
    const ids = LIBRARY.map((a) => a.id);
    sortArticles(LIBRARY, 'title');
    expect(LIBRARY.map((a) => a.id)).toEqual(ids);
  });
});

describe('next and previous article', () => {
  const ordered = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it.each([
    [null, 1, 'a'],
    [null, -1, 'c'],
    ['a', 1, 'b'],
    ['b', -1, 'a'],
    ['c', 1, 'c'],
    ['a', -1, 'a'],
    ['gone', 1, 'a'],
  ])('from %s, a step of %i opens %s', (current, step, expected) => {
    expect(neighbourId(ordered, current, step)).toBe(expected);
  });

  it('has nowhere to go in an empty library', () => {
    expect(neighbourId([], null, 1)).toBeNull();
  });
});

describe('dates and reading time', () => {
  it('shows a readable date, or the raw text when it cannot be parsed', () => {
    expect(formatDate('2025-09-04T09:15:00Z')).toMatch(/2025/);
    expect(formatDate('sometime last week')).toBe('sometime last week');
    expect(formatDate(null)).toBeNull();
  });

  it('never promises a zero-minute read', () => {
    expect(formatReadingTime(0)).toBe('1 min read');
    expect(formatReadingTime(7)).toBe('7 min read');
  });
});
