/**
 * How library text becomes search terms, the same for indexing and for queries: lower case,
 * split on anything that is not a letter or digit (Unicode \p{L} and \p{N}), drop one-letter
 * tokens and the most common English words (they match every article and only cost index
 * size and time). Tokenizing is most of the work of indexing, so ASCII is scanned by char
 * code and only other characters are classified with a Unicode regex.
 */

/** Words too common to search by. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also an and any are as at be been but by can could did do does for from had has have he her him his how ' +
    'i if in into is it its just me more most my no not now of on one only or other our out over said she so some than that the ' +
    'their them then there these they this those to too up us was we were what when which who will with would you your'
  ).split(' '),
);

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `i` (a non-ASCII one) is a letter or digit; also its length in UTF-16 units. */
function wordCharAt(text: string, i: number): { yes: boolean; size: number } {
  const cp = text.codePointAt(i)!;
  const char = String.fromCodePoint(cp);
  return { yes: WORD_CHAR.test(char), size: char.length };
}

function push(terms: string[], word: string): void {
  if (word.length > 1 && !STOP_WORDS.has(word)) terms.push(word);
}

/** The search terms of a text, in order (repeats kept: term frequency counts in ranking). */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const terms: string[] = [];
  let start = -1;
  let i = 0;
  while (i < lower.length) {
    const c = lower.charCodeAt(i);
    let isWord: boolean;
    let size = 1;
    if (c < 128) isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else ({ yes: isWord, size } = wordCharAt(lower, i));
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      push(terms, lower.slice(start, i));
      start = -1;
    }
    i += size;
  }
  if (start >= 0) push(terms, lower.slice(start));
  return terms;
}
