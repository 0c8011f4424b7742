import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../../main/core/export/citation.js';
import { highlight, makeArticle, renderHtml } from './helpers.js';

const ARTICLE = makeArticle(['He said: "it is *over*" — [sic].', 'Second paragraph.'], {
  id: 'art-1',
  title: 'Talks: the *final* round',
  site: 'news.example',
  published: '2025-09-04T09:15:00.000Z',
  source: 'https://news.example/talks?id=1',
});

describe('Citations', () => {
  it('formats a plain-text citation with quote, title, site, date and deep link', () => {
    const citation = formatCitation(ARTICLE, highlight(ARTICLE, 'it is *over*', { id: 'h1' }));
    expect(citation.text).toBe('“it is *over*” — Talks: the *final* round, news.example, 2025-09-04. lectern://article/art-1#annotation=h1');
    expect(citation.link).toBe('lectern://article/art-1#annotation=h1');
  });

  it('formats a Markdown citation whose quote renders literally and whose title links to the source', () => {
    const { markdown } = formatCitation(ARTICLE, highlight(ARTICLE, '"it is *over*" — [sic].\n\nSecond', { id: 'h1' }));
    expect(markdown).toBe(
      '> "it is \\*over\\*" — \\[sic\\].\n>\n> Second\n\n— [Talks\\: the \\*final\\* round](<https://news.example/talks?id=1>) · news.example · 2025-09-04 · [Open in Lectern](lectern://article/art-1#annotation=h1)',
    );
    const html = renderHtml(markdown);
    expect(html).toContain('<blockquote>\n<p>&quot;it is *over*&quot; — [sic].</p>\n<p>Second</p>\n</blockquote>');
    expect(html).toContain('<a href="https://news.example/talks?id=1">Talks: the *final* round</a>');
  });

  it('cites the stored quote of a detached highlight and leaves out what the article lacks', () => {
    const bare = { ...ARTICLE, site: null, published: null, source: 'local.txt' };
    const citation = formatCitation(bare, highlight(bare, 'words no longer there', { id: 'h2', detached: true }));
    expect(citation.text).toBe('“words no longer there” — Talks: the *final* round. lectern://article/art-1#annotation=h2');
    expect(citation.markdown).toBe('> words no longer there\n\n— *Talks\\: the \\*final\\* round* · [Open in Lectern](lectern://article/art-1#annotation=h2)');
  });
});

