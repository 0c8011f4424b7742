/**
 * Runs the store writer child, kills it with SIGKILL at a chosen moment, and returns every id
 * it had acknowledged before it died: what a crash test must then find in the store.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const CHILD = resolve('tests/helpers/store-writer-child.ts');

export interface CrashRun {
  acknowledged: string[];
  signal: NodeJS.Signals | null;
}

/** Starts the writer, waits for `killAfterAcks` acknowledgements (plus `extraMs`), then SIGKILLs it. */
export function writeThenCrash(options: {
  dataDir: string;
  clients: number;
  maxJournalOps: number;
  killAfterAcks: number;
  extraMs?: number;
  prefix?: string;
  /** Extra flags for node, e.g. a small heap. */
  nodeArgs?: string[];
}): Promise<CrashRun> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', CHILD, options.dataDir, String(options.clients), String(options.maxJournalOps), options.prefix ?? 'k'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acknowledged: string[] = [];
  let buffered = '';
  let errors = '';
  let killing = false;
  child.stderr.on('data', (chunk) => (errors += chunk));
  return new Promise((resolvePromise, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acknowledged.push(line.slice(4));
      if (!killing && acknowledged.length >= options.killAfterAcks) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), options.extraMs ?? 0);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer exited by itself (code ${code}): ${errors}`));
      // An ack is counted only once its whole line arrived: a line cut by the kill was not yet acknowledged to anyone.
      else resolvePromise({ acknowledged, signal });
    });
  });
}
