/**
 * Playwright fixtures: every test gets its own serve-mode back end with a fresh data
 * folder and a private copy of the seed articles (so a test may edit them), like a
 * fresh profile per test.
 */
import { test as base, expect } from '@playwright/test';
import { mkdtemp, cp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { freePort, startServe, stopServe, type ServeConfig } from './serve-process';

export interface ServerFixture extends ServeConfig {
  /** The URL to open, token included. */
  url: string;
  origin: string;
  /** Stops and starts the back end on the same port and token, keeping its data. */
  restart(): Promise<void>;
}

export const test = base.extend<{ server: ServerFixture }>({
  server: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'lectern-e2e-'));
    const seedsDir = join(root, 'seeds');
    await cp(resolve('seeds'), seedsDir, { recursive: true });
    const config: ServeConfig = { port: await freePort(), token: randomBytes(16).toString('hex'), dataDir: join(root, 'data'), seedsDir };
    let child: ChildProcess = await startServe(config);
    const origin = `http://127.0.0.1:${config.port}`;
    await use({
      ...config,
      origin,
      url: `${origin}/#token=${config.token}`,
      async restart() {
        await stopServe(child);
        child = await startServe(config);
      },
    });
    await stopServe(child);
    await rm(root, { recursive: true, force: true });
  },
});

export { expect };
