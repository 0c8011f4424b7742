// Renders build/icon.svg to every icon file the installers need:
//   build/icon.png (1024), build/icon-512.png, build/icons/NxN.png (Linux),
//   build/icon.ico (Windows) and build/icon.icns (macOS).
// Run with `node scripts/make-icons.mjs`; the outputs are committed, so packaging never
// needs this script (or a native renderer) on the build machine.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

/** ICNS entry types holding PNG data, by pixel size (the @2x types reuse a larger render). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic13', 256], // 128@2x
  ['ic08', 256],
  ['ic14', 512], // 256@2x
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
];

/**
 * Writes an Apple icon container: 'icns', total length, then for each image its
 * four-letter type, its length (header included) and the PNG bytes, all big-endian.
 * @param {Array<[string, Buffer]>} entries
 */
export function buildIcns(entries) {
  const chunks = entries.map(([type, png]) => {
    if (!/^[\x20-\x7e]{4}$/.test(type)) throw new Error(`bad ICNS type ${type}`);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}

/** Renders the SVG to a square PNG of `size` pixels. */
export function renderPng(svg, size) {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
}

async function main() {
  const svg = readFileSync('build/icon.svg');
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
  const png = Object.fromEntries(sizes.map((size) => [size, renderPng(svg, size)]));

  writeFileSync('build/icon.png', png[1024]);
  writeFileSync('build/icon-512.png', png[512]);
  mkdirSync('build/icons', { recursive: true });
  for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) writeFileSync(`build/icons/${size}x${size}.png`, png[size]);
  // Rendering each size from the vector (rather than shrinking one bitmap) keeps 16 px crisp.
  writeFileSync('build/icon.ico', await pngToIco([16, 24, 32, 48, 64, 128, 256].map((size) => png[size])));
  writeFileSync('build/icon.icns', buildIcns(ICNS_TYPES.map(([type, size]) => [type, png[size]])));
  console.log('Wrote build/icon.png, build/icon-512.png, build/icons/*.png, build/icon.ico and build/icon.icns');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
