/**
 * The store's loss paths found by the attack run (issue 9): each test reproduces one way an
 * acknowledged change used to be lost, and checks what a person would see after a restart.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtemp, readFile, writeFile, appendFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, JOURNAL_FILE_NAME, DATA_FILE_NAME } from '../../../main/core/store/db';
import { JournalWriter } from '../../../main/core/store/journal';
import { emptyDb } from '../../../main/core/store/schema';
import { put, record } from '../../helpers/store-records';
import { writeThenCrash } from '../../helpers/crash-writer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-loss-'));
});

/** A journal whose appends fail while `state.failing` is set, as on a full disk. */
function switchableJournal(state: { failing: boolean }) {
  return async (path: string) => {
    const real = await JournalWriter.open(path);
    return {
      append: async (...args: Parameters<JournalWriter['append']>) => {
        if (state.failing) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        }
        return real.append(...args);
      },
      clear: () => real.clear(),
      close: () => real.close(),
    };
  };
}

describe('store: failed writes', () => {
  it('puts back the state before two concurrent changes that both failed to save', async () => {
    const state = { failing: false };
    const store = await openStore({ dataDir: dir, openJournal: switchableJournal(state) });
    await store.mutate(put('x', 'saved'));
    state.failing = true;
    const first = store.mutate(put('x', 'first, never saved'));
    const second = store.mutate(put('x', 'second, never saved'));
    await expect(first).rejects.toThrow(/Could not save/);
    await expect(second).rejects.toThrow(/Could not save/);
    expect(store.data.annotations.map((a) => a.note)).toEqual(['saved']);
    state.failing = false;
    await store.close();
    const reopened = await openStore({ dataDir: dir });
    expect(reopened.data.annotations.map((a) => a.note)).toEqual(['saved']);
  });

  it('keeps a change made while an earlier one was failing to save', async () => {
    const state = { failing: true };
    const store = await openStore({ dataDir: dir, openJournal: switchableJournal(state) });
    const failed = store.mutate(put('a', 'lost to a full disk'));
    setTimeout(() => (state.failing = false), 1);
    const later = store.mutate(put('b', 'saved after the disk had room'));
    await expect(failed).rejects.toThrow(/Could not save/);
    await later.catch(() => undefined);
    const notes = store.data.annotations.map((a) => a.note);
    const reopened = await openStore({ dataDir: join(dir) });
    expect(reopened.data.annotations.map((a) => a.note)).toEqual(notes);
  });
});

describe('store: replaying the journal', () => {
  it.each([
    ['a line that is JSON null', 'null'],
    ['an op of an unknown type', '{"t":"dropTables"}'],
    ['an annotation without its fields', '{"t":"putAnnotation","record":{"id":"x"}}'],
    ['settings of the wrong shape', '{"t":"settings","settings":{"theme":"neon"}}'],
    ['a number', '42'],
  ])('sets aside %s and keeps every good change, across two restarts', async (_name, bad) => {
    const store = await openStore({ dataDir: dir });
    await store.mutate(put('before'));
    await appendFile(join(dir, JOURNAL_FILE_NAME), `${bad}\n`);
    await store.mutate(put('after'));
    const reopened = await openStore({ dataDir: dir });
    expect(reopened.data.annotations.map((a) => a.id).sort()).toEqual(['after', 'before']);
    expect(reopened.notices.map((n) => n.message).join('\n')).toMatch(/set aside/i);
    const asideFile = (await readdir(dir)).find((f) => f.startsWith('lectern.rejected'));
    expect(asideFile).toBeDefined();
    expect(await readFile(join(dir, asideFile!), 'utf8')).toContain(bad);
    await reopened.close();
    const again = await openStore({ dataDir: dir });
    expect(again.data.annotations.map((a) => a.id).sort()).toEqual(['after', 'before']);
  });

  it('recovers an op that a torn line from a failed append swallowed', async () => {
    const store = await openStore({ dataDir: dir });
    await store.mutate(put('first'));
    // What an old journal looks like after a failed append: a partial line with no newline, then the next op glued on.
    await appendFile(join(dir, JOURNAL_FILE_NAME), `{"t":"putAnnotation","record":{"id":"torn","art${JSON.stringify(put('glued')[0])}\n`);
    const reopened = await openStore({ dataDir: dir });
    expect(reopened.data.annotations.map((a) => a.id).sort()).toEqual(['first', 'glued']);
  });
});

describe('store: article ids that are also object keys', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('keeps the note and position of an article named %s after a restart', async (id) => {
    const store = await openStore({ dataDir: dir });
    expect(store.data.reading.byArticle[id]).toBeUndefined();
    expect(store.data.articleNotes[id]).toBeUndefined();
    await store.mutate([
      { t: 'reading', articleId: id, entry: { scrollFraction: 0.5, progress: 0.5, lastOpened: '2026-03-01T10:00:00.000Z' }, last: id },
      { t: 'articleNote', articleId: id, value: { note: 'my note', modified: '2026-03-01T10:00:00.000Z' } },
    ]);
    await store.close();
    for (const reopened of [await openStore({ dataDir: dir }), await openStore({ dataDir: dir })]) {
      expect(reopened.data.articleNotes[id]?.note).toBe('my note');
      expect(reopened.data.reading.byArticle[id]?.progress).toBe(0.5);
      await reopened.close();
    }
  });
});

describe('store: compaction under a crash', () => {
  it('keeps every acknowledged create when the process is killed while compactions run', async () => {
    const base = emptyDb();
    base.annotations = Array.from({ length: 3000 }, (_, i) => record(`old-${i}`, 'x'.repeat(200)));
    await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(base));
    const lost: string[] = [];
    for (const [round, killAfterAcks] of [600, 1500, 2500].entries()) {
      const run = await writeThenCrash({ dataDir: dir, clients: 20, maxJournalOps: 200, killAfterAcks, extraMs: 20, prefix: `r${round}` });
      const store = await openStore({ dataDir: dir, idleCompactMs: 3_600_000 });
      const ids = new Set(store.data.annotations.map((a) => a.id));
      lost.push(...run.acknowledged.filter((id) => !ids.has(id)));
      await store.close();
    }
    expect(lost).toEqual([]);
  }, 60_000);
});
