/**
 * MiniSearch settings shared by everything that builds, loads or queries an index; an index
 * must be loaded with the options it was built with. Bump INDEX_FORMAT when they change, so
 * saved indexes are rebuilt instead of misread.
 */
import type { Options, SearchOptions } from 'minisearch';
import { tokenize } from './tokenize.js';

/** Version of the saved index: tokenizer, fields and file layout. */
export const INDEX_FORMAT = 4;

/** What is indexed of each article. */
export interface SearchDoc {
  id: string;
  title: string;
  site: string;
  byline: string;
  text: string;
}

export const FIELDS = ['title', 'site', 'byline', 'text'] as const;

/** Title matches count most, then the author and the site, then the body. */
export const BOOST = { title: 4, byline: 2, site: 1.5, text: 1 };

const identity = (term: string) => term;

/**
 * Query semantics: every word must match (AND), and the last word may be unfinished (prefix,
 * search as you type).
 */
export const QUERY_OPTIONS: SearchOptions = {
  boost: BOOST,
  combineWith: 'AND',
  prefix: (_term, i, terms) => i === terms.length - 1,
  fuzzy: false,
  tokenize,
  processTerm: identity,
};

/**
 * The second try when the first finds too little: words of five letters or more forgive one
 * typo (two from ten letters). Only then, because expanding every word to its near spellings
 * costs several times more than the exact search and is rarely needed.
 */
export const FUZZY_QUERY_OPTIONS: SearchOptions = {
  ...QUERY_OPTIONS,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
};

/** Options for new MiniSearch(...) and MiniSearch.loadJSON(...). */
export const MINISEARCH_OPTIONS: Options<SearchDoc> = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize,
  processTerm: identity,
  searchOptions: QUERY_OPTIONS,
};
