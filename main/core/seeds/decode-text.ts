/**
 * Turns a file's bytes into text, or says in plain words why it is not text.
 * UTF-8 is expected; UTF-16 with a byte-order mark is read as such; bytes that are
 * not valid UTF-8 are read as Windows-1252, which never fails and keeps accented
 * Western text readable (the usual case for such files).
 */

export type Decoded =
  | { ok: true; text: string; /** Set when the text had to be read in a fallback encoding. */ notice: string | null }
  | { ok: false; error: string };

export const EMPTY_FILE = 'The file is empty';
export const BINARY_FILE = 'This looks like a binary file, not text';
export const NO_READABLE_TEXT = 'The file has no readable text';

function hasByteOrderMark(bytes: Uint8Array, ...mark: number[]): boolean {
  return mark.every((byte, index) => bytes[index] === byte);
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a file's bytes; `ok: false` carries a message to show the user. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: EMPTY_FILE };
  let text: string | null = null;
  let notice: string | null = null;
  if (hasByteOrderMark(bytes, 0xff, 0xfe)) text = decodeWith('utf-16le', bytes, false);
  else if (hasByteOrderMark(bytes, 0xfe, 0xff)) text = decodeWith('utf-16be', bytes, false);
  else if (bytes.includes(0)) return { ok: false, error: BINARY_FILE };
  else {
    text = decodeWith('utf-8', bytes, true);
    if (text === null) {
      text = decodeWith('windows-1252', bytes, false) ?? '';
      notice = 'The file is not valid UTF-8, so it was read as Windows-1252 (Western European) text';
    }
  }
  text = (text ?? '').replace(/^\uFEFF/u, '');
  if (text.trim() === '') return { ok: false, error: EMPTY_FILE };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, error: NO_READABLE_TEXT };
  return { ok: true, text, notice };
}
