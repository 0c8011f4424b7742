// Bundles the Node side: the serve/export CLI (ESM) and, for Electron, the main
// process (CJS) and the preload (one CJS file, because sandboxed preloads cannot require).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['main/http/cli.ts'],
  outfile: 'dist/main/cli.js',
  format: 'esm',
  packages: 'external',
});

if (existsSync('main/electron/main.ts')) {
  await build({
    ...common,
    entryPoints: ['main/electron/main.ts'],
    outfile: 'dist/main/electron-main.cjs',
    format: 'cjs',
    // jsdom reads its own files at run time relative to its package, so it cannot be bundled.
    external: ['electron', 'jsdom'],
  });
}
if (existsSync('main/electron/preload.ts')) {
  await build({
    ...common,
    entryPoints: ['main/electron/preload.ts'],
    outfile: 'dist/main/preload.cjs',
    format: 'cjs',
    external: ['electron'],
    platform: 'browser',
  });
}
