/**
 * Importing a file whose name starts with a dot (`.hidden.md`): the library loader skips
 * hidden files, so it must be saved under a visible name, and never written and then refused.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeLectern } from '../../helpers/lectern-fixture';
import { dispatch } from '../../../main/core/dispatch';

describe('importing a file whose name starts with a dot', () => {
  it.each([
    { fileName: '.hidden.md', id: 'hidden' },
    { fileName: '..twice.txt', id: 'twice' },
    { fileName: ' .spaced.markdown', id: 'spaced' },
    { fileName: '.md', id: 'article' },
  ])('saves $fileName under a visible name the library lists, as $id', async ({ fileName, id }) => {
    const t = await makeLectern({ seeds: false });
    try {
      const reply = await dispatch(t.lectern.api, 'importArticle', { fileName, content: '# Hidden notes\n\nA paragraph to read.\n' });
      expect(reply).toMatchObject({ ok: true, value: { id, error: null } });
      const listed = await t.lectern.api.listArticles({});
      expect(listed.map((a) => a.id)).toEqual([id]);
      const saved = readdirSync(join(t.dataDir, 'articles'));
      expect(saved).toHaveLength(1);
      expect(saved[0].startsWith('.')).toBe(false);
    } finally {
      await t.lectern.close();
    }
  });

  it('keeps a second import of the same hidden name apart from the first', async () => {
    const t = await makeLectern({ seeds: false });
    try {
      const first = await t.lectern.api.importArticle({ fileName: '.hidden.md', content: 'first\n' });
      const second = await t.lectern.api.importArticle({ fileName: '.hidden.md', content: 'second\n' });
      expect([first.id, second.id]).toEqual(['hidden', 'hidden-2']);
      expect((await t.lectern.api.listArticles({})).map((a) => a.id).sort()).toEqual(['hidden', 'hidden-2']);
    } finally {
      await t.lectern.close();
    }
  });
});
