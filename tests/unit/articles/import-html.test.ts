import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importHtml } from '../../../main/core/articles/import-html';

const FIXTURES = join(__dirname, '../../fixtures/html');

function page(name: string): { html: string; expected: { title: string; byline: string | null; siteName: string | null } } {
  return {
    html: readFileSync(join(FIXTURES, name, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(FIXTURES, name, 'expected-metadata.json'), 'utf8')),
  };
}

const imported = new Map<string, ReturnType<typeof importHtml>>();
/** Imports a fixture page once per test run: jsdom takes a few hundred milliseconds per page. */
function importPage(name: string) {
  if (!imported.has(name)) imported.set(name, importHtml(page(name).html));
  return imported.get(name)!;
}

/** Real pages: a sentence of the article body, and a piece of the site's navigation or login box. */
const pages = [
  { name: 'ars-1', body: 'A flaw in the wildly popular online game Minecraft', navigation: 'Staff Directory' },
  { name: 'bbc-1', body: 'President Barack Obama has admitted that his failure', navigation: 'CBeebies' },
  { name: 'medium-1', body: 'We pushed out the first version of the Open Journalism site', navigation: 'Sign in / Sign up' },
  { name: 'herald-sun-1', body: 'A HIGH-powered federal government team', navigation: 'Login with LinkedIn' },
  { name: 'lemonde-1', body: 'Les députés ont, sans surprise, adopté', navigation: 'Édition afrique' },
  { name: 'la-nacion', body: 'Abdullah Ocalan, el líder independentista kurdo', navigation: 'Edición Impresa' },
];

describe('importing saved web pages', () => {
  it.each(pages)('finds the title, byline and site of $name', ({ name }) => {
    const { expected } = page(name);
    const article = importPage(name);
    expect({ title: article.title, byline: article.byline, site: article.site }).toEqual({
      title: expected.title,
      byline: expected.byline,
      site: expected.siteName,
    });
  });

  it.each(pages)('keeps the article body of $name and leaves its navigation out', ({ name, body, navigation }) => {
    const { html } = page(name);
    expect(html.includes(navigation)).toBe(true);
    const article = importPage(name);
    expect(article.text).toContain(body);
    expect(article.text).not.toContain(navigation);
    expect(article.wordCount).toBeGreaterThan(200);
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text);
  });

  it('keeps the subheadings, list items and picture captions of a long post', () => {
    const kinds = new Set(importPage('medium-1').blocks.map((b) => b.kind));
    expect([...kinds].sort()).toEqual(['caption', 'heading', 'listItem', 'paragraph']);
  });
});

const SMALL_PAGE = `<!doctype html><html><head><title>Spring tides reach record heights | Coast Weekly</title>
<meta property="og:site_name" content="Coast Weekly"><meta name="author" content="Ines Duarte">
<meta property="article:published_time" content="2024-03-01T10:00:00+01:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Spring tides reach record heights</h1>
<p>The highest tide in forty years flooded the harbour road on Friday morning, and the lifeboat crew moved boats to higher moorings before dawn.</p>
<figure><img src="a.jpg" alt=""><figcaption>Water over the harbour wall at 7am.</figcaption></figure>
<h2>What the council will do</h2>
<p>The council said it would raise the sea wall by half a metre over the summer, paid for from the coastal defence budget, after years of complaints from residents.</p>
<ul><li>Sandbags at the harbour office.</li><li>A new pump near the ferry ramp.</li></ul>
<p>Residents can report flooding on the council's hotline, which is staffed around the clock during spring tides and storms.</p>
<script>var tracking = "should never show";</script></article>
<footer>Copyright Coast Weekly. Privacy policy.</footer></body></html>`;

describe('importing a small page', () => {
  it('maps headings, paragraphs, captions and list items to blocks, without scripts or footer', () => {
    const article = importHtml(SMALL_PAGE, 'https://www.coastweekly.example/tides');
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'heading', 'paragraph', 'listItem', 'listItem', 'paragraph']);
    expect(article).toMatchObject({
      title: 'Spring tides reach record heights',
      byline: 'Ines Duarte',
      site: 'Coast Weekly',
      published: '2024-03-01T09:00:00.000Z',
    });
    expect(article.text).not.toMatch(/should never show|Privacy policy|Sport/);
  });

  it('names the site after the page address when the page does not name itself', () => {
    const html = SMALL_PAGE.replace('<meta property="og:site_name" content="Coast Weekly">', '');
    expect(importHtml(html, 'https://www.coastweekly.example/tides').site).toBe('coastweekly.example');
  });

  it('imports a page without a recognisable article as its body text', () => {
    const article = importHtml('<html><body><p>Just one short line.</p></body></html>');
    expect(article.text).toBe('Just one short line.');
    expect(article.title).toBe('Just one short line');
  });

  it('imports an empty page as an empty article with a title', () => {
    const article = importHtml('', 'not a url');
    expect(article).toMatchObject({ blocks: [], text: '', wordCount: 0, readingMinutes: 0, title: 'Untitled page', site: null });
  });
});
