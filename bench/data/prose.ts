/**
 * Seeded news-like prose for generated libraries: a word-level Markov chain over the seed
 * articles' bodies, with content words replaced from a large synthetic vocabulary drawn on
 * a Zipf curve. The five seeds share one news cycle and a couple of thousand words: left as
 * they are, every generated article would mention the same places and people, and a search
 * for "russia" would match all 10,000. So each article gets a topic, and each topic maps the
 * seeds' content words to its own words (keeping a few of them), plus a share of random
 * long-tail words: document frequencies, index size and query costs then look like those
 * of a real, varied library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomInt } from './rng.js';

const CONSONANTS = 'bcdfghjklmnprstvwz';
const VOWELS = 'aeiou';
const FINALS = ['', '', '', 'n', 'r', 's', 'l', 't'];
const VOCABULARY = 60_000;
const SWAP_SHARE = 0.08;
/** Share of a seed content word's occurrences that a topic keeps as it is. */
const KEEP_SHARE = 0.08;
const CONTENT_WORD = /^([A-Za-z][a-z]{3,})(.*)$/;

/** Writes sentences (about one topic) with a seeded random source. */
export interface Prose {
  sentence(random: () => number): string;
  /** A title-like run of words. */
  title(random: () => number): string;
  /** A paragraph-separated text of about `chars` characters. */
  text(random: () => number, chars: number): string;
}

const endsSentence = (word: string) => /[.!?]["”’]?$/.test(word);

function seedBodies(): string[][] {
  const dir = fileURLToPath(new URL('../../seeds/', import.meta.url));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(dir + name, 'utf8').split('\n').slice(3).join(' ').split(/\s+/).filter(Boolean));
}

/** Pronounceable made-up words whose first letters spread like a real language's. */
function syntheticWords(random: () => number): string[] {
  const pick = (letters: string) => letters[randomInt(random, letters.length)];
  const words = new Set<string>();
  while (words.size < VOCABULARY) {
    let w = random() < 0.2 ? pick(VOWELS) : '';
    const n = 2 + randomInt(random, 3);
    for (let k = 0; k < n; k++) w += pick(CONSONANTS) + pick(VOWELS);
    words.add(w + FINALS[randomInt(random, FINALS.length)]);
  }
  return [...words];
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

/** Builds the chain once; `forTopic(t)` then writes prose about topic t cheaply. */
export function createProse(random: () => number): { forTopic(topic: number): Prose } {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const words of seedBodies()) {
    words.forEach((word, i) => {
      if (i === 0 || endsSentence(words[i - 1])) starts.push(word);
      if (i + 1 < words.length) {
        const list = next.get(word);
        if (list) list.push(words[i + 1]);
        else next.set(word, [words[i + 1]]);
      }
    });
  }
  const vocabulary = syntheticWords(random);
  // Zipf (the k-th word drawn with probability ~1/k) over content words, i.e. without the
  // head of the curve, which in a real language is the function words the seeds supply.
  const head = Math.log(300);
  const zipfAt = (u: number) => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(head + u * (Math.log(vocabulary.length) - head))))];
  const zipf = (r: () => number) => zipfAt(r());

  function forTopic(topic: number): Prose {
    const mapped = new Map<string, string>();
    /** The topic's word for a seed content word (the same every time within the topic). */
    function topical(core: string): string {
      const key = core.toLowerCase();
      let word = mapped.get(key);
      if (word === undefined) {
        word = hash(`${topic}:${key}`) < KEEP_SHARE ? key : zipfAt(hash(`${key}:${topic}`));
        mapped.set(key, word);
      }
      return core[0] === core[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
    }
    const rewrite = (r: () => number, word: string) => {
      const m = CONTENT_WORD.exec(word);
      if (!m) return word;
      return (r() < SWAP_SHARE ? zipf(r) : topical(m[1])) + m[2];
    };
    function sentence(r: () => number): string {
      const words = [starts[randomInt(r, starts.length)]];
      while (words.length < 40 && !(words.length >= 6 && endsSentence(words[words.length - 1]))) {
        const options = next.get(words[words.length - 1]) ?? starts;
        words.push(options[randomInt(r, options.length)]);
      }
      return words.map((w) => rewrite(r, w)).join(' ');
    }
    return {
      sentence,
    title(r) {
      const words = sentence(r).replace(/[.!?"”’]+$/, '').split(' ');
      return words.slice(0, 5 + randomInt(r, 7)).join(' ');
    },
    text(r, chars) {
      const paragraphs: string[] = [];
      let length = 0;
      while (length < chars) {
        const p = Array.from({ length: 2 + randomInt(r, 4) }, () => sentence(r)).join(' ');
        paragraphs.push(p);
        length += p.length + 2;
      }
      return paragraphs.join('\n\n');
    },
    };
  }

  return { forTopic };
}
