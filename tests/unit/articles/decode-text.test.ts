import { describe, it, expect } from 'vitest';
import { decodeText } from '../../../main/core/articles/decode-text';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('reading a file that is not UTF-8', () => {
  it.each([
    ['curly quotes', bytes('She said ', [0x93], 'hello', [0x94], '.'), 'She said “hello”.'],
    ['an apostrophe and a dash', bytes('It', [0x92], 's late ', [0x97], ' very.'), 'It’s late — very.'],
    ['the euro sign', bytes('Costs 5 ', [0x80], '.'), 'Costs 5 €.'],
    ['accented letters', bytes('Caf', [0xe9], ' cr', [0xe8], 'me.'), 'Café crème.'],
  ])('shows %s as the writer typed them', (_name, input, expected) => {
    const decoded = decodeText(input);
    expect(decoded).toMatchObject({ ok: true, text: expected });
    if (decoded.ok) expect(decoded.notice).toMatch(/Windows-1252/);
  });
});
