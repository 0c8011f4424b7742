/**
 * Starts rival lock holders (tests/helpers/lock-child.ts) as separate processes at the same
 * moment and collects what each of them answered.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';

let bundled: Promise<string> | undefined;

/** The child bundled once into plain JavaScript: it starts in ~0.1 s instead of ~0.4 s under tsx. */
function childScript(): Promise<string> {
  bundled ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'lectern-lock-child-')), 'lock-child.mjs');
    await build({ entryPoints: [resolve('tests/helpers/lock-child.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
    return outfile;
  })();
  return bundled;
}

export type RivalAnswer = { won: true; pid: number } | { won: false; message: string };

export interface Rivals {
  answers: RivalAnswer[];
  /** Lets the winners release their lock and waits for every rival to exit. */
  stop(): Promise<void>;
}

/** The time the rivals should start at: far enough ahead for every child to have loaded. */
const START_DELAY_MS = 500;

function answerOf(child: ChildProcess): Promise<RivalAnswer> {
  return new Promise((done, fail) => {
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => done(JSON.parse(line) as RivalAnswer));
    child.once('close', (code) => fail(new Error(`a rival exited with ${code} before answering:\n${errors}`)));
  });
}

/** Starts `count` rivals on `dataDir` at once; `pauses` slow down their steps to widen races. */
export async function startRivals(dataDir: string, count: number, pauses: { beforePublishMs?: number; beforeTakeoverMs?: number } = {}): Promise<Rivals> {
  const script = await childScript();
  const startAt = Date.now() + START_DELAY_MS;
  const args = [String(startAt), String(pauses.beforePublishMs ?? 0), String(pauses.beforeTakeoverMs ?? 0)];
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, [script, dataDir, ...args], { stdio: ['pipe', 'pipe', 'pipe'] }),
  );
  const exits = children.map((child) => new Promise<void>((done) => (child.exitCode !== null ? done() : child.once('exit', () => done()))));
  const answers = await Promise.all(children.map(answerOf));
  return {
    answers,
    async stop() {
      for (const child of children) child.stdin?.end();
      await Promise.all(exits);
    },
  };
}
