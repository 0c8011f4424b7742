/**
 * Short content hashes for export blocks. `@noble/hashes` rather than `node:crypto` keeps
 * the exporter importable from the renderer (the settings view previews templates live).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Hex digits kept: 48 bits, plenty to notice an edit to one block. */
const SHORT_HASH_CHARS = 12;

/** First 12 hex digits of the SHA-256 of `text` (UTF-8). */
export function shortHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, SHORT_HASH_CHARS);
}

/**
 * The hash of a block's text as a person's editor may save it back: line endings, trailing
 * spaces, outer blank lines and Unicode normalisation do not count as edits.
 */
export function blockHash(text: string): string {
  const normalised = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .normalize('NFC');
  return shortHash(normalised);
}
