/** The committed icons: rendered from build/icon.svg at the sizes each platform asks for. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { ICNS_TYPES, buildIcns } from '../../scripts/make-icons.mjs';

const png = (path: string) => PNG.sync.read(readFileSync(path));

/** Reads an ICNS container back into its entries. */
function readIcns(buffer: Buffer): Array<[string, Buffer]> {
  expect(buffer.toString('latin1', 0, 4)).toBe('icns');
  expect(buffer.readUInt32BE(4)).toBe(buffer.length);
  const entries: Array<[string, Buffer]> = [];
  for (let at = 8; at < buffer.length; ) {
    const length = buffer.readUInt32BE(at + 4);
    entries.push([buffer.toString('latin1', at, at + 4), buffer.subarray(at + 8, at + length)]);
    at += length;
  }
  return entries;
}

describe('app icons', () => {
  it.each([
    ['build/icon.png', 1024],
    ['build/icon-512.png', 512],
    ['build/icons/16x16.png', 16],
    ['build/icons/256x256.png', 256],
    ['build/icons/1024x1024.png', 1024],
  ])('%s is a %i px square PNG with a transparent corner', (path, size) => {
    const image = png(path);
    expect([image.width, image.height]).toEqual([size, size]);
    expect(image.data[3]).toBe(0);
  });

  it('the 16 px icon is not blank: it shows the dark tile and the light book', () => {
    const image = png('build/icons/16x16.png');
    const pixel = (x: number, y: number) => Array.from(image.data.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 4));
    const [r, g, b] = pixel(1, 8);
    expect(b).toBeGreaterThan(r);
    const [pr, pg, pb] = pixel(5, 6);
    expect(Math.min(pr, pg, pb)).toBeGreaterThan(180);
    void g;
  });

  it('the .ico holds 16 to 256 px images', () => {
    const ico = readFileSync('build/icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('the .icns holds a PNG for every size macOS asks for, up to 1024 px', () => {
    const entries = readIcns(readFileSync('build/icon.icns'));
    expect(entries.map(([type]) => type)).toEqual(ICNS_TYPES.map(([type]) => type));
    for (const [i, [, data]] of entries.entries()) {
      const image = PNG.sync.read(data);
      expect(image.width).toBe(ICNS_TYPES[i][1]);
    }
  });

  it('the ICNS writer records each entry\'s length with its 8-byte header, big-endian', () => {
    const icns = buildIcns([['ic07', Buffer.from('abc')], ['ic08', Buffer.from('de')]]);
    expect(readIcns(icns)).toEqual([['ic07', Buffer.from('abc')], ['ic08', Buffer.from('de')]]);
    expect(icns.length).toBe(8 + 11 + 10);
    expect(() => buildIcns([['toolong', Buffer.alloc(1)]])).toThrow(/bad ICNS type/);
  });
});
