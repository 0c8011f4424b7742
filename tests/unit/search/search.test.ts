import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibrarySearch, type LibraryDoc } from '../../../main/core/search/library-search';
import { firstMatch, snippetAround } from '../../../main/core/search/snippet';
import { STOP_WORDS, tokenize } from '../../../main/core/search/tokenize';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { ShardIndex } from '../../../main/core/search/shard-index';
import { FUZZY_QUERY_OPTIONS, INDEX_FORMAT, MINISEARCH_OPTIONS, QUERY_OPTIONS, type SearchDoc } from '../../../main/core/search/options';
import { decodeShardFile, encodeShardFile } from '../../../main/core/search/shard-file';
import { createSearchService } from '../../../main/core/search/service';
import { openCatalog } from '../../../main/core/articles/catalog';

let dir: string;
const open: LibrarySearch[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-search-'));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

function doc(id: string, title: string, text: string, extra: Partial<LibraryDoc> = {}): LibraryDoc {
  return { id, title, text, site: '', byline: '', contentHash: `${id}:${text.length}:${title}`, ...extra };
}

const LIBRARY: LibraryDoc[] = [
  doc('harbour', 'Harbour reopens after the storm', 'Fishing boats returned on Tuesday. The quay was repaired by volunteers over a long week.'),
  doc('budget', 'Council approves the budget', 'The harbour master asked for money to dredge the channel before winter.', { byline: 'Ana Lindqvist' }),
  doc('rail', 'Night trains return to the valley', 'Sleeper carriages will run three times a week from March.', { site: 'valley-courier.example' }),
  doc('bakery', 'A bakery with a queue', 'Sourdough loaves sell out before nine, the baker said, thanks to the new oven.'),
];

/** A search over the test's folder; in this thread unless the test is about the workers. */
function library(options: { inProcess?: boolean } = { inProcess: true }): LibrarySearch {
  const search = new LibrarySearch({ dataDir: dir, shards: 2, ...options });
  open.push(search);
  return search;
}

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe.each([
  ['in worker threads', { inProcess: false }],
  ['in the main thread (fallback)', { inProcess: true }],
])('library search %s', (_where, options) => {
  let search: LibrarySearch;
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'lectern-search-shared-'));
    search = new LibrarySearch({ dataDir: folder, shards: 2, ...options });
    const report = await search.sync(LIBRARY);
    expect(report.inWorkers).toBe(!options.inProcess);
  });
  afterAll(async () => {
    await search.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('finds an article by a word of its title', async () => {
    expect(ids(await search.search('trains', 10))).toEqual(['rail']);
  });

  it.each([
    ['a whole word of the body', 'sourdough', 'bakery'],
    ['an unfinished last word', 'sourd', 'bakery'],
    ['a word with a typo', 'carriagse', 'rail'],
    ['two words, both required', 'quay volunteers', 'harbour'],
    ['a byline', 'lindqvist', 'budget'],
    ['a site', 'courier', 'rail'],
  ])('finds an article by %s', async (_what, query, expected) => {
    expect(ids(await search.search(query, 10))).toEqual([expected]);
  });

  it('ranks an article with the word in its title above one with it only in the body', async () => {
    expect(ids(await search.search('harbour', 10))).toEqual(['harbour', 'budget']);
  });

  it('finds nothing for a word no article has, or for common words only', async () => {
    expect(await search.search('xylophone', 10)).toEqual([]);
    expect(await search.search('the and of', 10)).toEqual([]);
  });
});

describe('the saved index', () => {
  it('is loaded instead of rebuilt when the library has not changed', async () => {
    const first = library({ inProcess: false });
    expect((await first.sync(LIBRARY)).indexed).toBe(LIBRARY.length);
    await first.close();
    const again = library({ inProcess: false });
    const report = await again.sync(LIBRARY);
    expect(report).toMatchObject({ loaded: 2, indexed: 0 });
    expect(ids(await again.search('sourdough', 10))).toEqual(['bakery']);
  });

  it('re-indexes only an article that changed, and forgets what it said before', async () => {
    const first = library();
    await first.sync(LIBRARY);
    await first.close();
    const changed = LIBRARY.map((d) => (d.id === 'bakery' ? doc('bakery', 'A bakery with a queue', 'Croissants now, and rye on Fridays.') : d));
    const again = library();
    expect((await again.sync(changed)).indexed).toBe(1);
    expect(await again.search('sourdough', 10)).toEqual([]);
    expect(ids(await again.search('croissants', 10))).toEqual(['bakery']);
  });

  it('drops an article that left the library', async () => {
    const search = library();
    await search.sync(LIBRARY);
    await search.sync(LIBRARY.filter((d) => d.id !== 'rail'));
    expect(await search.search('trains', 10)).toEqual([]);
  });

  it('is rebuilt from scratch when its file is damaged', async () => {
    const first = library();
    await first.sync(LIBRARY);
    await first.close();
    const folder = join(dir, 'search-index');
    for (const name of await readdir(folder)) await writeFile(join(folder, name), '{"format":1,"stamps":');
    const again = library();
    expect((await again.sync(LIBRARY)).indexed).toBe(LIBRARY.length);
    expect(ids(await again.search('trains', 10))).toEqual(['rail']);
  });
});

describe('search terms', () => {
  it('are lower-case words without one-letter tokens and common English words', () => {
    expect(tokenize("The Mayor's plan: 3 new bridges, and Zürich-style trams!")).toEqual(['mayor', 'plan', 'new', 'bridges', 'zürich', 'style', 'trams']);
  });
});

describe('snippets', () => {
  const text = 'Fishing boats returned on Tuesday.\n\nThe quay was repaired by volunteers over a long week, and the harbour reopened.';

  it('show the text around the first match, cut at whole words', () => {
    const snippet = snippetAround(text, ['harbour'], 40);
    expect(snippet).toContain('harbour reopened');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).not.toMatch(/…\S*[a-z]…/); // no word cut in half at the start
  });

  it('show the opening of the text when the match is only in the title', () => {
    expect(snippetAround(text, [], 30).startsWith('Fishing boats returned')).toBe(true);
  });

  it('match words only where they begin, whatever their case', () => {
    const text = 'Theharbour is not it. Harbour is.';
    expect(firstMatch(text, ['harbour'])).toBe(text.indexOf('Harbour'));
  });
});

describe('searchLibrary', () => {
  it('answers with titles and snippets of the matching seed articles', async () => {
    const seeds = join(dir, 'seeds');
    const data = join(dir, 'data');
    await Promise.all([mkdir(seeds), mkdir(data)]);
    await writeFile(join(seeds, 'a.txt'), 'Harbour reopens after storm\n\nThe harbour reopened on Tuesday after a week of repairs by volunteers.');
    await writeFile(join(seeds, 'b.txt'), 'Night trains return\n\nSleeper carriages will run three times a week from March.');
    const catalog = await openCatalog(seeds);
    const service = createSearchService({ catalog, store: { file: join(data, 'lectern.json') } }, { startDelayMs: 60_000 });
    const { api } = service;
    const results = await api.searchLibrary({ query: 'volunteer', limit: 10 });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ title: 'Harbour reopens after storm' });
    expect(results[0].snippet).toContain('volunteers');
    expect(results[0].score).toBeGreaterThan(0);
    expect(await api.searchLibrary({ query: '   ', limit: 10 })).toEqual([]);
    await service.close();
  });
});

describe('building a shard in one pass', () => {
  const normalised = (index: MiniSearch<SearchDoc>) => {
    const plain = JSON.parse(JSON.stringify(index)) as AsPlainObject;
    return { ...plain, index: [...plain.index].sort(([a], [b]) => (a < b ? -1 : 1)) };
  };
  const docs = [
    ...LIBRARY,
    doc('empty', '', ''),
    doc('repeats', 'Storm storm STORM', 'storm, storm and the storm again; harbour harbour.', { site: 'storm.example', byline: 'Storm Reporter' }),
  ];
  /** Through the shard file's bytes and back. */
  const roundTrip = (index: ShardIndex) => {
    const bytes = encodeShardFile(INDEX_FORMAT, { ids: ['x'], stamps: ['y'], index: index.toCompact() });
    return decodeShardFile(INDEX_FORMAT, Buffer.from(bytes))!.index;
  };
  const reference = () => {
    const index = new MiniSearch<SearchDoc>(MINISEARCH_OPTIONS);
    index.addAll(docs);
    return index;
  };

  it('gives exactly the index MiniSearch builds word by word', () => {
    expect(normalised(ShardIndex.fromDocs(docs))).toEqual(normalised(reference()));
  });

  it('saves and loads without losing anything, discarded articles included', () => {
    const index = ShardIndex.fromDocs(docs);
    index.discard('rail');
    index.add(doc('late', 'A late arrival', 'Trains and ferries.'));
    const copy = ShardIndex.fromCompact(roundTrip(index));
    expect(decodeShardFile(INDEX_FORMAT + 1, encodeShardFile(INDEX_FORMAT, { ids: [], stamps: [], index: index.toCompact() }))).toBeNull();
    expect(normalised(copy)).toEqual(normalised(index));
    expect(copy.search('trains', QUERY_OPTIONS).map((r) => r.id)).toEqual(['late']);
  });

  it.each(['storm', 'harbour', 'sourd', 'carriagse', 'reporter'])('answers "%s" as the word-by-word index does, built or loaded', (query) => {
    const expected = reference().search(query, FUZZY_QUERY_OPTIONS);
    expect(ShardIndex.fromDocs(docs).search(query, FUZZY_QUERY_OPTIONS)).toEqual(expected);
    const loaded = ShardIndex.fromCompact(roundTrip(ShardIndex.fromDocs(docs)));
    expect(loaded.search(query, FUZZY_QUERY_OPTIONS)).toEqual(expected);
  });

  it('keeps an article added to a loaded index, searched in part, through another save and load', () => {
    const late = doc('late', 'A late harbour arrival', 'Trains and ferries at the storm quay.');
    const loaded = ShardIndex.fromCompact(roundTrip(ShardIndex.fromDocs(docs)));
    loaded.search('harb', QUERY_OPTIONS);
    loaded.add(late);
    const again = ShardIndex.fromCompact(roundTrip(loaded));
    const expected = reference();
    expected.add(late);
    expect(normalised(again)).toEqual(normalised(expected));
    expect(again.search('ferr', FUZZY_QUERY_OPTIONS)).toEqual(expected.search('ferr', FUZZY_QUERY_OPTIONS));
  });

  it('forgets a discarded article in a loaded index, even for words never searched before', async () => {
    const loaded = ShardIndex.fromCompact(roundTrip(ShardIndex.fromDocs(docs)));
    loaded.discard('harbour');
    await loaded.vacuum();
    expect(loaded.search('harbour', QUERY_OPTIONS).map((r) => r.id).sort()).toEqual(['budget', 'repeats']);
    expect(loaded.search('quay', QUERY_OPTIONS)).toEqual([]);
  });
});

describe('the tokenizer', () => {
  // The definition the fast scanner must follow.
  const reference = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w));

  it.each([
    ['plain ASCII', 'The harbour reopened on Tuesday, after 3 weeks.'],
    ['accents and other scripts', 'Zürich café, Ελλάδα και Κύπρος; Москва — 東京 2025年'],
    ['letters outside the Basic Multilingual Plane', 'math 𝐀𝐁𝐂 and 𝟘𝟙 digits, emoji 😀 between words'],
    ['combining marks', 'cafe\u0301 and nai\u0308ve'],
    ['apostrophes, hyphens and underscores', "Mayor's well-known snake_case O’Brien"],
    ['edges', '  ab  '],
  ])('splits %s the way its definition says', (_what, text) => {
    expect(tokenize(text)).toEqual(reference(text));
  });
});
