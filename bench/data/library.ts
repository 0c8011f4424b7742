/**
 * A generated library: articles the size of the seeds (1.5–6 KB of text), with titles,
 * sites, bylines and dates, as search documents and as the summaries the library list shows.
 */
import { createHash } from 'node:crypto';
import type { ArticleSummary } from '../../main/contract.js';
import type { LibraryDoc } from '../../main/core/search/library-search.js';
import { createProse } from './prose.js';
import { randomInt, seededRandom } from './rng.js';

const FIRST = ['Ana', 'Jonas', 'Mei', 'Oskar', 'Lena', 'Ravi', 'Sofia', 'Tomás', 'Ingrid', 'Kwame', 'Elif', 'Marek', 'Nadia', 'Pablo', 'Yuki', 'Greta'];
const LAST = ['Lindqvist', 'Okafor', 'Novak', 'Haddad', 'Moreau', 'Kowalski', 'Tanaka', 'Silva', 'Brennan', 'Schulz', 'Costa', 'Ivanova', 'Dubois', 'Patel'];
const SITES = Array.from({ length: 60 }, (_, i) => `${['daily', 'weekly', 'morning', 'evening', 'city', 'valley'][i % 6]}-${['courier', 'post', 'herald', 'ledger', 'times'][i % 5]}${i}.example`);

/** One generated article: what search indexes and what the list shows. */
export interface LibraryArticle {
  doc: LibraryDoc;
  summary: ArticleSummary;
}

/** How many subjects the library's articles are spread over. */
const TOPICS = 300;

const cache = new Map<number, LibraryArticle[]>();

/** `count` articles, the same for the same count. */
export function makeLibrary(count: number): LibraryArticle[] {
  const hit = cache.get(count);
  if (hit) return hit;
  const random = seededRandom(7_000 + count);
  const writer = createProse(random);
  const topics = Array.from({ length: TOPICS }, (_, t) => writer.forTopic(t));
  const articles: LibraryArticle[] = [];
  for (let i = 0; i < count; i++) {
    const id = `lib-${String(i).padStart(5, '0')}`;
    const prose = topics[randomInt(random, TOPICS)];
    const title = prose.title(random);
    const text = prose.text(random, 1200 + randomInt(random, 3600));
    const site = SITES[randomInt(random, SITES.length)];
    const byline = `${FIRST[randomInt(random, FIRST.length)]} ${LAST[randomInt(random, LAST.length)]}`;
    const words = text.split(/\s+/).length;
    const published = new Date(Date.UTC(2023, 0, 1) + randomInt(random, 1000) * 86_400_000).toISOString();
    articles.push({
      doc: { id, title, site, byline, text, contentHash: createHash('sha256').update(text).digest('hex') },
      summary: {
        id,
        title,
        site,
        published,
        byline,
        wordCount: words,
        readingMinutes: Math.max(1, Math.round(words / 230)),
        source: `${id}.txt`,
        error: null,
        annotationCount: random() < 0.3 ? randomInt(random, 40) : 0,
      },
    });
  }
  cache.set(count, articles);
  return articles;
}
