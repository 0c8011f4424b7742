/**
 * What the reader shares with other features. The text map reads offsets in the article's
 * plain text off the DOM that ArticleBody renders (`data-block-start` blocks), so it is the
 * reader's own contract; the annotations layer uses it through this file, never a deep import.
 */
export { charOffsetFromPoint, createTextMap, offsetFromPoint, offsetsFromRange, rangeFromOffsets } from './text-map';
export type { BlockEntry, TextMap, TextOffsets } from './text-map';
