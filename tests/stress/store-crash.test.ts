/**
 * Long crash runs for the store (`npm run test:stress`): a writer with 50 concurrent clients
 * is SIGKILLed at random moments, with the journal past its 20,000-op compaction threshold so
 * compactions are running when it dies. Every acknowledged create must be there afterwards.
 */
import { describe, it, expect } from 'vitest';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../main/core/store/db';
import { writeThenCrash } from '../helpers/crash-writer';

async function crashRounds(label: string, rounds: number, maxJournalOps: number, kill: () => number, nodeArgs: string[] = []) {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-stress-'));
  let acknowledged = 0;
  const lost: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const run = await writeThenCrash({ dataDir: dir, clients: 50, maxJournalOps, killAfterAcks: kill(), extraMs: Math.floor(Math.random() * 200), prefix: `r${round}`, nodeArgs });
    acknowledged += run.acknowledged.length;
    const store = await openStore({ dataDir: dir, idleCompactMs: 3_600_000 });
    const ids = new Set(store.data.annotations.map((a) => a.id));
    lost.push(...run.acknowledged.filter((id) => !ids.has(id)));
    await store.close();
  }
  const temps = (await readdir(dir)).filter((f) => f.endsWith('.tmp'));
  console.log(`${label}: ${rounds} kills, ${acknowledged} acknowledged creates, ${lost.length} lost, ${temps.length} temp files left`);
  return { lost, temps };
}

describe('store under SIGKILL (stress)', () => {
  it('loses no acknowledged create when killed past the 20,000-op compaction threshold', async () => {
    const { lost, temps } = await crashRounds('threshold 20,000', 8, 20_000, () => 20_000 + Math.floor(Math.random() * 8_000));
    expect(lost).toEqual([]);
    expect(temps).toEqual([]);
  });

  it('runs past the threshold in a 256 MB heap without dying (it used to run out of memory at ~20,040 creates)', async () => {
    const { lost } = await crashRounds('256 MB heap', 2, 20_000, () => 32_000, ['--max-old-space-size=256']);
    expect(lost).toEqual([]);
  });

  it('loses no acknowledged create when compactions run back to back (threshold 100)', async () => {
    const { lost, temps } = await crashRounds('threshold 100', 20, 100, () => 200 + Math.floor(Math.random() * 3_000));
    expect(lost).toEqual([]);
    expect(temps).toEqual([]);
  });
});
