/**
 * How library text becomes search terms, the same for indexing and for queries: lower case,
 * split on anything that is not a letter or digit, drop one-letter tokens and the most
 * common English words (they match every article and only cost index size and time).
 */

const SPLIT = /[^\p{L}\p{N}]+/u;

/** Words too common to search by. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also an and any are as at be been but by can could did do does for from had has have he her him his how ' +
    'i if in into is it its just me more most my no not now of on one only or other our out over said she so some than that the ' +
    'their them then there these they this those to too up us was we were what when which who will with would you your'
  ).split(' '),
);

/** The search terms of a text, in order (repeats kept: term frequency counts in ranking). */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.toLowerCase().split(SPLIT)) {
    if (word.length > 1 && !STOP_WORDS.has(word)) terms.push(word);
  }
  return terms;
}
