/** Finding a local Electron without require('electron'), and the message when there is none. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executableName, findElectron, missingElectronMessage } from '../../../scripts/find-electron.mjs';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lectern-find-electron-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Lays out node_modules/electron as its postinstall would leave it (with a stand-in executable file). */
function installElectron({ pathTxt = true, binary = true } = {}) {
  const dir = join(root, 'node_modules', 'electron');
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  if (pathTxt) writeFileSync(join(dir, 'path.txt'), 'electron');
  if (binary) {
    writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\n');
    chmodSync(join(dir, 'dist', 'electron'), 0o755);
  }
  return dir;
}

describe('finding Electron', () => {
  it('explains that the package is missing when electron is not installed', () => {
    const found = findElectron({ root, env: {}, platform: 'linux' });
    expect(found).toEqual({ ok: false, reason: expect.stringContaining('npm install') });
  });

  it('explains that the binary was never downloaded when path.txt is missing (as on this machine)', () => {
    installElectron({ pathTxt: false });
    const found = findElectron({ root, env: {}, platform: 'linux' });
    expect(found).toEqual({ ok: false, reason: expect.stringContaining('path.txt is missing') });
  });

  it('explains a path.txt that points at nothing', () => {
    installElectron({ binary: false });
    expect(findElectron({ root, env: {}, platform: 'linux' })).toEqual({ ok: false, reason: expect.stringContaining('missing or not executable') });
  });

  it('finds node_modules/electron/dist through path.txt', () => {
    const dir = installElectron();
    expect(findElectron({ root, env: {}, platform: 'linux' })).toEqual({
      ok: true,
      executable: join(dir, 'dist', 'electron'),
      distDir: join(dir, 'dist'),
      version: '45.4.1',
      source: 'node_modules/electron',
    });
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, and says so when it holds no executable', () => {
    installElectron();
    const custom = join(root, 'custom');
    mkdirSync(custom);
    expect(findElectron({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: custom }, platform: 'linux' })).toEqual({
      ok: false,
      reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH is set to'),
    });
    writeFileSync(join(custom, 'electron'), '');
    chmodSync(join(custom, 'electron'), 0o755);
    expect(findElectron({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: custom }, platform: 'linux' })).toMatchObject({
      ok: true,
      distDir: custom,
      source: 'ELECTRON_OVERRIDE_DIST_PATH',
    });
  });

  it.each([
    ['linux', 'electron'],
    ['win32', 'electron.exe'],
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
  ] as const)('knows the executable name on %s', (platform, name) => {
    expect(executableName(platform)).toBe(name);
  });

  it('words the message for a person: what is missing, why, and to use npm run serve instead', () => {
    const message = missingElectronMessage('no binary');
    expect(message).toContain("Lectern's desktop app needs the Electron binary, which is not installed here (no binary).");
    expect(message).toContain('`npm run serve`');
  });
});

describe('npm start and npm run pack without Electron', () => {
  it.each(['scripts/start.mjs', 'scripts/pack.mjs'])('%s exits 1 with the explanation and no stack trace', (script) => {
    const result = spawnSync(process.execPath, [join(process.cwd(), script)], {
      cwd: root,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('needs the Electron binary, which is not installed here');
    expect(result.stderr).toContain('npm run serve');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
