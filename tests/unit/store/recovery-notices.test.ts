/**
 * The notices API: what the store had to do at start (a damaged file moved aside, a backup
 * restored) reaches the app through `listNotices`, validated like every reply, until dismissed.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, mkdir, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLectern, type Lectern } from '../../../main/core/library';
import { dispatch } from '../../../main/core/dispatch';
import { emptyDb } from '../../../main/core/store/schema';

let dataDir: string;
let seedsDir: string;
let lectern: Lectern | null = null;
beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), 'lectern-notices-'));
  dataDir = join(root, 'data');
  seedsDir = join(root, 'seeds');
  await mkdir(dataDir);
  await mkdir(seedsDir);
  // One article, so the seeds folder itself has nothing to report.
  await writeFile(join(seedsDir, 'one.txt'), 'A title\n\nA paragraph of text.\n');
});
afterEach(async () => {
  await lectern?.close();
  lectern = null;
});

const open = async () => (lectern = await createLectern({ dataDir, seedsDir }));
const call = (method: string, payload: unknown) => dispatch(lectern!.api, method, payload);

describe('notices through the API', () => {
  it('lists a warning that names the moved file when the data file was damaged', async () => {
    await writeFile(join(dataDir, 'lectern.json'), '{"hello":"world"}');
    await writeFile(join(dataDir, 'lectern.json.bak'), JSON.stringify(emptyDb()));
    await open();

    const reply = await call('listNotices', {});

    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const moved = (await readdir(dataDir)).find((f) => f.includes('.corrupt-'))!;
    expect(reply.value).toEqual([{ id: expect.any(String), severity: 'warning', message: expect.stringContaining(join(dataDir, moved)) }]);
  });

  it('lists nothing after a clean start', async () => {
    await open();
    expect(await call('listNotices', {})).toEqual({ ok: true, value: [] });
  });

  it('stops listing a notice once it is dismissed', async () => {
    await writeFile(join(dataDir, 'lectern.json'), 'garbage');
    await open();
    const listed = await call('listNotices', {});
    if (!listed.ok) throw new Error(listed.error.message);

    const [first] = listed.value as Array<{ id: string }>;
    expect(await call('dismissNotice', { id: first.id })).toEqual({ ok: true, value: { ok: true } });
    expect(await call('listNotices', {})).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['an unknown id', { id: 'no-such-notice' }, 'not_found'],
    ['a missing id', {}, 'invalid_input'],
    ['an extra field', { id: 'x', html: '<b>' }, 'invalid_input'],
  ])('refuses to dismiss with %s and changes nothing', async (_case, payload, code) => {
    await writeFile(join(dataDir, 'lectern.json'), 'garbage');
    await open();

    const reply = await call('dismissNotice', payload);

    expect(reply).toMatchObject({ ok: false, error: { code } });
    const listed = await call('listNotices', {});
    expect(listed.ok && listed.value).toHaveLength(1);
  });
});
