/**
 * Builds the W3C selectors that let an annotation find its passage again
 * after the article's text has changed.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../../contract.js';

/** Default number of context characters kept on each side of a quote. */
export const CONTEXT_CHARS = 32;

/** What an annotation remembers about its passage. */
export interface AnchorTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Describes `text.slice(start, end)` by quote (with up to `contextChars` of
 * prefix and suffix) and by position. Offsets are JS string (UTF-16) offsets.
 * The context is trimmed rather than cut through an emoji, so it never holds
 * half a surrogate pair.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextChars = CONTEXT_CHARS,
): AnchorTarget {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`describeRange: invalid range ${start}..${end} for a text of ${text.length} characters`);
  }
  let prefixStart = Math.max(0, start - contextChars);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + contextChars);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.min(prefixStart, start), start),
      suffix: text.slice(end, Math.max(suffixEnd, end)),
    },
    position: { start, end },
  };
}
