/**
 * Annotation anchoring on an article's plain text (pure TypeScript, no
 * Electron): describe a selection by quote and position, and find it again
 * after the text changed. Statuses: exact, shifted (same quote elsewhere),
 * fuzzy (edited quote), detached (not found; never guessed).
 */
export { describeRange, CONTEXT_CHARS, type AnchorTarget } from './describe.js';
export { anchorTarget, type AnchorResult } from './anchor-target.js';
export { anchorAll } from './anchor-all.js';
