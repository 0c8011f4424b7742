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

/**
 * Windows-1252's characters for bytes 0x80–0x9F (the rest match Latin-1). Written out because
 * Node 20's TextDecoder decodes 'windows-1252' as plain Latin-1, which turns curly quotes
 * into invisible control characters.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 exactly, whatever the runtime's TextDecoder does with it. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    chars[i] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return chars.join('');
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
      text = decodeWindows1252(bytes);
      notice = 'The file is not valid UTF-8, so it was read as Windows-1252 (Western European) text';
    }
  }
  text = (text ?? '').replace(/^\uFEFF/u, '');
  if (text.trim() === '') return { ok: false, error: EMPTY_FILE };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, error: NO_READABLE_TEXT };
  return { ok: true, text, notice };
}
