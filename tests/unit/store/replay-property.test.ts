/**
 * Property: whatever damage sits between the good lines of a journal, a restart keeps every
 * valid change (applied in order) and sets every damaged line aside, word for word.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, writeFile, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, JOURNAL_FILE_NAME } from '../../../main/core/store/db';
import { emptyDb } from '../../../main/core/store/schema';
import { applyOp, type Op } from '../../../main/core/store/ops';
import { opProblem } from '../../../main/core/store/op-schema';
import { record } from '../../helpers/store-records';

const validOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', '__proto__'), note: fc.string({ maxLength: 20 }) }).map(({ id, note }) => ({ t: 'putAnnotation', record: record(id, note) }) as Op),
  fc.constantFrom('a', 'b', 'c').map((id) => ({ t: 'removeAnnotation', id }) as Op),
  fc.constantFrom('light', 'dark', 'system').map((theme) => ({ t: 'settings', settings: { ...emptyDb().settings, theme } }) as Op),
  fc.record({ id: fc.constantFrom('x', 'constructor', '__proto__'), note: fc.string({ maxLength: 10 }) }).map(
    ({ id, note }) => ({ t: 'articleNote', articleId: id, value: { note, modified: '2026-01-01T00:00:00.000Z' } }) as Op,
  ),
);

const damage = fc
  .oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.json({ maxDepth: 2 }), fc.constant('null'), fc.constant('{"t":"putAnnotation","record":{"id":"x"}}'))
  .filter((line) => !line.includes('\n') && line.trim() !== '' && !line.includes('{"t":"'))
  .filter((line) => {
    try {
      return opProblem(JSON.parse(line)) !== null;
    } catch {
      return true;
    }
  });

const line = fc.oneof({ weight: 3, arbitrary: validOp.map((op) => ({ op })) }, { weight: 1, arbitrary: damage.map((bad) => ({ bad })) });

describe('store: replay with damaged lines (property)', () => {
  it('keeps every valid change in order and sets every damaged line aside', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
        const dir = await mkdtemp(join(tmpdir(), 'lectern-prop-'));
        const text = lines.map((l) => ('op' in l ? JSON.stringify(l.op) : l.bad)).join('\n') + '\n';
        await writeFile(join(dir, JOURNAL_FILE_NAME), text);
        const expected = emptyDb();
        for (const l of lines) if ('op' in l) applyOp(expected, l.op);
        const store = await openStore({ dataDir: dir, idleCompactMs: 3_600_000 });
        const notes = (db: typeof expected) => Object.fromEntries(db.annotations.map((a) => [a.id, a.note]));
        expect(notes(store.data)).toEqual(notes(expected));
        expect(store.data.settings.theme).toBe(expected.settings.theme);
        expect(Object.entries(store.data.articleNotes)).toEqual(Object.entries(expected.articleNotes));
        const bad = lines.filter((l): l is { bad: string } => 'bad' in l).map((l) => l.bad);
        const aside = (await readdir(dir)).find((f) => f.startsWith('lectern.rejected'));
        if (bad.length === 0) expect(aside).toBeUndefined();
        else {
          const kept = await readFile(join(dir, aside!), 'utf8');
          for (const b of bad) expect(kept.split('\n')).toContain(b);
        }
        await store.close();
      }),
      { numRuns: 60 },
    );
  });
});
