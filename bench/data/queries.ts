/**
 * Search queries a reader might type, drawn from the library itself so that common words
 * come up as often as they do in the articles: a title word, two words from a body, the
 * first letters of a word (typing), or a word with a typo.
 */
import { STOP_WORDS } from '../../main/core/search/tokenize.js';
import type { LibraryDoc } from '../../main/core/search/library-search.js';
import { randomInt, seededRandom } from './rng.js';

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
}

/** `count` queries over `docs`, deterministic for a seed. */
export function makeQueries(docs: readonly LibraryDoc[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pickWord = (text: string) => {
    const words = wordsOf(text);
    return words.length ? words[randomInt(random, words.length)] : 'harbour';
  };
  const queries: string[] = [];
  while (queries.length < count) {
    const doc = docs[randomInt(random, docs.length)];
    const kind = random();
    if (kind < 0.35) queries.push(pickWord(doc.title));
    else if (kind < 0.65) {
      const words = wordsOf(doc.text);
      const at = randomInt(random, Math.max(1, words.length - 1));
      queries.push(words.slice(at, at + 2).join(' '));
    } else if (kind < 0.85) {
      const word = pickWord(doc.text);
      queries.push(word.slice(0, 3 + randomInt(random, 3)));
    } else {
      const word = pickWord(doc.text);
      const at = 1 + randomInt(random, Math.max(1, word.length - 2));
      queries.push(word.length >= 6 ? word.slice(0, at) + 'x' + word.slice(at + 1) : word);
    }
  }
  return queries;
}
