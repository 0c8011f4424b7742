/**
 * Loss path 3: a damaged or missing data file is recovered from the newest good backup,
 * backups rotate and are never replaced by a state that started empty, stale temp files
 * of interrupted writes are removed at start, and the user is told what happened.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, readFile, writeFile, readdir, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, DATA_FILE_NAME } from '../../../main/core/store/db';
import { emptyDb, type Db } from '../../../main/core/store/schema';
import type { AnnotationRecord } from '../../../main/contract';

let dir: string;
const file = () => join(dir, DATA_FILE_NAME);
const bak = (n = 0) => join(dir, n === 0 ? `${DATA_FILE_NAME}.bak` : `${DATA_FILE_NAME}.bak.${n}`);
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-recovery-'));
});

function annotation(id: string, note = ''): AnnotationRecord {
  return {
    id,
    articleId: 'article-1',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    colour: 'yellow',
    note,
    tags: [],
    target: { quote: { exact: 'text', prefix: '', suffix: '' }, position: { start: 0, end: 4 }, contentHash: 'h' },
  };
}

function dbWith(...ids: string[]): Db {
  return { ...emptyDb(), annotations: ids.map((id) => annotation(id)) };
}

const write = (path: string, data: Db | string) => writeFile(path, typeof data === 'string' ? data : JSON.stringify(data));
const idsIn = async (path: string) => (JSON.parse(await readFile(path, 'utf8')) as Db).annotations.map((a) => a.id);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const movedAside = async () => (await readdir(dir)).filter((f) => f.includes('.corrupt-'));

/** Opens the store as the app does at start, and closes it as the app does on quit. */
async function startAndQuit() {
  const store = await openStore({ dataDir: dir });
  const seen = { ids: store.data.annotations.map((a) => a.id), notices: [...store.notices] };
  await store.close();
  return seen;
}

const GOOD_JSON = JSON.stringify(dbWith('kept-1', 'kept-2'));
const damageKinds: Array<[string, string]> = [
  ['an empty file', ''],
  ['a truncated file', GOOD_JSON.slice(0, Math.floor(GOOD_JSON.length / 2))],
  ['garbage bytes', '\u0000\u0001PK\u0003\u0004 not json at all'],
  ['a JSON array', '[1, 2, 3]'],
  ['JSON null', 'null'],
  ['valid JSON of the wrong shape', '{"hello":"world"}'],
  ['an empty JSON object', '{}'],
  ['a current file with a broken record', JSON.stringify({ ...emptyDb(), annotations: [{ id: 'x' }] })],
  ['a versionless file with an unknown key', JSON.stringify({ annotations: [], hello: 'world' })],
  ['a versionless file whose known key has the wrong type', JSON.stringify({ annotations: 'many' })],
];

describe('a damaged data file with a good backup beside it', () => {
  it.each(damageKinds)('restores the backup’s annotations when lectern.json is %s, and says where the damaged file went', async (_kind, damaged) => {
    await write(file(), damaged);
    await write(bak(), dbWith('from-backup'));

    const { ids, notices } = await startAndQuit();

    expect(ids).toEqual(['from-backup']);
    const aside = await movedAside();
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0]), 'utf8')).toBe(damaged);
    const message = notices.map((n) => n.message).join('\n');
    expect(message).toContain(join(dir, aside[0]));
    expect(message).toMatch(/restored from the backup of/);
  });

  it('keeps the good backup on the second start instead of overwriting it with an empty state', async () => {
    await write(file(), '{"schemaVersion": 1, "settings": [broken');
    await write(bak(), dbWith('precious'));

    await startAndQuit();
    const second = await startAndQuit();

    expect(second.ids).toEqual(['precious']);
    expect(await idsIn(bak())).toEqual(['precious']);
  });

  it('replays the journal on top of the restored backup, so the newest acknowledged changes survive', async () => {
    await write(file(), dbWith('old'));
    await startAndQuit(); // opens cleanly: lectern.json is backed up
    const store = await openStore({ dataDir: dir });
    await store.mutate([{ t: 'putAnnotation', record: annotation('acknowledged') }]);
    // The process dies here (no close), then the data file is damaged.
    await write(file(), 'garbage');

    const { ids } = await startAndQuit();

    expect(ids.sort()).toEqual(['acknowledged', 'old']);
  });
});

describe('a missing data file with a backup beside it', () => {
  it('restores the backup and tells the user, then keeps that backup on the next start', async () => {
    await write(bak(), dbWith('from-backup'));

    const first = await startAndQuit();
    const second = await startAndQuit();

    expect(first.ids).toEqual(['from-backup']);
    expect(first.notices.map((n) => n.message).join()).toMatch(/could not find .*restored from the backup of/s);
    expect(second.ids).toEqual(['from-backup']);
    expect(await idsIn(bak())).toEqual(['from-backup']);
  });

  it('starts a new library without a word when there is neither a data file nor a backup', async () => {
    const { ids, notices } = await startAndQuit();
    expect(ids).toEqual([]);
    expect(notices).toEqual([]);
  });
});

describe('choosing a backup', () => {
  it('falls back to the next older good backup when the newest one is damaged too', async () => {
    await write(file(), 'garbage');
    await write(bak(), '{"truncated":');
    await write(bak(1), dbWith('older-good'));

    const { ids, notices } = await startAndQuit();

    expect(ids).toEqual(['older-good']);
    const message = notices.map((n) => n.message).join('\n');
    expect(message).toContain(bak(1));
    expect(message).toContain(`${bak()} could not be read either`);
  });

  it('starts empty, says so and names the moved file, when no backup is usable', async () => {
    await write(file(), '{"hello":"world"}');
    await write(bak(), 'also garbage');

    const { ids, notices } = await startAndQuit();

    expect(ids).toEqual([]);
    expect(notices.map((n) => n.kind)).not.toContain('migrated');
    const aside = await movedAside();
    expect(notices.map((n) => n.message).join()).toMatch(new RegExp(`moved to ${escapeRegExp(join(dir, aside[0]))}.*no usable backup`, 's'));
    expect(await readFile(join(dir, aside[0]), 'utf8')).toBe('{"hello":"world"}');
  });

  it('names the date of the backup it restored', async () => {
    await write(bak(), dbWith('dated'));
    const taken = new Date('2026-02-03T14:05:00Z');
    await utimes(bak(), taken, taken);

    const { notices } = await startAndQuit();

    const restored = notices.find((n) => n.backupTime);
    expect(restored?.backupTime).toBe(taken.toISOString());
    expect(restored?.message).toMatch(/2026/);
  });
});

describe('rotating backups', () => {
  it('keeps the last three states that opened cleanly, newest first, and copies nothing when unchanged', async () => {
    for (const id of ['a', 'b', 'c', 'd']) {
      await write(file(), dbWith(id));
      await startAndQuit();
    }
    await startAndQuit(); // unchanged: no new copy

    expect(await idsIn(bak())).toEqual(['d']);
    expect(await idsIn(bak(1))).toEqual(['c']);
    expect(await idsIn(bak(2))).toEqual(['b']);
    expect((await readdir(dir)).filter((f) => f.includes('.bak')).sort()).toEqual([
      `${DATA_FILE_NAME}.bak`,
      `${DATA_FILE_NAME}.bak.1`,
      `${DATA_FILE_NAME}.bak.2`,
    ]);
  });

  it('never backs up an empty state over backups that hold annotations', async () => {
    await write(bak(), dbWith('precious'));
    await write(file(), emptyDb());

    await startAndQuit();

    expect(await idsIn(bak())).toEqual(['precious']);
  });
});

describe('stale temp files at start', () => {
  it('removes the temp files of interrupted writes and keeps every other file', async () => {
    const stale = [`.${DATA_FILE_NAME}.4242.deadbeef.tmp`, `.${DATA_FILE_NAME}.1.0123abcd.tmp`, `${DATA_FILE_NAME}.bak.tmp`, `.${DATA_FILE_NAME}.bak.77.cafe0001.tmp`];
    const unrelated = ['notes.tmp', `.${DATA_FILE_NAME}.tmp`, `.${DATA_FILE_NAME}.4242.not-hex!.tmp`, `.other.json.4242.deadbeef.tmp`, `${DATA_FILE_NAME}.corrupt-2026-01-01`, 'search-index.tmp', 'my-notes.json'];
    for (const name of [...stale, ...unrelated]) await writeFile(join(dir, name), 'x'.repeat(1000));

    await startAndQuit();

    const left = await readdir(dir);
    for (const name of stale) expect(left).not.toContain(name);
    for (const name of unrelated) expect(left).toContain(name);
  });
});

describe('any damage to the data file (property)', () => {
  it('opens either the file’s own valid data or the backup’s, and keeps the damaged bytes when it used the backup', async () => {
    const original = JSON.stringify(dbWith('in-file-1', 'in-file-2'));
    const damage = fc.oneof(
      fc.nat({ max: original.length - 1 }).map((cut) => original.slice(0, cut)),
      fc.tuple(fc.nat({ max: original.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(([at, junk]) => original.slice(0, at) + junk + original.slice(at + junk.length)),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (damaged) => {
        dir = await mkdtemp(join(tmpdir(), 'lectern-recovery-prop-'));
        await write(file(), damaged);
        await write(bak(), dbWith('from-backup'));

        const { ids, notices } = await startAndQuit();

        if (ids.includes('from-backup')) {
          const aside = await movedAside();
          expect(await readFile(join(dir, aside[0]), 'utf8')).toBe(damaged);
          expect(notices.some((n) => n.movedTo === join(dir, aside[0]))).toBe(true);
        } else {
          // The junk landed where the file still validates (inside an id, say): its own records are kept as written.
          expect(ids).toEqual((JSON.parse(damaged) as Db).annotations.map((a) => a.id));
          expect(await movedAside()).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
