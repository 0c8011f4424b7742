import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtemp, readFile, writeFile, readdir, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, DATA_FILE_NAME, JOURNAL_FILE_NAME } from '../../../main/core/store/db';
import { JournalWriter } from '../../../main/core/store/journal';
import { SCHEMA_VERSION, emptyDb } from '../../../main/core/store/schema';
import type { Op } from '../../../main/core/store/ops';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-store-'));
});

const setTheme = (theme: 'dark' | 'light'): Op[] => [{ t: 'settings', settings: { ...emptyDb().settings, theme } }];

describe('store', () => {
  it('keeps a change after the store is opened again', async () => {
    const store = await openStore({ dataDir: dir });
    await store.mutate(setTheme('dark'));
    const reopened = await openStore({ dataDir: dir });
    expect(reopened.data.settings.theme).toBe('dark');
  });

  it('writes the schema version into the file', async () => {
    const store = await openStore({ dataDir: dir });
    await store.mutate(setTheme('light'));
    await store.flush();
    const json = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8'));
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('leaves no temporary files behind after many writes', async () => {
    const store = await openStore({ dataDir: dir });
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.mutate(setTheme(i % 2 ? 'dark' : 'light'))));
    const files = await readdir(dir);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('moves a damaged data file aside instead of overwriting it', async () => {
    await writeFile(join(dir, DATA_FILE_NAME), '{"schemaVersion": 1, "settings": [broken');
    const store = await openStore({ dataDir: dir, clock: () => new Date('2026-01-02T03:04:05Z') });
    expect(store.notices[0].kind).toBe('quarantined');
    const files = await readdir(dir);
    const aside = files.find((f) => f.includes('.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside!), 'utf8')).toContain('[broken');
  });

  it('refuses a data file written by a newer version rather than rewriting it', async () => {
    const newer = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, whatever: true });
    await writeFile(join(dir, DATA_FILE_NAME), newer);
    await expect(openStore({ dataDir: dir })).rejects.toThrow(/newer Lectern/);
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(newer);
  });

  it('upgrades a file without a schema version and keeps its settings', async () => {
    await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify({ settings: { theme: 'dark', fontSize: 20, colourLegend: [], exportTemplate: null } }));
    const store = await openStore({ dataDir: dir });
    expect(store.data.settings.theme).toBe('dark');
    expect(store.notices.map((n) => n.kind)).toContain('migrated');
  });

  it('keeps a backup of the last file that opened cleanly', async () => {
    const store = await openStore({ dataDir: dir });
    await store.mutate(setTheme('dark'));
    await store.close();
    await openStore({ dataDir: dir });
    const backup = JSON.parse(await readFile(join(dir, `${DATA_FILE_NAME}.bak`), 'utf8'));
    expect(backup.settings.theme).toBe('dark');
  });

  it('undoes a change in memory when it cannot be written, and reports why', async () => {
    const failing = async (path: string) => {
      const real = await JournalWriter.open(path);
      return { append: async () => Promise.reject(new Error('disk full')), clear: () => real.clear(), close: () => real.close() };
    };
    const store = await openStore({ dataDir: dir, openJournal: failing });
    await expect(store.mutate(setTheme('dark'))).rejects.toThrow(/Could not save.*disk full/);
    expect(store.data.settings.theme).toBe('system');
  });

  it('recovers saved changes from the journal after a crash', async () => {
    const store = await openStore({ dataDir: dir });
    await store.mutate(setTheme('dark'));
    // No close(): the process died. The data file itself still holds the old state.
    expect(JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).settings.theme).toBe('system');
    const reopened = await openStore({ dataDir: dir });
    expect(reopened.data.settings.theme).toBe('dark');
  });

  it('skips a torn last journal line and keeps the rest', async () => {
    const store = await openStore({ dataDir: dir });
    await store.mutate(setTheme('dark'));
    await appendFile(join(dir, JOURNAL_FILE_NAME), '{"t":"settings","sett');
    const reopened = await openStore({ dataDir: dir });
    expect(reopened.data.settings.theme).toBe('dark');
    expect(reopened.notices.map((n) => n.message).join()).toMatch(/Skipped 1 unreadable line/);
  });

  it('folds the journal into the data file on close', async () => {
    const store = await openStore({ dataDir: dir });
    await store.mutate(setTheme('dark'));
    await store.close();
    expect(JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).settings.theme).toBe('dark');
    expect(await readFile(join(dir, JOURNAL_FILE_NAME), 'utf8')).toBe('');
  });
});
