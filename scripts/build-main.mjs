// Bundles the Node side: the serve/export CLI (ESM), the search worker and, for Electron, the main
// process (CJS) and the preload (one CJS file, because sandboxed preloads cannot require).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

// Split so that modules loaded on first use (jsdom for HTML import) stay out of start-up.
await build({
  ...common,
  entryPoints: { cli: 'main/http/cli.ts' },
  outdir: 'dist/main',
  chunkNames: '[name]-[hash]',
  splitting: true,
  format: 'esm',
  packages: 'external',
});

// Library search builds and queries its index in worker threads, from this one file (ESM,
// self-contained, so it runs beside the CLI and inside the packaged desktop app alike).
await build({
  ...common,
  entryPoints: ['main/core/search/worker.ts'],
  outfile: 'dist/main/search-worker.js',
  format: 'esm',
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
