import { describe, expect, it } from 'vitest';
import { formatCitation, annotationLink } from '../../../../renderer/annotations/citation';
import { colourForDigit, colourLabel, legendFromSettings, legendToSettings } from '../../../../renderer/annotations/colours';
import { relativeTime } from '../../../../renderer/ui/relative-time';
import { addTags, normaliseTag, parseTags } from '../../../../renderer/annotations/tags';
import { trimOffsets } from '../../../../renderer/annotations/use-selection';
import { createUndoStack } from '../../../../renderer/annotations/undo-stack';

describe('tags as typed', () => {
  it.each([
    ['#Security', 'Security'],
    ['  key fact ', 'key-fact'],
    ['##a/b', 'a/b'],
    ['über_cool', 'über_cool'],
    ['what?!', 'what'],
    ['#', null],
  ])('turns %j into %j', (raw, expected) => {
    expect(normaliseTag(raw)).toBe(expected);
  });

  it('splits several tags and drops duplicates', () => {
    expect(parseTags('#a b, #a c')).toEqual(['a', 'b', 'c']);
  });

  it('adds tags without repeating existing ones', () => {
    expect(addTags(['a'], ['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('colours', () => {
  it.each([
    ['1', 'yellow'],
    ['2', 'green'],
    ['5', 'purple'],
    ['0', null],
    ['6', null],
    ['h', null],
  ])('key %s picks %s', (key, colour) => {
    expect(colourForDigit(key)).toBe(colour);
  });

  it('fills the legend with defaults for colours the settings leave out or leave blank', () => {
    const legend = legendFromSettings([{ colour: 'green', meaning: 'key fact' }, { colour: 'pink', meaning: '  ' }]);
    expect(legend.green).toBe('key fact');
    expect(legend.pink).toBe('Disagree');
    expect(legendToSettings(legend)).toHaveLength(5);
  });

  it('labels a colour with its meaning and key', () => {
    expect(colourLabel('green', legendFromSettings([{ colour: 'green', meaning: 'key fact' }]))).toBe('Green: key fact (2)');
  });
});

describe('citation', () => {
  it('quotes the passage and names title, site, date and the app link', () => {
    const text = formatCitation('First line\nsecond', { id: 'art 1', title: 'Title', site: 'example.org', published: '2025-09-04T09:15:00.000Z' }, 'ann1');
    expect(text).toBe('> First line\n>\n> second\n\n— Title, example.org, 2025-09-04. lectern://article/art%201#annotation=ann1');
  });

  it('leaves out a missing site and date', () => {
    expect(formatCitation('q', { id: 'a', title: 'T', site: null, published: null })).toBe('> q\n\n— T. lectern://article/a');
    expect(annotationLink('a', 'b')).toBe('lectern://article/a#annotation=b');
  });
});

describe('selection trimming', () => {
  it.each([
    [' word ', 0, 6, { start: 1, end: 5 }],
    ['a\n\nb', 1, 3, null],
    ['abc', 0, 3, { start: 0, end: 3 }],
  ])('trims whitespace around %j', (text, start, end, expected) => {
    expect(trimOffsets(text, start, end)).toEqual(expected);
  });
});

describe('relative time', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  it.each([
    ['2025-06-01T11:59:50Z', 'just now'],
    ['2025-06-01T11:55:00Z', '5 minutes ago'],
    ['2025-06-01T09:00:00Z', '3 hours ago'],
    ['2025-05-31T12:00:00Z', 'yesterday'],
    ['not a date', ''],
  ])('describes %s as %j', (iso, expected) => {
    expect(relativeTime(iso, now)).toBe(expected);
  });
});

describe('undo stack', () => {
  it('undoes the newest change first and forgets it', async () => {
    const stack = createUndoStack();
    const done: string[] = [];
    stack.push({ label: 'one', toast: false, undo: async () => void done.push('one') });
    stack.push({ label: 'two', toast: true, undo: async () => void done.push('two') });
    await stack.undoLast();
    expect(done).toEqual(['two']);
    expect(stack.peek()?.label).toBe('one');
  });

  it('keeps at most its limit of changes', () => {
    const stack = createUndoStack(2);
    for (const label of ['a', 'b', 'c']) stack.push({ label, toast: false, undo: async () => {} });
    expect(stack.peek()?.label).toBe('c');
  });

  it('does not undo the same change twice', async () => {
    const stack = createUndoStack();
    const entry = { label: 'x', toast: true, undo: async () => {} };
    stack.push(entry);
    expect(await stack.undo(entry)).toBe(true);
    expect(await stack.undo(entry)).toBe(false);
  });
});
