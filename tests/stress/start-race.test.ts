/**
 * Start races on one data folder, many rounds (`npm run test:stress`; LECTERN_RACE_ROUNDS
 * changes the count): three lock holders started at the same moment, and three real serve
 * processes started at once, each sent creates. Exactly one may win a round, and every
 * create a server acknowledged must be there after a restart.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startRivals } from '../helpers/lock-rivals';
import { runCli, apiClient } from '../helpers/cli-process';
import { createLectern } from '../../main/core/library';

const ROUNDS = Number(process.env.LECTERN_RACE_ROUNDS ?? 40);
const CREATES_PER_SERVER = 10;
const SEEDS = resolve('seeds');

/** The pid of a process that has already exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
}

function freshFolder(): string {
  return mkdtempSync(join(tmpdir(), 'lectern-race-'));
}

/** Starts a server; resolves with its API client once it listens, or null if it exited (refused). */
async function startServer(dataDir: string, token: string) {
  const cli = runCli(['serve', '--port', '0', '--token', token, '--data-dir', dataDir, '--seeds-dir', SEEDS], 'Lectern is running at');
  const outcome = await Promise.race([cli.ready.then((out) => ({ call: apiClient(out, token) })), cli.done.then((run) => ({ refused: run }))]);
  return { cli, ...outcome };
}

/** Sends creates to a running server and returns the notes it acknowledged. */
async function createSome(call: ReturnType<typeof apiClient>, label: string): Promise<string[]> {
  const articles = (await call('listArticles', {})).value as { id: string; error: string | null }[];
  const article = articles.find((a) => a.error === null)!;
  const acknowledged: string[] = [];
  for (let i = 0; i < CREATES_PER_SERVER; i++) {
    const note = `${label} #${i}`;
    const reply = await call('createAnnotation', { articleId: article.id, range: { start: i * 3, end: i * 3 + 2 }, colour: 'blue', note });
    if (reply.ok) acknowledged.push(note);
  }
  return acknowledged;
}

async function notesIn(dataDir: string): Promise<Set<string>> {
  const lectern = await createLectern({ dataDir, seedsDir: SEEDS });
  try {
    const all = await lectern.api.listArticles({});
    const lists = await Promise.all(all.filter((a) => a.annotationCount > 0).map((a) => lectern.api.listAnnotations({ articleId: a.id })));
    return new Set(lists.flat().map((a) => a.note));
  } finally {
    await lectern.close();
  }
}

describe('start races on one data folder', () => {
  it.each([
    { name: 'on an empty folder', stale: false, pauses: {} },
    { name: 'on a folder with a stale lock, all pausing 40 ms before taking it over', stale: true, pauses: { beforeTakeoverMs: 40 } },
  ])(`lets exactly one of three lock holders started at once win, in each of ${ROUNDS} rounds: $name`, async ({ name, stale, pauses }) => {
    const winners: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dir = freshFolder();
      if (stale) writeFileSync(join(dir, 'lectern.lock'), String(deadPid()));
      const rivals = await startRivals(dir, 3, pauses);
      winners.push(rivals.answers.filter((a) => a.won).length);
      await rivals.stop();
    }
    const shared = winners.filter((n) => n > 1).length;
    console.log(`lock holders ${name}: ${ROUNDS} rounds of 3, rounds with more than one winner: ${shared}, with none: ${winners.filter((n) => n === 0).length}`);
    expect(winners).toEqual(Array(ROUNDS).fill(1));
  });

  it(`starts exactly one of three servers on one folder and loses no acknowledged create, in each of ${ROUNDS} rounds`, async () => {
    let shared = 0;
    let acknowledged = 0;
    let lost = 0;
    const refusals: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dataDir = freshFolder();
      const servers = await Promise.all([0, 1, 2].map((i) => startServer(dataDir, `race-token-${i}`)));
      const running = servers.filter((s) => 'call' in s);
      if (running.length > 1) shared++;
      for (const s of servers) if ('refused' in s) refusals.push(s.refused?.stderr ?? '');
      const acks = (await Promise.all(running.map((s, i) => ('call' in s && s.call ? createSome(s.call, `round ${round} server ${i}`) : [])))).flat();
      for (const s of running) s.cli.child.kill('SIGTERM');
      await Promise.all(running.map((s) => s.cli.done));
      const kept = await notesIn(dataDir);
      acknowledged += acks.length;
      lost += acks.filter((note) => !kept.has(note)).length;
    }
    console.log(`servers: ${ROUNDS} rounds of 3, rounds with two or more running: ${shared}, acknowledged creates: ${acknowledged}, lost: ${lost}`);
    expect({ shared, lost }).toEqual({ shared: 0, lost: 0 });
    expect(refusals).toHaveLength(2 * ROUNDS);
    for (const message of refusals) expect(message).toMatch(/in use by another Lectern|another Lectern is starting/);
  });
});
