/**
 * Runs the Lectern CLI from source as a child process (as `npm run serve` / `npm run export`
 * run the built one), for tests that check what a user sees: output, exit code, the API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export type CliRun = { code: number | null; stdout: string; stderr: string };

export interface CliProcess {
  child: ChildProcess;
  /** Resolves with stdout so far once it contains `readyWhen`; never resolves if it does not. */
  ready: Promise<string>;
  done: Promise<CliRun>;
}

/** Starts `node --import tsx main/http/cli.ts …args`. */
export function runCli(args: string[], readyWhen?: string): CliProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('main/http/cli.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let markReady: (out: string) => void = () => undefined;
  const ready = new Promise<string>((done) => (markReady = done));
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (readyWhen && stdout.includes(readyWhen)) markReady(stdout);
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((finish) => child.once('close', (code) => finish({ code, stdout, stderr })));
  return { child, ready, done };
}

/** A client for a serve process's API, from the URL it printed and the token it was given. */
export function apiClient(printed: string, token: string) {
  const base = printed.match(/http:\/\/127\.0\.0\.1:\d+/)![0];
  return async (method: string, body: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> => {
    const res = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return res.json();
  };
}
