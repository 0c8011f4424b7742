/**
 * Golden files: the exact Markdown for two seed articles with a fixed set of highlights.
 * Run with UPDATE_GOLDEN=1 to rewrite them after an intended change, then read the diff.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotationView, Article, ExportOptions } from '../../../main/contract.js';
import { renderArticleMarkdown } from '../../../main/core/export/markdown.js';
import { EXPORTED_AT, LEGEND, highlight, readExport, seedArticle } from './helpers.js';

const GOLDEN_DIR = join(process.cwd(), 'tests', 'fixtures', 'golden');

function seed000(article: Article): AnnotationView[] {
  return [
    highlight(article, 'Bloomberg reported the information.', {
      id: '0b1c2d3e-0000-4000-8000-000000000001',
      colour: 'yellow',
      note: '**Primary source** is Bloomberg; see [their report](https://www.bloomberg.com/).',
      tags: ['sources', 'media/bloomberg'],
    }),
    highlight(article, '“The Europeans will likely want to tease out specific commitments about the US contribution to those assurances', {
      id: '0b1c2d3e-0000-4000-8000-000000000002',
      colour: 'green',
      note: 'Two asks:\n\n- US commitments\n- tighter sanctions',
      tags: ['us', 'sanctions'],
    }),
    highlight(article, 'July became the deadliest month for civilians in Ukraine since May 2022 as 589 were killed and 1,152 wounded', {
      id: '0b1c2d3e-0000-4000-8000-000000000003',
      colour: 'pink',
      tags: ['casualties'],
    }),
    highlight(article, 'fears of new Russian offensive\n\nglobal.espreso.tv', {
      id: '0b1c2d3e-0000-4000-8000-000000000004',
      colour: 'blue',
      note: 'Headline *and* site.',
    }),
    highlight(article, 'A sentence that an earlier version of the article had: 100% gone.', {
      id: '0b1c2d3e-0000-4000-8000-000000000005',
      colour: 'purple',
      note: 'Was in an earlier version; kept for reference.',
      tags: ['edited-out'],
      detached: true,
    }),
  ];
}

function seed003(article: Article): AnnotationView[] {
  return [
    highlight(article, "European leaders are worried about Russia's potential new offensive in Ukraine as troops concentrate near the Donetsk region.", {
      id: '1a2b3c4d-0000-4000-8000-000000000001',
      colour: 'yellow',
    }),
    highlight(article, 'a meeting of the "Coalition of the Willing" is scheduled for September 4 in Paris', {
      id: '1a2b3c4d-0000-4000-8000-000000000002',
      colour: 'green',
      note: 'Date: **4 September** — check the `agenda`.',
      tags: ['paris'],
    }),
    highlight(article, 'the Russian army captured only 2,033 square kilometers, or 0.3% of the total area of Ukraine', {
      id: '1a2b3c4d-0000-4000-8000-000000000003',
      colour: 'pink',
      note: 'Tiny: 0.3% — *in three months*.',
      tags: ['numbers', 'territory'],
    }),
    highlight(article, 'Russia is preparing a new offensive in Ukraine\n\nThe publication, citing informed anonymous sources', {
      id: '1a2b3c4d-0000-4000-8000-000000000004',
      colour: 'blue',
    }),
    highlight(article, 'Points of interest: #1 [draft]', {
      id: '1a2b3c4d-0000-4000-8000-000000000005',
      colour: 'yellow',
      detached: true,
    }),
  ];
}

type GoldenCase = { name: string; seed: string; annotations: (a: Article) => AnnotationView[]; note: string; options: Partial<ExportOptions> };

const CASES: GoldenCase[] = [
  {
    name: '000-document-callouts',
    seed: '000_23cbbf4dbe42963b.txt',
    annotations: seed000,
    note: 'Compare with the **Bloomberg** original.\n\n1. check the dates\n2. check the numbers',
    options: {},
  },
  { name: '003-document-callouts', seed: '003_1acbf4c4b5da9e5b.txt', annotations: seed003, note: '', options: {} },
  {
    name: '003-colour-plain',
    seed: '003_1acbf4c4b5da9e5b.txt',
    annotations: seed003,
    note: 'Grouped by colour, without callouts.',
    options: { groupBy: 'colour', callouts: false },
  },
];

function render(c: GoldenCase) {
  const article = seedArticle(c.seed);
  const annotations = c.annotations(article);
  return { annotations, ...renderArticleMarkdown({ article, annotations, articleNote: c.note, settings: { colourLegend: LEGEND }, options: c.options, exportedAt: EXPORTED_AT }) };
}

describe('Golden Markdown exports of seed articles', () => {
  it.each(CASES)('matches the golden file for $name', (c) => {
    const { markdown } = render(c);
    const path = join(GOLDEN_DIR, `${c.name}.md`);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(path, markdown);
    }
    expect(markdown).toBe(readFileSync(path, 'utf8'));
  });

  it.each(CASES)('parses as YAML front matter plus one blockquote per highlight for $name', (c) => {
    const { markdown, annotations } = render(c);
    const read = readExport(markdown);
    expect(Object.keys(read.frontMatter)).toEqual(['lectern_id', 'title', 'site', 'byline', 'published', 'exported', 'tags', 'source']);
    expect(read.blockquotes).toHaveLength(annotations.length);
    expect(read.markupInQuotes).toEqual([]);
  });
});
