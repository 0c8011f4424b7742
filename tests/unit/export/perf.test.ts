/**
 * Time to export a heavily annotated article. Bounds are generous (slow CI machines); the
 * measured figures are printed so a regression shows before it fails.
 */
import { describe, expect, it } from 'vitest';
import type { Colour } from '../../../main/contract.js';
import { COLOURS } from '../../../main/contract.js';
import { renderArticleMarkdown } from '../../../main/core/export/markdown.js';
import { mergeExport } from '../../../main/core/export/merge.js';
import { fromAnnotationCollection, toAnnotationCollection } from '../../../main/core/export/w3c.js';
import { EXPORTED_AT, LEGEND, highlight, makeArticle } from './helpers.js';

const COUNT = 2000;
const paragraphs = Array.from({ length: COUNT }, (_, i) => `Paragraph ${i}: a *sentence* with [brackets] and #hashes, then more words to read.`);
const article = makeArticle(paragraphs);
const annotations = paragraphs.map((p, i) =>
  highlight(article, p.slice(0, 40), {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    colour: COLOURS[i % COLOURS.length] as Colour,
    note: i % 3 === 0 ? `Note ${i} with **Markdown**\n\n- a list item` : '',
    tags: i % 2 === 0 ? ['even', `group/${i % 10}`] : [],
    detached: i % 50 === 0,
  }),
);

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('Export speed', () => {
  it(`renders an article with ${COUNT} highlights in well under two seconds`, () => {
    renderArticleMarkdown({ article, annotations: annotations.slice(0, 10), articleNote: '', settings: { colourLegend: LEGEND }, exportedAt: EXPORTED_AT });
    const { value, ms } = timed(() => renderArticleMarkdown({ article, annotations, articleNote: 'note', settings: { colourLegend: LEGEND }, exportedAt: EXPORTED_AT }));
    console.log(`export: ${COUNT} highlights rendered in ${ms.toFixed(0)} ms (${(value.markdown.length / 1024).toFixed(0)} KiB)`);
    expect(value.markdown.match(/<!-- lectern:annotation /g)).toHaveLength(COUNT);
    expect(ms).toBeLessThan(2000);
  });

  it(`merges a re-export of ${COUNT} highlights into an edited file in well under two seconds`, () => {
    const first = renderArticleMarkdown({ article, annotations: annotations.filter((_, i) => i % 2 === 0), articleNote: '', settings: { colourLegend: LEGEND }, exportedAt: EXPORTED_AT }).markdown;
    const fresh = renderArticleMarkdown({ article, annotations, articleNote: '', settings: { colourLegend: LEGEND }, exportedAt: EXPORTED_AT }).markdown;
    const { value, ms } = timed(() => mergeExport(`${first}\nMy own text.\n`, fresh));
    console.log(`export: merge adding ${value.report.added.length} to ${value.report.unchanged.length} highlights in ${ms.toFixed(0)} ms`);
    expect(value.report.added).toHaveLength(COUNT / 2);
    expect(ms).toBeLessThan(2000);
  });

  it(`backs up and reads back ${COUNT} highlights in well under two seconds`, () => {
    const { value, ms } = timed(() => fromAnnotationCollection(JSON.stringify(toAnnotationCollection(annotations, [article], EXPORTED_AT))));
    console.log(`export: W3C backup round trip of ${COUNT} highlights in ${ms.toFixed(0)} ms`);
    expect(value.records).toHaveLength(COUNT);
    expect(ms).toBeLessThan(2000);
  });
});
