/**
 * An article imported as `__proto__.md` (or `constructor.md`) is an ordinary article: its note
 * and reading position are saved, reported, and still there after a restart (issue 9).
 */
import { describe, it, expect } from 'vitest';
import { makeLectern } from '../helpers/lectern-fixture';

describe('articles whose ids are also object keys', () => {
  it.each(['__proto__', 'constructor', 'hasOwnProperty'])('keeps the note and position of %s.md after a restart', async (name) => {
    const t = await makeLectern({ seeds: false });
    const imported = await t.lectern.api.importArticle({ fileName: `${name}.md`, content: `# ${name}\n\nA short article about keys.\n` });
    const articleId = imported.id;
    await t.lectern.api.saveArticleNote({ articleId, note: 'my note on it' });
    await t.lectern.api.saveReading({ articleId, scrollFraction: 0.4, progress: 0.6 });
    await t.lectern.close();
    const reopened = await t.reopen();
    expect((await reopened.api.getArticleNote({ articleId })).note).toBe('my note on it');
    const { reading } = await reopened.api.getState({});
    expect(Object.hasOwn(reading.byArticle, articleId)).toBe(true);
    expect(reading.byArticle[articleId].progress).toBe(0.6);
    await reopened.close();
  });
});
