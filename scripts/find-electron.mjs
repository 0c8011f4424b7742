// Finds a local Electron binary WITHOUT require('electron'): that package's index.js
// tries to download the binary when it is missing, which cannot work on a closed
// network. Shared by scripts/start.mjs, scripts/pack.mjs and tests/electron.
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where an Electron executable sits inside its dist folder, per platform. */
export function executableName(platform = process.platform) {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

function isExecutable(path, platform) {
  try {
    if (!statSync(path).isFile()) return false;
    if (platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function readPathTxt(electronDir) {
  const file = join(electronDir, 'path.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

/**
 * Looks for Electron in ELECTRON_OVERRIDE_DIST_PATH, then in node_modules/electron/dist
 * (as recorded by the package's path.txt).
 * @param {{ root?: string, env?: Record<string, string | undefined>, platform?: NodeJS.Platform }} [options]
 * @returns {{ ok: true, executable: string, distDir: string, version: string | null, source: string } | { ok: false, reason: string }}
 */
export function findElectron({ root = process.cwd(), env = process.env, platform = process.platform } = {}) {
  const electronDir = join(resolve(root), 'node_modules', 'electron');
  const version = readVersion(electronDir);
  const recorded = readPathTxt(electronDir);

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const distDir = resolve(override);
    const executable = join(distDir, recorded ?? executableName(platform));
    if (isExecutable(executable, platform)) return { ok: true, executable, distDir, version, source: 'ELECTRON_OVERRIDE_DIST_PATH' };
    return { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set to ${distDir}, but there is no Electron executable at ${executable}` };
  }

  if (!existsSync(join(electronDir, 'package.json'))) {
    return { ok: false, reason: 'the electron npm package is not installed; run `npm install`' };
  }
  if (recorded === null) {
    return {
      ok: false,
      reason:
        "the electron package's install step never downloaded its binary: node_modules/electron/path.txt is missing, and this machine cannot reach Electron's download server",
    };
  }
  const distDir = join(electronDir, 'dist');
  const executable = join(distDir, recorded);
  if (isExecutable(executable, platform)) return { ok: true, executable, distDir, version, source: 'node_modules/electron' };
  return { ok: false, reason: `node_modules/electron/path.txt names ${recorded}, but ${executable} is missing or not executable` };
}

function readVersion(electronDir) {
  try {
    return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version ?? null;
  } catch {
    return null;
  }
}

/** The sentence shown when there is no Electron binary: what is missing, why, and what to do instead. */
export function missingElectronMessage(reason, purpose = "Lectern's desktop app") {
  return [
    `${purpose} needs the Electron binary, which is not installed here (${reason}).`,
    'Use `npm run serve` to run the same app in your browser,',
    'or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron folder (the one holding the electron executable).',
  ].join('\n');
}
