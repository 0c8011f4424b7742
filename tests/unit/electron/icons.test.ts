/** The committed icons: rendered from build/icon.svg at the sizes each platform asks for. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { ICNS_TYPES, buildIcns, renderPng } from '../../../scripts/make-icons.mjs';

const svg = readFileSync('build/icon.svg');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

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
    ['build/icons/32x32.png', 32],
    ['build/icons/256x256.png', 256],
    ['build/icons/1024x1024.png', 1024],
  ])('%s is the SVG rendered at %i px (run `node scripts/make-icons.mjs` after editing the SVG)', (path, size) => {
    const committed = readFileSync(path);
    expect(pngSize(committed)).toEqual([size, size]);
    expect(committed.equals(renderPng(svg, size))).toBe(true);
  });

  it('still reads at 16 px: a transparent corner, the dark tile at the edge, the light book in the middle', () => {
    const { pixels } = new Resvg(svg, { fitTo: { mode: 'width', value: 16 } }).render();
    const pixel = (x: number, y: number) => Array.from(pixels.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 4));
    expect(pixel(0, 0)[3]).toBe(0);
    const [r, , b, a] = pixel(1, 8);
    expect(a).toBeGreaterThan(200);
    expect(b).toBeGreaterThan(r + 40);
    expect(Math.min(...pixel(5, 6).slice(0, 3))).toBeGreaterThan(180);
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
    entries.forEach(([, data], i) => expect(pngSize(data)).toEqual([ICNS_TYPES[i][1], ICNS_TYPES[i][1]]));
  });

  it("the ICNS writer records each entry's length with its 8-byte header, big-endian", () => {
    const icns = buildIcns([
      ['ic07', Buffer.from('abc')],
      ['ic08', Buffer.from('de')],
    ]);
    expect(readIcns(icns)).toEqual([
      ['ic07', Buffer.from('abc')],
      ['ic08', Buffer.from('de')],
    ]);
    expect(icns.length).toBe(8 + 11 + 10);
    expect(() => buildIcns([['toolong', Buffer.alloc(1)]])).toThrow(/bad ICNS type/);
  });
});
