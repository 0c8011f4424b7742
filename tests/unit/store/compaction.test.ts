/**
 * Compaction under sustained writes (issue 9, loss path 1): one compaction at a time, so
 * temp files and memory do not pile up, and writes keep landing while it runs.
 */
import { describe, it, expect } from 'vitest';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, DATA_FILE_NAME } from '../../../main/core/store/db';
import { emptyDb } from '../../../main/core/store/schema';
import { put, record } from '../../helpers/store-records';

async function storeWith(annotations: number, maxJournalOps: number) {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-compact-'));
  const base = emptyDb();
  base.annotations = Array.from({ length: annotations }, (_, i) => record(`old-${i}`, 'x'.repeat(200)));
  await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(base));
  return { dir, store: await openStore({ dataDir: dir, maxJournalOps, idleCompactMs: 3_600_000 }) };
}

describe('store: compaction', () => {
  it('never writes more than one snapshot at a time while 20 clients write', async () => {
    const { dir, store } = await storeWith(5000, 1);
    let most = 0;
    let writing = true;
    const watch = (async () => {
      while (writing) {
        const temps = (await readdir(dir)).filter((f) => f.endsWith('.tmp')).length;
        most = Math.max(most, temps);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    await Promise.all(Array.from({ length: 20 }, async (_, c) => {
      for (let i = 0; i < 10; i++) await store.mutate(put(`c${c}-${i}`));
    }));
    await store.flush();
    writing = false;
    await watch;
    expect(most).toBeLessThanOrEqual(1);
    await store.close();
  }, 60_000);

  it('lands writes made while a compaction is writing its snapshot, and keeps them after it', async () => {
    const { dir, store } = await storeWith(5000, 20_000);
    await store.mutate(put('first'));
    const compaction = store.flush();
    const during = Array.from({ length: 30 }, (_, i) => store.mutate(put(`during-${i}`)));
    await Promise.all([compaction, ...during]);
    // As a crash right after would leave it: a second store reads the folder.
    const reopened = await openStore({ dataDir: dir, idleCompactMs: 3_600_000 });
    const ids = new Set(reopened.data.annotations.map((a) => a.id));
    expect(Array.from({ length: 30 }, (_, i) => `during-${i}`).filter((id) => !ids.has(id))).toEqual([]);
    await store.close();
  });

  it('folds everything into the data file on flush, even what was written during an earlier compaction', async () => {
    const { dir, store } = await storeWith(2000, 20_000);
    const first = store.flush();
    await store.mutate(put('late'));
    await first;
    await store.flush();
    const onDisk = JSON.parse(await (await import('node:fs/promises')).readFile(join(dir, DATA_FILE_NAME), 'utf8'));
    expect(onDisk.annotations.some((a: { id: string }) => a.id === 'late')).toBe(true);
    expect((await readdir(dir)).filter((f) => /^lectern\.journal\.\d+$/.test(f))).toEqual([]);
    await store.close();
  });
});
