// `npm run pack` (unpacked app in release/) and `npm run dist` (installers, with --installers).
// electron-builder would download Electron, which this network forbids, so it is given the
// local one with -c.electronDist; without a local Electron this explains and stops.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findElectron, missingElectronMessage } from './find-electron.mjs';

const installers = process.argv.includes('--installers');
const electron = findElectron();
if (!electron.ok) {
  console.error(missingElectronMessage(electron.reason, 'Packaging Lectern'));
  console.error('electron-builder would otherwise try to download Electron, which cannot work on this machine.');
  process.exit(1);
}
for (const built of ['dist/main/electron-main.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html']) {
  if (!existsSync(built)) {
    console.error(`${built} is missing: run \`npm run build\` first (npm run pack does this for you).`);
    process.exit(1);
  }
}

const args = [
  'node_modules/electron-builder/cli.js',
  '--config',
  'electron-builder.yml',
  ...(installers ? [] : ['--dir']),
  `-c.electronDist=${electron.distDir}`,
  ...(electron.version ? [`-c.electronVersion=${electron.version}`] : []),
  ...process.argv.slice(2).filter((arg) => arg !== '--installers'),
];
console.log(`Packaging with the Electron found via ${electron.source}: ${electron.distDir}`);
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
