/**
 * Row 6: durable save of one highlight (on disk, fsynced before the promise resolves) with
 * 1k / 10k / 50k annotations stored: Lectern's store (ops appended to a journal, compacted
 * when idle) against a plain lowdb write() of the same data with lowdb's JSONFile adapter,
 * which rewrites the whole file (and does not even fsync). Also the data file's size at 50k.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { openStore, DATA_FILE_NAME } from '../../main/core/store/db.js';
import { emptyDb, type Db } from '../../main/core/store/schema.js';
import { makeRecords } from '../data/records.js';
import { interleave } from '../lib/interleave.js';
import type { Benchmark, Measure } from '../lib/types.js';

const MB = 2 ** 20;

/** Writes every dirty page to disk (the `sync` command), so one variant's writes do not land on another's fsync. */
function flushDisk(): Promise<void> {
  return new Promise((done) => execFile('sync', () => done()));
}

async function timeEach(n: number, save: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await save(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

async function measureAt(stored: number, reps: number, smoke: boolean): Promise<{ measure: Measure; fileBytes: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-bench-store-'));
  try {
    const existing = makeRecords(stored, { seed: 6, articles: 50 });
    const fresh = makeRecords(reps * 40, { seed: 66, articles: 50, idPrefix: 'new' });
    const data: Db = { ...emptyDb(), annotations: existing };
    const ours = join(dir, 'lectern');
    await mkdir(ours);
    await writeFile(join(ours, DATA_FILE_NAME), JSON.stringify(data));
    const store = await openStore({ dataDir: ours });
    await flushDisk();
    const low = new Low<Db>(new JSONFile(join(dir, 'plain-lowdb.json')), structuredClone(data));
    await low.write();
    // The baseline rewrites the whole file per save, so fewer saves per round keep the run short.
    const perRep = smoke ? 2 : 20;
    const basePerRep = smoke ? 1 : stored >= 50_000 ? 3 : stored >= 10_000 ? 8 : 20;
    let next = 0;
    let baseNext = 0;
    const samples = await interleave(reps, {
      lectern: () => timeEach(perRep, () => store.mutate([{ t: 'putAnnotation', record: fresh[next++] }])),
      lowdb: async () => {
        const times = await timeEach(basePerRep, async () => {
          low.data.annotations.push(fresh[baseNext++ % fresh.length]);
          await low.write();
        });
        // Untimed: flush the baseline's unsynced megabytes now, or the next journal fsync pays for them.
        await flushDisk();
        return times;
      },
    });
    await store.close();
    const fileBytes = (await stat(join(ours, DATA_FILE_NAME))).size;
    const goal = stored >= 50_000 ? { p95: 15 } : stored >= 10_000 ? { p95: 5 } : undefined;
    const label = stored >= 1000 ? `${stored / 1000}k` : String(stored);
    return {
      measure: {
        id: `6-${label}`,
        what: `Durable save of one highlight, ${label} stored`,
        unit: 'ms',
        samples: samples.lectern,
        goal,
        baseline: { label: 'lowdb write() (JSONFile)', samples: samples.lowdb },
      },
      fileBytes,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const durableSave: Benchmark = {
  name: 'save',
  row: 6,
  title: 'Durable save of one highlight with 1k / 10k / 50k annotations stored',
  async run(ctx) {
    const sizes = ctx.smoke ? [100, 1000] : [1000, 10_000, 50_000];
    const measures: Measure[] = [];
    const fileBytes: Record<string, number> = {};
    for (const stored of sizes) {
      ctx.log(`  ${stored} stored…`);
      const r = await measureAt(stored, ctx.reps, ctx.smoke);
      measures.push(r.measure);
      fileBytes[String(stored)] = r.fileBytes;
    }
    const largest = sizes[sizes.length - 1];
    measures.push({ id: '6-size', what: `Data file size at ${largest / 1000}k annotations`, unit: 'MB', samples: [fileBytes[String(largest)] / MB] });
    return { measures, extra: { dataFileBytes: fileBytes } };
  },
};
