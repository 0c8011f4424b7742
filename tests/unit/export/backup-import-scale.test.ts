/**
 * Restoring a backup: the app's own backups restore whatever their size, a restore never
 * freezes the app, every record is held to the limits the API holds an edit to, and a disk
 * that fails half-way is reported as it happened. The long versions (50,000 to 200,000
 * annotations) are in tests/stress/backup-import.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { MAX_NOTE_CHARS, MAX_TAGS, MAX_TAG_CHARS } from '../../../main/contract.js';
import { startServer } from '../../../main/http/server.js';
import { openCatalog } from '../../../main/core/articles/catalog.js';
import { openStore, type Store } from '../../../main/core/store/db.js';
import { JournalWriter } from '../../../main/core/store/journal.js';
import { restoreBackup } from '../../../main/core/export/restore-backup.js';
import { fromAnnotationCollection, readAnnotationCollection } from '../../../main/core/export/w3c-import.js';
import { toAnnotationCollection } from '../../../main/core/export/w3c.js';
import { makeLectern, type TestLectern } from '../../helpers/lectern-fixture.js';
import { makeRecords, seedTexts, watchEventLoop } from '../../helpers/backup-import-fixture.js';

const open: TestLectern[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.lectern.close();
});

async function lectern(): Promise<TestLectern> {
  const t = await makeLectern();
  open.push(t);
  return t;
}

/** A backup of `count` annotations on the seed articles, as the app writes it. */
async function backupOf(t: TestLectern, count: number, edit: (items: Record<string, unknown>[]) => void = () => {}) {
  const articles = await seedTexts(t);
  const records = makeRecords(count, articles);
  const collection = toAnnotationCollection(records, articles, '2026-03-01T10:00:00.000Z');
  edit(collection.first.items as unknown as Record<string, unknown>[]);
  return { records, json: JSON.stringify(collection, null, 2) };
}

describe('restoring a big backup', () => {
  it('restores a backup of over 64 MB in serve mode, through the contract, as the app itself sends it', async () => {
    const t = await lectern();
    const { json } = await backupOf(t, 50);
    // JSON allows any amount of white space: the app's own 50,000-annotation backup is ~53-62 M characters.
    const big = json + ' '.repeat(65_000_000 - json.length);
    const server = await startServer({ api: t.lectern.api, staticDir: t.dataDir });
    try {
      const reply = await fetch(`http://127.0.0.1:${server.port}/api/importBackup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: JSON.stringify({ json: big }),
      });
      expect(await reply.json()).toMatchObject({ ok: true, value: { added: 50, errors: [] } });
    } finally {
      await server.close();
    }
    expect((await t.lectern.api.listArticles({})).reduce((n, a) => n + a.annotationCount, 0)).toBe(50);
  });

  it('reads 130,000 entries spread over pages without running out of stack, and accounts for each', async () => {
    const page = (items: unknown[], next?: unknown) => ({ type: 'AnnotationPage', items, ...(next ? { next } : {}) });
    const entries = (n: number) => Array.from({ length: n }, () => 1);
    const json = JSON.stringify({ type: 'AnnotationCollection', total: 130_010, first: page(entries(130_000), page(entries(10))) });
    const { records, errors } = fromAnnotationCollection(json);
    expect(records).toEqual([]);
    expect(errors.at(-1)).toMatch(/^…and 129,010 more problems like these\.$/);
  });

  it('lets other work run while it reads a 5,000-item backup: a 5 ms timer keeps firing', async () => {
    const t = await lectern();
    const { json } = await backupOf(t, 5_000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const watch = watchEventLoop();
    const started = performance.now();
    const result = await readAnnotationCollection(json);
    const ms = performance.now() - started;
    const stall = watch.stop();
    clearInterval(timer);
    // Wall-clock stalls depend on how busy the machine is; the stress test reports them.
    console.log(`backup import: read and checked 5,000 items (${(json.length / 1e6).toFixed(1)} M chars) in ${ms.toFixed(0)} ms, ${ticks} timer ticks, longest stall ${stall.toFixed(0)} ms`);
    expect(result.records).toHaveLength(5_000);
    expect(ticks).toBeGreaterThanOrEqual(5);
  });
});

const TOO_MANY_TAGS = Array.from({ length: 5_000 }, (_, i) => `tag number ${i}`);

describe('checking each record like the API does', () => {
  it.each([
    ['a 5 M-character note', { note: 'x'.repeat(5_000_000) }, new RegExp(`note: a note holds at most ${MAX_NOTE_CHARS} characters`)],
    ['a note one character over the limit', { note: 'x'.repeat(MAX_NOTE_CHARS + 1) }, /note: a note holds at most/],
    ['5,000 tags with spaces', { tags: TOO_MANY_TAGS }, new RegExp(`tags: at most ${MAX_TAGS} tags`)],
    ['a tag with a space', { tags: ['two words'] }, /tags\.0: tags are letters, digits/],
    ['a tag over the length limit', { tags: ['t'.repeat(MAX_TAG_CHARS + 1)] }, /tags\.0: .*64/],
    ['an empty range', { start: 10, end: 10 }, /the range is empty or inverted/],
  ])('reports an item with %s by its number and imports the others', async (_case, bad, reason) => {
    const t = await lectern();
    const { json } = await backupOf(t, 3, (items) => {
      const { note, tags, start, end } = bad as { note?: string; tags?: string[]; start?: number; end?: number };
      const item = items[1] as { body?: unknown[]; target: { selector: { type: string; start?: number; end?: number }[] } };
      const bodies = [...(note === undefined ? [] : [{ type: 'TextualBody', value: note, purpose: 'commenting' }]), ...(tags ?? []).map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' }))];
      if (bodies.length > 0) item.body = bodies;
      if (start !== undefined) Object.assign(item.target.selector[1], { start, end });
    });
    const report = await t.lectern.api.importBackup({ json });
    expect(report.added).toBe(2);
    expect(report.errors).toEqual([expect.stringMatching(/^Item 2 \(urn:uuid:[^)]+\): /)]);
    expect(report.errors[0]).toMatch(reason);
    expect(report.errors[0]).toMatch(/; it was skipped\.$/);
  });
});

/** A restore (100 records a write) into a store whose journal fails from its `failFrom`-th append on. */
async function restoreFailingAt(t: TestLectern, failFrom: number) {
  let appends = 0;
  const store = await openStore({
    dataDir: join(t.dataDir, 'failing'),
    openJournal: async (path) => {
      const journal = await JournalWriter.open(path);
      return {
        append: async (ops) => {
          if (++appends >= failFrom) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          return journal.append(ops);
        },
        clear: () => journal.clear(),
        close: () => journal.close(),
      };
    },
  });
  const catalog = await openCatalog(t.seedsDir);
  return { store, restore: (json: string) => restoreBackup({ store, catalog }, json, { recordsPerWrite: 100 }) };
}

async function reopened(store: Store, dataDir: string) {
  await store.close().catch(() => undefined);
  const again = await openStore({ dataDir });
  const ids = again.data.annotations.map((a) => a.id);
  await again.close();
  return ids;
}

describe('a disk that fails during a restore', () => {
  it('says how many annotations were saved before the failure, and exactly those are there after a restart', async () => {
    const t = await lectern();
    const { json } = await backupOf(t, 350);
    const inBackupOrder = fromAnnotationCollection(json).records.map((r) => r.id);
    const { store, restore } = await restoreFailingAt(t, 3);
    const report = await restore(json);
    const saved = await reopened(store, join(t.dataDir, 'failing'));
    expect(saved).toHaveLength(200);
    expect(report.added).toBe(saved.length);
    expect(new Set(saved)).toEqual(new Set(inBackupOrder.slice(0, saved.length)));
    expect(report.errors.at(-1)).toMatch(new RegExp(`^Only ${saved.length.toLocaleString('en')} of 350 annotations were saved: .*no space left.*The other ${350 - saved.length} were not restored`));
  });

  it('changes nothing and says so when the very first write fails', async () => {
    const t = await lectern();
    const { json } = await backupOf(t, 10);
    const { store, restore } = await restoreFailingAt(t, 1);
    await expect(restore(json)).rejects.toMatchObject({ code: 'io_error', message: expect.stringMatching(/nothing was restored/) });
    expect(await reopened(store, join(t.dataDir, 'failing'))).toEqual([]);
  });
});

describe('a restore running beside other edits', () => {
  it('keeps an edit made while the restore runs, though the backup holds an older copy', async () => {
    const t = await lectern();
    const { json } = await backupOf(t, 300);
    const inBackupOrder = fromAnnotationCollection(json).records;
    const store = await openStore({ dataDir: join(t.dataDir, 'busy') });
    // The library holds older copies of all 300, so the backup's copies are updates.
    await store.mutate(inBackupOrder.map((r) => ({ t: 'putAnnotation', record: { ...r, modified: '2020-01-01T00:00:00.000Z' } })));
    const edited = { ...inBackupOrder[250], note: 'edited while the restore ran', modified: '2027-01-01T00:00:00.000Z' };
    let userEdited = false;
    // The user's edit lands while the restore's first batch is being written.
    const busy: Store = Object.create(store, {
      mutate: {
        value: async (ops: Parameters<Store['mutate']>[0]) => {
          if (!userEdited) {
            userEdited = true;
            await store.mutate([{ t: 'putAnnotation', record: edited }]);
          }
          return store.mutate(ops);
        },
      },
    });
    const report = await restoreBackup({ store: busy, catalog: await openCatalog(t.seedsDir) }, json, { recordsPerWrite: 100 });
    expect(report).toMatchObject({ added: 0, updated: 299, unchanged: 1, errors: [] });
    expect(store.data.annotations.find((a) => a.id === edited.id)?.note).toBe('edited while the restore ran');
    await store.close();
  });
});
