/**
 * A small article for previewing templates. Its title and passages hold the characters that
 * break careless templates (quotes, colons, `#`, `*`, `|`, a leading `-`), so a preview that
 * looks right here will look right on real articles.
 */
import type { Article, AnnotationView, Colour } from '../../contract.js';

const PARAGRAPHS = [
  'Notes: "Quotes", #hashes & *stars* | pipes',
  'The committee met on Thursday: it agreed that 3 * 4 = 12, that [brackets] need care and that <tags> are text.',
  '- A line that starts like a list item, followed by a second sentence.',
  'A last paragraph whose passage was highlighted before the article changed.',
];

export const SAMPLE_ARTICLE_NOTE = 'Worth rereading. See **the second paragraph**.';

/** The sample article, built with the usual rule: paragraphs joined by a blank line. */
export function sampleArticle(): Article {
  const text = PARAGRAPHS.join('\n\n');
  let start = 0;
  const blocks = PARAGRAPHS.map((para, i) => {
    const block = { kind: i === 0 ? ('heading' as const) : ('paragraph' as const), text: para, start, end: start + para.length };
    start = block.end + 2;
    return block;
  });
  return {
    id: 'sample-article',
    title: 'Sample: "Quotes", #hashes & a - leading dash',
    site: 'example.org',
    published: '2025-09-04T09:15:00.000Z',
    byline: 'A. Writer',
    wordCount: 60,
    readingMinutes: 1,
    source: 'https://example.org/sample',
    error: null,
    annotationCount: 3,
    blocks,
    text,
    contentHash: 'sample',
  };
}

function highlight(article: Article, id: string, exact: string, colour: Colour, note: string, tags: string[], detached = false): AnnotationView {
  const start = article.text.indexOf(exact);
  const end = start + exact.length;
  const time = '2025-09-05T10:00:00.000Z';
  return {
    id,
    articleId: article.id,
    created: time,
    modified: time,
    colour,
    note,
    tags,
    target: { quote: { exact, prefix: '', suffix: '' }, position: { start, end }, contentHash: article.contentHash },
    anchor: detached ? { status: 'detached', start: null, end: null, score: null } : { status: 'exact', start, end, score: 1 },
  };
}

/** Three highlights: one with a note and tags, one plain, one detached. */
export function sampleAnnotations(article: Article): AnnotationView[] {
  return [
    highlight(article, 'sample-1', 'it agreed that 3 * 4 = 12, that [brackets] need care', 'yellow', 'A note with *Markdown* and a [link](https://example.org).', ['maths', 'style/markdown']),
    highlight(article, 'sample-2', '- A line that starts like a list item', 'green', '', []),
    highlight(article, 'sample-3', 'highlighted before the article changed', 'pink', 'This passage is no longer in the text.', ['detached'], true),
  ];
}
