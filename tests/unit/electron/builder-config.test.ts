/** electron-builder.yml: valid for electron-builder itself, and packaging only what the app needs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// electron-builder's own schema check, the one `electron-builder` runs before building.
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';

type Config = Record<string, unknown> & {
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  protocols: Array<{ schemes: string[] }>;
  fileAssociations: Array<{ ext: string | string[] }>;
  linux: { target: string[]; category: string; maintainer: string; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
};
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s own configuration schema', async () => {
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and packs it into an asar', () => {
    expect(config).toMatchObject({ appId: 'app.lectern.reader', productName: 'Lectern', asar: true });
  });

  it('packs only the built app and its production dependencies (jsdom cannot be bundled), and ships the seeds beside it', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['dist/main/**', 'dist/renderer/**', 'package.json']);
    expect(config.files.some((f) => f.startsWith('!node_modules'))).toBe(false);
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'seeds', to: 'seeds' })]);
  });

  it('builds an AppImage and a deb for Linux, an NSIS installer for Windows and a dmg for macOS', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office', maintainer: expect.stringContaining('@') });
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('registers lectern:// links and opens .txt, .md and .html files', () => {
    expect(config.protocols.flatMap((p) => p.schemes)).toEqual(['lectern']);
    expect(config.fileAssociations.flatMap((a) => a.ext)).toEqual(expect.arrayContaining(['txt', 'md', 'html']));
  });

  it('points every platform at a committed icon', () => {
    expect([config.linux.icon, config.win.icon, config.mac.icon]).toEqual(['build/icons', 'build/icon.ico', 'build/icon.icns']);
  });

  it('runs main and preload from bundles the build writes, matching package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/electron-main.cjs');
    expect(readFileSync('scripts/build-main.mjs', 'utf8')).toContain("outfile: 'dist/main/preload.cjs'");
  });
});
