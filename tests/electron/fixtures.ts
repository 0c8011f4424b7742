import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { findElectron } from '../../scripts/find-electron.mjs';

const found = findElectron();

/** Why the desktop tests cannot run here, or null when they can. */
export function whyNotRunnable(): string | null {
  if (!found.ok) return `no Electron binary: ${found.reason}`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display to open a window on (run the desktop tests under xvfb-run)';
  }
  return null;
}

/** The Electron executable; only call when whyNotRunnable() is null. */
export function electronExecutable(): string {
  if (!found.ok) throw new Error(found.reason);
  return found.executable;
}

/** Each test gets its own empty user data folder, so it starts with the seeds and nothing else. */
export const test = base.extend<{ userDataDir: string }>({
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-desktop-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
