/**
 * Row 9: Markdown export of an article with 2,000 highlights: what the exportArticle
 * handler does, re-anchoring the article's annotations (anchorAll, document order) and
 * rendering the Markdown file (renderArticleMarkdown, default template).
 */
import { COLOURS, type Article, type AnnotationView } from '../../main/contract.js';
import { anchorAll } from '../../main/core/annotations/anchor.js';
import { renderArticleMarkdown } from '../../main/core/export/markdown.js';
import { emptyDb } from '../../main/core/store/schema.js';
import { benchArticle, SIZES } from '../data/article.js';
import { randomInt, seededRandom } from '../data/rng.js';
import { timed } from '../lib/interleave.js';
import type { Benchmark } from '../lib/types.js';

const TAGS = ['economy', 'politics', 'to-check', 'quote', 'history/europe'];

function exportInput(count: number, smoke: boolean) {
  const size = smoke ? SIZES.smoke : SIZES.full;
  const source = benchArticle(size.bytes, size.annotations);
  const step = source.annotations.length / count;
  const chosen = Array.from({ length: count }, (_, i) => source.annotations[Math.floor(i * step)]);
  const random = seededRandom(9);
  const records = chosen.map((a, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    articleId: 'bench-article',
    created: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    modified: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    colour: COLOURS[randomInt(random, COLOURS.length)],
    note: random() < 0.3 ? `A thought about this, with **emphasis** and a [link](https://example.org/${i}).` : '',
    tags: random() < 0.3 ? [TAGS[randomInt(random, TAGS.length)]] : [],
    target: { ...a.target, contentHash: 'x' },
  }));
  const article: Article = {
    id: 'bench-article',
    title: source.title,
    site: 'bench.example',
    published: '2025-09-04T09:15:00.000Z',
    byline: 'A. Writer',
    wordCount: source.text.split(/\s+/).length,
    readingMinutes: 100,
    source: 'bench-article.txt',
    error: null,
    annotationCount: count,
    blocks: source.blocks,
    text: source.text,
    contentHash: 'x',
  };
  return { article, records };
}

export const exportMarkdown: Benchmark = {
  name: 'export',
  row: 9,
  title: 'Markdown export of an article with 2,000 highlights',
  async run(ctx) {
    const count = ctx.smoke ? 50 : 2000;
    const { article, records } = exportInput(count, ctx.smoke);
    const settings = { colourLegend: emptyDb().settings.colourLegend };
    let bytes = 0;
    const phases = { anchor: [] as number[], render: [] as number[] };
    const exportOnce = () => {
      let t0 = performance.now();
      const anchors = anchorAll(article.text, records.map((r) => r.target));
      const views: AnnotationView[] = records.map((r, i) => ({ ...r, anchor: anchors[i] })).sort((a, b) => (a.anchor.start ?? 0) - (b.anchor.start ?? 0));
      phases.anchor.push(performance.now() - t0);
      t0 = performance.now();
      bytes = renderArticleMarkdown({ article, annotations: views, articleNote: 'My note on the article.', settings, exportedAt: '2025-09-05T10:00:00.000Z' }).markdown.length;
      phases.render.push(performance.now() - t0);
    };
    exportOnce(); // warm-up: the first call compiles the template
    const samples: number[] = [];
    for (let rep = 0; rep < ctx.reps * (ctx.smoke ? 1 : 3); rep++) samples.push(await timed(exportOnce));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
      measures: [{ id: '9', what: `Markdown export, ${count} highlights (re-anchor + render)`, unit: 'ms', samples, goal: { p95: 100 } }],
      extra: { markdownBytes: bytes, medianMs: { anchor: median(phases.anchor), render: median(phases.render) } },
    };
  },
};
