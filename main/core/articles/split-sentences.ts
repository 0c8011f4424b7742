/**
 * Sentence-level text helpers: repairing sentences that scraping glued together
 * (`information.At`), splitting text into sentences, and shortening a sentence
 * into a title.
 */

/**
 * Sentence end glued to the next sentence's start. The letters before the mark decide:
 * two lowercase letters (`said.The`), an acronym (`UN.With`), or a digit (`2022.The`);
 * a lone capital (`U.S.`) is an initialism and is left alone. The next word must look
 * like a word (`The`, `A `, `I'm`), not an all-caps token (`ASP.NET`) or an initial.
 */
const GLUE =
  /(?<=\p{Ll}\p{Ll}|\p{Lu}\p{Lu}|\d)([.!?…]+)(["”’»)\]]*)(?=["“‘«(]?\p{Lu}(?:\p{Ll}|\s|['’]\p{Ll}))/gu;

/** Web addresses and e-mail addresses, whose dots and question marks are not sentence ends. */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/**
 * Inserts the missing space between sentences that were glued together, leaving
 * initialisms, decimals, domain names and web addresses untouched.
 */
export function fixGluedSentences(text: string): string {
  const mayHaveAddress = text.includes('@') || text.includes('://') || /www\./iu.test(text);
  const protectedSpans = mayHaveAddress ? [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  const inAddress = (at: number) => protectedSpans.some(([from, to]) => at >= from && at < to);
  return text.replace(GLUE, (match: string, marks: string, closers: string, offset: number) =>
    inAddress(offset) ? match : `${marks}${closers} `,
  );
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Short words that end with a dot without ending the sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st prof gen sen rep gov col lt sgt capt jr sr vs etc no inc ltd co corp dept est approx fig'.split(' '),
);

/** True when a segment ends with an abbreviation or an initial, so the next one continues it. */
function endsWithAbbreviation(segment: string): boolean {
  const last = /(?<!\S)(\S+)\.\s*$/u.exec(segment)?.[1];
  if (!last) return false;
  if (/^(?:\p{L}\.)*\p{L}$/u.test(last)) return true; // `U.S.`, `e.g.`, `G.`
  return ABBREVIATIONS.has(last.toLowerCase());
}

/**
 * Splits text into sentences (each keeps its trailing space), without splitting after
 * common abbreviations or initials such as `Mr.` or `U.S.`.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of SENTENCES.segment(text)) {
    const previous = sentences.length - 1;
    if (previous >= 0 && endsWithAbbreviation(sentences[previous])) sentences[previous] += segment;
    else sentences.push(segment);
  }
  return sentences;
}

/** How far sentence splitting looks: segmenting is slow on very long texts, and sentences are short. */
const SENTENCE_WINDOW = 2000;

/** The first sentence of a text, trimmed. */
export function firstSentence(text: string): string {
  return (splitSentences(text.slice(0, SENTENCE_WINDOW))[0] ?? '').trim();
}

/** Where the sentence holding position `at` of `text` begins. */
export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_WINDOW);
  const sentences = splitSentences(text.slice(from, at + 1));
  return at + 1 - (sentences.at(-1)?.length ?? at + 1 - from);
}

/**
 * Shortens a sentence into a title: a final full stop goes (titles have none), and a
 * text longer than `max` characters is cut at a word boundary with an ellipsis.
 */
export function sentenceToTitle(sentence: string, max = 100): string {
  const text = sentence.trim().replace(/\s+/gu, ' ');
  if (text.length <= max) return text.replace(/(?<!\.)\.$/u, '');
  const cut = text.slice(0, max + 1);
  const boundary = cut.lastIndexOf(' ');
  const head = boundary > max * 0.4 ? cut.slice(0, boundary) : text.slice(0, max);
  return `${head.replace(/[\s,;:–—-]+$/u, '')}…`;
}
