import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { zipTexts } from '../../../../renderer/export/download';
import { lineRange, templateErrorText } from '../../../../renderer/export/template-lines';
import { DEFAULT_EXPORT_OPTIONS, readExportOptions } from '../../../../renderer/export/use-export-options';
import { DEFAULT_TEMPLATE, editorText, storedTemplate } from '../../../../renderer/export/use-template-draft';
import { daysLeft, daysLeftLabel } from '../../../../renderer/trash/trash-time';

describe('the zip of an "Export all"', () => {
  it('holds every file at its top level with its text intact', () => {
    const zip = zipTexts([
      { fileName: 'Ukraine’s allies.md', text: '# Ukraine’s allies\n\n> quote' },
      { fileName: 'index.md', text: '- [[Ukraine’s allies]]' },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['Ukraine’s allies.md', 'index.md']);
    expect(strFromU8(files['Ukraine’s allies.md'])).toBe('# Ukraine’s allies\n\n> quote');
  });

  it('keeps both of two files whose names differ only in case', () => {
    const files = unzipSync(zipTexts([{ fileName: 'Notes.md', text: 'a' }, { fileName: 'notes.md', text: 'b' }, { fileName: 'notes.md', text: 'c' }]));
    expect(Object.keys(files)).toEqual(['Notes.md', 'notes (2).md', 'notes (3).md']);
    expect(Object.values(files).map((f) => strFromU8(f))).toEqual(['a', 'b', 'c']);
  });
});

describe('remembered export options', () => {
  it.each([
    [null, DEFAULT_EXPORT_OPTIONS],
    ['not json', DEFAULT_EXPORT_OPTIONS],
    ['{"groupBy":"colour","includeDetached":false,"callouts":false}', { groupBy: 'colour', includeDetached: false, callouts: false }],
    ['{"groupBy":"rainbow","callouts":"yes"}', DEFAULT_EXPORT_OPTIONS],
    ['{"callouts":false}', { ...DEFAULT_EXPORT_OPTIONS, callouts: false }],
    ['null', DEFAULT_EXPORT_OPTIONS],
  ])('%j reads as %j', (raw, expected) => {
    expect(readExportOptions(raw)).toEqual(expected);
  });
});

describe('the template editor', () => {
  it('shows the default template when none is saved, and stores the default as no template', () => {
    expect(editorText(null)).toBe(DEFAULT_TEMPLATE);
    expect(editorText('  ')).toBe(DEFAULT_TEMPLATE);
    expect(storedTemplate(DEFAULT_TEMPLATE)).toBeNull();
    expect(storedTemplate(`${DEFAULT_TEMPLATE}\n\n`)).toBeNull();
    expect(storedTemplate('')).toBeNull();
    expect(storedTemplate('{{#header}}# {{title}}{{/header}}')).toBe('{{#header}}# {{title}}{{/header}}');
  });

  it.each([
    [1, 'one'],
    [2, 'two'],
    [3, ''],
    [4, 'four'],
    [9, 'four'],
  ])('line %i of the text is “%s”', (line, expected) => {
    const text = 'one\ntwo\n\nfour';
    const { start, end } = lineRange(text, line);
    expect(text.slice(start, end)).toBe(expected);
  });

  it('shows the error without the line the editor shows separately', () => {
    expect(templateErrorText('Unclosed section "highlight" at line 4')).toBe('Unclosed section "highlight"');
    expect(templateErrorText('Something odd')).toBe('Something odd');
  });
});

describe('days left in the trash', () => {
  const day = 86_400_000;
  const deleted = '2025-09-01T12:00:00.000Z';
  const at = (days: number) => Date.parse(deleted) + days * day;

  it.each([
    [0, 30],
    [0.5, 30],
    [1, 29],
    [29.2, 1],
    [30, 0],
    [45, 0],
    [-2, 30],
  ])('%f days after deletion, %i days are left', (elapsed, expected) => {
    expect(daysLeft(deleted, at(elapsed))).toBe(expected);
  });

  it('counts an unreadable date as no time left', () => {
    expect(daysLeft('yesterday', at(0))).toBe(0);
  });

  it.each([
    [30, '30 days left'],
    [1, '1 day left'],
    [0, 'Goes when Lectern next starts'],
  ])('%i reads as “%s”', (days, label) => {
    expect(daysLeftLabel(days)).toBe(label);
  });
});
