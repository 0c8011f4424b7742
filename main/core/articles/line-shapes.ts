/**
 * Shape tests for single lines of an article: is it title-like, a heading, a caption,
 * a person's name, a site's domain? Each looks only at the line itself; the parser
 * combines them with the line's position and neighbours.
 */

const CLOSERS = String.raw`["”’»)\]]*`;
const SENTENCE_END = new RegExp(String.raw`[.!?…]${CLOSERS}$`, 'u');
const CLAUSE_END = new RegExp(String.raw`[.,;…]${CLOSERS}$`, 'u');
const STARTS_LIKE_TEXT = /^["“‘«(]?[\p{Lu}\p{N}]/u;

const CAPTION =
  /^(?:©|\(c\)\s|copyright\b|(?:photo(?:graph)?s?|image|picture|illustration|video|credit)\s*(?::|by\b|credit\b|source\b)|illustrative (?:photo|image)|pictured\s*:)/iu;

const DOMAIN = /^(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24})(?::\d+)?(?:\/\S*)?$/iu;

const HOST = /^[a-z0-9.-]+\.(?:[a-z]{2}|com|net|org|info|news|media|online|site|tv|io|co|eu|gov|edu)$/u;
const FILE_SUFFIX = /\.(?:js|ts|md|py|rb|sh|pl|cs|rs|go|txt|pdf|doc|jpg|png|gif)$/u;

/** A name word: capitalised (`Faridah`, `O’Neil`, `Abdul-Kadiri`) or an initial (`G.`). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*|\p{Lu}\.)`;
/** Lowercase particles inside names: `Ursula von der Leyen`, `Luiz Inácio da Silva`. */
const PARTICLE = String.raw`(?:von|van|der|den|de|da|das|do|dos|del|della|di|du|la|le|bin|ibn|al|el)`;
const NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,3}$`, 'u');
const BY_LINE = /^(?:by|written by|words by|author|reporting by)\s*[:\s]\s*(["“]?\p{Lu}.*)$/iu;

/** The number of whitespace-separated words. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** True when the line ends like a sentence: `.`, `!`, `?` or `…`, maybe inside quotes. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * True for a headline: not ending in a full stop or a comma, at most 30 words, starting
 * with a capital or a digit. A question or an exclamation counts when short.
 */
export function isTitleLike(text: string): boolean {
  if (CLAUSE_END.test(text) || /:$/u.test(text) || !STARTS_LIKE_TEXT.test(text)) return false;
  const limit = endsSentence(text) ? 20 : 30;
  return text.length <= 250 && countWords(text) <= limit;
}

/** True for a subheading: a short line (at most 15 words) that does not end a sentence or a clause. */
export function isHeadingLike(text: string): boolean {
  if (endsSentence(text) || CLAUSE_END.test(text) || !STARTS_LIKE_TEXT.test(text)) return false;
  return text.length <= 120 && countWords(text) <= 15;
}

/** True for a photo credit or caption line (`© Agency …`, `Photo: …`). */
export function isCaption(text: string): boolean {
  return CAPTION.test(text);
}

/** True for a line that is just a person's name: two to four capitalised words. */
export function isNameLike(text: string): boolean {
  return text.length <= 60 && NAME.test(text);
}

/** The author named by a "By …" line, or null. */
export function bylineAuthor(text: string): string | null {
  const match = text.length <= 200 ? BY_LINE.exec(text) : null;
  if (!match || countWords(match[1]) > 12 || endsSentence(match[1])) return null;
  return match[1].replace(/[.,;]$/u, '').trim();
}

/** The host name when the whole line is a domain or a web address (`global.espreso.tv`), else null. */
export function siteOfLine(text: string): string | null {
  const match = DOMAIN.exec(text.trim());
  if (!match) return null;
  const host = match[1].replace(/^www\./iu, '');
  // A bare `Node.js` or `file.txt` is not a site: require a web address or a lowercase host with a known-looking TLD.
  const isAddress = /^https?:\/\//iu.test(text) || /^www\./iu.test(text);
  const looksLikeHost = HOST.test(host) && !FILE_SUFFIX.test(host);
  return isAddress || looksLikeHost ? host : null;
}
