/**
 * Page furniture that scrapers carry along with an article: "Read also" link lists,
 * "Latest news" rails, share and reaction widgets, and feed footers such as
 * "The post … appeared first on Site.". Recognised by well-known widget phrases.
 */
import { sentenceStart } from './split-sentences.js';

/** Whole lines that are a widget's or a link list's heading (compared without case or a final colon). */
const SECTION_HEADINGS = new Set([
  'read also', 'also read', 'read more', 'see also', 'related', 'related news', 'related articles',
  'related posts', 'related stories', 'related topics', 'latest news', 'latest', 'more news', 'more stories',
  'more from', 'most read', 'most popular', 'popular', 'trending', 'trending now', 'recommended',
  'recommended for you', 'you may also like', 'you might also like', 'top stories', 'editor\'s picks',
  'share', 'share this', 'share this article', 'share this story', 'share this post', 'share on',
  'follow us', 'tags', 'topics', 'comments', 'leave a comment', 'leave a reply', 'advertisement',
  'sponsored', 'sponsored content', 'subscribe', 'newsletter', 'sign up', 'what\'s your reaction?',
  'what is your reaction?', 'your reaction', 'like this', 'print', 'email', 'tweet',
]);

/** Lines that begin with a widget label and carry a link or a list after it. */
const LABELLED_LINE = /^(?:read also|also read|read more|see also|related|tags|topics|share on|follow us on)\s*[:–—-]\s*\S/iu;

/** The feed footer WordPress adds to syndicated posts. */
const FEED_FOOTER = /\bappeared first on\b/iu;

/** A line's comparison key: lowercase, straight apostrophes, single spaces, no trailing colon. */
function key(line: string): string {
  return line.toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').replace(/\s*:$/u, '').trim();
}

/** True for a line that opens a widget or a link list ("Read also:", "Latest news", "What's Your Reaction?"). */
export function isSectionHeading(line: string): boolean {
  return line.length <= 40 && SECTION_HEADINGS.has(key(line));
}

/** True for a whole line of page furniture: a section heading, or a labelled link line. */
export function isBoilerplateLine(line: string): boolean {
  return isSectionHeading(line) || LABELLED_LINE.test(line);
}

export type FeedFooter = {
  /** The text before the footer (possibly empty). */
  before: string;
  /** The footer sentence(s): from "The post" (or the sentence start) to the end of the line. */
  footer: string;
  /** The site the footer names, e.g. "Arise News". */
  site: string | null;
};

/**
 * Splits a line containing a feed footer ("… The post <title> appeared first on <Site>.")
 * into the text before it and the footer; null when the line has none.
 */
export function splitFeedFooter(line: string): FeedFooter | null {
  const found = FEED_FOOTER.exec(line);
  if (!found) return null;
  const thePost = [...line.slice(0, found.index).matchAll(/\bThe post\b/gu)].at(-1)?.index ?? -1;
  const start = thePost >= 0 ? thePost : sentenceStart(line, found.index);
  const site = /appeared first on\s+(.+?)(?:\.(?=\s|$)|$)/iu.exec(line.slice(found.index))?.[1]?.trim() ?? null;
  return { before: line.slice(0, start).trim(), footer: line.slice(start).trim(), site: site || null };
}

/** True for a line of a reaction or share widget's buttons: one or two bare words ("like", "Facebook"). */
export function isWidgetButton(line: string): boolean {
  return /^[\p{L}'’]+(?:\s[\p{L}'’]+)?$/u.test(line) && line.length <= 24;
}
