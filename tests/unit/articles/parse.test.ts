import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type ParsedArticle } from '../../../main/core/articles/parse';
import { fixGluedSentences, sentenceToTitle } from '../../../main/core/articles/split-sentences';
import { parseDateLine } from '../../../main/core/articles/parse-date';

const SEEDS = join(__dirname, '../../../seeds');
const readSeed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

/** Block kinds as runs, e.g. "heading, byline×2, paragraph": readable in a failing diff. */
function kindRuns(article: ParsedArticle): string {
  const runs: { kind: string; count: number }[] = [];
  for (const { kind } of article.blocks) {
    const last = runs.at(-1);
    if (last?.kind === kind) last.count += 1;
    else runs.push({ kind, count: 1 });
  }
  return runs.map(({ kind, count }) => (count > 1 ? `${kind}×${count}` : kind)).join(', ');
}

/** Every word (letters/digits run) with its count. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function missingWords(input: string, output: string): string[] {
  const have = wordCounts(output);
  return [...wordCounts(input)].filter(([word, count]) => (have.get(word) ?? 0) < count).map(([word]) => word);
}

const seedCases = [
  {
    file: '000_23cbbf4dbe42963b.txt',
    title: 'Europe pushes security guarantees for Ukraine amid fears of new Russian offensive',
    site: 'global.espreso.tv',
    published: '2025-09-04T09:15:00.000Z',
    byline: null,
    kinds: 'heading, byline×2, paragraph, boilerplate',
  },
  {
    file: '001_3b98c753de63d439.txt',
    title: 'European leaders are stepping up consultations with President Volodymyr Zelenskyy amid concerns…',
    site: null,
    published: null,
    byline: null,
    kinds: 'caption, paragraph×9',
  },
  {
    file: '002_04a7553af2b0d811.txt',
    title: 'EU negotiating military assurances for Kyiv, excluding American soldiers',
    site: null,
    published: null,
    byline: null,
    kinds: 'heading×2, paragraph×9, boilerplate×5',
  },
  {
    file: '003_1acbf4c4b5da9e5b.txt',
    title: 'As they discuss security guarantees for Ukraine, European leaders are increasingly concerned as…',
    site: null,
    published: null,
    byline: null,
    kinds: 'paragraph, heading, listItem×3, heading, paragraph×10',
  },
  {
    file: '004_6130a6734b00995e.txt',
    title: 'Ukraine’s Allies Meet As Doubts Grow Over Security Guarantees, US Support',
    site: 'Arise News',
    published: null,
    byline: 'Faridah Abdulkadiri',
    kinds: 'heading, paragraph, boilerplate×2, paragraph×12, byline, boilerplate×2',
  },
];

describe('parsing the seed articles', () => {
  it.each(seedCases)('reads title, site, date, byline and block structure of $file', (c) => {
    const article = parseArticle(readSeed(c.file), { fileName: c.file });
    expect({ title: article.title, site: article.site, published: article.published, byline: article.byline }).toEqual({
      title: c.title,
      site: c.site,
      published: c.published,
      byline: c.byline,
    });
    expect(kindRuns(article)).toBe(c.kinds);
  });

  it.each(seedCases)('keeps every word of $file somewhere in the article text', ({ file }) => {
    const raw = readSeed(file);
    expect(missingWords(raw, parseArticle(raw, { fileName: file }).text)).toEqual([]);
  });

  it.each(seedCases)('gives blocks of $file offsets that point exactly at their text', ({ file }) => {
    const article = parseArticle(readSeed(file), { fileName: file });
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text);
    expect(article.blocks.map((b) => b.text).join('\n\n')).toBe(article.text);
  });

  it.each(seedCases)('parses $file the same way twice, with a hash of its text', ({ file }) => {
    const [first, second] = [1, 2].map(() => parseArticle(readSeed(file), { fileName: file }));
    expect(second).toEqual(first);
    expect(first.contentHash).toBe(createHash('sha256').update(first.text).digest('hex'));
  });

  it.each(seedCases)('reads $file the same with Windows line ends, a BOM, tabs and extra blank lines', ({ file }) => {
    const raw = readSeed(file);
    const messy = '\uFEFF' + raw.replace(/\n/g, '\r\n\r\n\r\n').replace(/ the /g, ' the\t');
    expect(parseArticle(messy, { fileName: file }).blocks).toEqual(parseArticle(raw, { fileName: file }).blocks);
  });

  it('shows glued sentences with a space, keeping U.S. and numbers intact', () => {
    const { text } = parseArticle(readSeed('000_23cbbf4dbe42963b.txt'), { fileName: '000.txt' });
    for (const fixed of ['information. At last week’s', 'sources said. The coalition', 'Donald Trump. “The Europeans', 'soon,” the outlet noted. The French', 'according to the UN. With no sign']) {
      expect(text).toContain(fixed);
    }
    for (const kept of ['the U.S. president', '1,152 wounded', 'Matthew G Whitaker']) expect(text).toContain(kept);
  });

  it('marks the feed footer, the repeated headline and the reaction widget as boilerplate', () => {
    const article = parseArticle(readSeed('004_6130a6734b00995e.txt'), { fileName: '004.txt' });
    const boilerplate = article.blocks.filter((b) => b.kind === 'boilerplate').map((b) => b.text);
    expect(boilerplate).toEqual([
      'The post Ukraine’s Allies Meet As Doubts Grow Over Security Guarantees, US Support appeared first on Arise News.',
      'Ukraine’s Allies Meet As Doubts Grow Over Security Guarantees, US Support',
      'The post Ukraine’s Allies Meet As Doubts Grow Over Security Guarantees, US Support appeared first on Arise News.',
      "What's Your Reaction? like dislike love funny angry sad wow",
    ]);
    expect(article.blocks[1]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/continued US backing\.$/) });
  });

  it('lists bullet points without their dash', () => {
    const article = parseArticle(readSeed('003_1acbf4c4b5da9e5b.txt'), { fileName: '003.txt' });
    const items = article.blocks.filter((b) => b.kind === 'listItem');
    expect(items[0].text).toMatch(/^European leaders are worried/);
    expect(article.text).toContain('0.3% of the total area');
  });

  it('counts reading time from the words that are not boilerplate', () => {
    const article = parseArticle(readSeed('002_04a7553af2b0d811.txt'), { fileName: '002.txt' });
    expect(article.wordCount).toBeGreaterThan(380);
    expect(article.wordCount).toBeLessThan(450);
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(article.wordCount / 230)));
  });
});

/** Articles written for these tests, one per seed shape, with none of the seeds' words. */
const unseen = [
  {
    name: 'a header with a domain and a dateline, then one glued paragraph',
    raw: 'Dutch farmers rally against new nitrogen rules\nwww.polder-post.nl\nMon, 12 May 2025 08:30:00 +0200\n\nThousands of tractors blocked roads near The Hague.Protest leaders said the rules would ruin family farms.“We will not stop,” one organiser said.The ministry expects 2.5% growth and cited Node.js dashboards at example.org.\nMore news',
    expected: { title: 'Dutch farmers rally against new nitrogen rules', site: 'polder-post.nl', published: '2025-05-12T06:30:00.000Z', byline: null },
    kinds: 'heading, byline×2, paragraph, boilerplate',
    contains: ['The Hague. Protest leaders', 'farms. “We will', 'said. The ministry', '2.5% growth', 'Node.js dashboards at example.org.'],
  },
  {
    name: 'no header, opening with a photo caption',
    raw: 'Photo: Harbour Authority A cargo ship waits outside the port.\nShipping rates across the North Sea climbed for a third straight week as winter storms delayed container vessels bound for northern ports.\nAnalysts expect the backlog to clear by March.',
    expected: { title: 'Shipping rates across the North Sea climbed for a third straight week as winter storms delayed…', site: null, published: null, byline: null },
    kinds: 'caption, paragraph×2',
    contains: [],
  },
  {
    name: 'a headline, a subheading, paragraphs and a related-links list',
    raw: 'Heatwave grips southern Spain as thermometers pass 44C\nHospitals on alert\nDoctors in Seville reported a rise in heatstroke cases.\nThe regional government opened cooling centres in libraries.\nRelated:\n- Spain bans outdoor work during peak heat\n- Wildfire forces evacuation near Valencia.',
    expected: { title: 'Heatwave grips southern Spain as thermometers pass 44C', site: null, published: null, byline: null },
    kinds: 'heading×2, paragraph×2, boilerplate×3',
    contains: [],
  },
  {
    name: 'a lede, key points as bullets, a subheading and paragraphs',
    raw: 'Central banks in Asia are weighing rate cuts as exports slow.\nKey takeaways\n- Exports fell for a second month.\n- Inflation is back within target.\nWhat comes next\nEconomists in Seoul expect a cut in October.\nTokyo is likely to wait.',
    expected: { title: 'Central banks in Asia are weighing rate cuts as exports slow', site: null, published: null, byline: null },
    kinds: 'paragraph, heading, listItem×2, heading, paragraph×2',
    contains: [],
  },
  {
    name: 'blank-line paragraphs with a feed blurb, a repeated headline, a byline and a share widget',
    raw: 'Kenya Opens New Rail Link To Uganda Border\n\nKenya has opened a rail link to the border. The post Kenya Opens New Rail Link To Uganda Border appeared first on Lakeside Wire.\n\nKenya Opens New Rail Link To Uganda Border\n\nThe line cuts freight times by half, officials said.\n\nTraders welcomed the news.\n\nAmina Wanjiru Otieno\n\nShare this\n\nFacebook\n\nTwitter',
    expected: { title: 'Kenya Opens New Rail Link To Uganda Border', site: 'Lakeside Wire', published: null, byline: 'Amina Wanjiru Otieno' },
    kinds: 'heading, paragraph, boilerplate×2, paragraph×2, byline, boilerplate',
    contains: ['Share this Facebook Twitter'],
  },
];

describe('parsing unseen articles of the same shapes', () => {
  it.each(unseen)('reads $name', ({ raw, expected, kinds, contains }) => {
    const article = parseArticle(raw, { fileName: 'unseen.txt' });
    expect({ title: article.title, site: article.site, published: article.published, byline: article.byline }).toEqual(expected);
    expect(kindRuns(article)).toBe(kinds);
    for (const fragment of contains) expect(article.text).toContain(fragment);
    expect(missingWords(raw, article.text)).toEqual([]);
  });

  it('names an empty text after its file and gives it no reading time', () => {
    const article = parseArticle(' \n\n\t\n', { fileName: 'folder/My notes.txt' });
    expect(article).toMatchObject({ title: 'My notes', blocks: [], text: '', wordCount: 0, readingMinutes: 0 });
  });

  it('gives a one-sentence text at least one minute of reading', () => {
    expect(parseArticle('Short note about the harbour.', { fileName: 'n.txt' }).readingMinutes).toBe(1);
  });

  it('joins a paragraph that was hard-wrapped over several lines', () => {
    const raw = [
      'Mountain villages brace for a long winter',
      '',
      'Snow arrived early this year in the high valleys, and the roads to several',
      'villages were closed for two days while crews cleared drifts that reached',
      'the height of a bus. Schools stayed open for children who could walk there.',
      '',
      'Residents stocked up on fuel and flour, and the council opened a shelter',
      'in the old railway station for anyone whose heating failed in the cold.',
    ].join('\n');
    const article = parseArticle(raw, { fileName: 'w.txt' });
    expect(kindRuns(article)).toBe('heading, paragraph×2');
    expect(article.blocks[1].text).toContain('to several villages were closed');
  });

  it('keeps Markdown headings and numbered items as headings and list items', () => {
    const article = parseArticle('# Field notes\n\n## Findings\n\n1. Rivers rose.\n2. Bridges held.\n\nThe survey ended on Friday.', { fileName: 'n.md' });
    expect(kindRuns(article)).toBe('heading×2, listItem×2, paragraph');
    expect(article.blocks.map((b) => b.text)).toContain('1. Rivers rose.');
  });
});

describe('repairing glued sentences', () => {
  it.each([
    ['information.At last week', 'information. At last week'],
    ['soon,” the outlet noted.The French', 'soon,” the outlet noted. The French'],
    ['meet Trump.“The Europeans', 'meet Trump. “The Europeans'],
    ['he said.”Then she left', 'he said.” Then she left'],
    ['according to the UN.With no sign', 'according to the UN. With no sign'],
    ['since May 2022.The month', 'since May 2022. The month'],
    ['Really?Yes.', 'Really? Yes.'],
    ['the U.S. president and U.S.Army', 'the U.S. president and U.S.Army'],
    ['0.3% of 1,152 people', '0.3% of 1,152 people'],
    ['read global.espreso.tv and Node.js docs', 'read global.espreso.tv and Node.js docs'],
    ['see https://example.com/page?Id=5.Then', 'see https://example.com/page?Id=5.Then'],
    ['mail jane.Doe@example.com today', 'mail jane.Doe@example.com today'],
    ['built on ASP.NET today', 'built on ASP.NET today'],
  ])('turns %j into %j', (input, output) => {
    expect(fixGluedSentences(input)).toBe(output);
  });
});

describe('making a title from a sentence', () => {
  it('cuts a long sentence at a word boundary with an ellipsis', () => {
    const title = sentenceToTitle('word '.repeat(40).trim() + '.');
    expect(title.length).toBeLessThanOrEqual(101);
    expect(title).toMatch(/word…$/);
  });

  it('drops the full stop of a short sentence but keeps a question mark', () => {
    expect(sentenceToTitle('Prices rose.')).toBe('Prices rose');
    expect(sentenceToTitle('Will prices rise?')).toBe('Will prices rise?');
  });
});

describe('reading datelines', () => {
  it.each([
    ['Thu, 04 Sep 2025 12:15:00 +0300', '2025-09-04T09:15:00.000Z'],
    ['2025-09-04T12:15:00+03:00', '2025-09-04T09:15:00.000Z'],
    ['2025-09-04', '2025-09-04T00:00:00.000Z'],
    ['Published: September 4, 2025, 9:15 PM', '2025-09-04T21:15:00.000Z'],
    ['4 September 2025 10:00 GMT', '2025-09-04T10:00:00.000Z'],
    ['May 5, 2025 at 10:30 am EDT', '2025-05-05T14:30:00.000Z'],
    ['31 June 2025', null],
    ['Points of attention', null],
    ['Russia moved 2 brigades', null],
  ])('reads %j as %j', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });
});
