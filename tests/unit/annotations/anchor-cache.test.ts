import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, Article } from '../../../main/contract.js';
import { anchorAll } from '../../../main/core/annotations/anchor.js';
import { createAnchorCache } from '../../../main/core/annotations/anchor-cache.js';
import { annotationHandlers, type AnnotationDeps } from '../../../main/core/annotations/service.js';
import type { Store } from '../../../main/core/store/db.js';
import type { Catalog } from '../../../main/core/articles/catalog.js';
import { makeAnchoringFixture } from '../../../bench/fixtures/anchoring-fixture.js';

const fixture = makeAnchoringFixture(11, 40_000, 300);
const ARTICLE = 'long-read';

/** A store in memory that applies the annotation ops as the real one does (replace by id, remove by id). */
function memoryStore(annotations: AnnotationRecord[]): Store {
  const data = { annotations, trash: [] as { deletedAt: string; annotation: AnnotationRecord }[] };
  const mutate = async (ops: { t: string; record?: AnnotationRecord; id?: string; entry?: (typeof data.trash)[number] }[]) => {
    for (const op of ops) {
      if (op.t === 'putAnnotation') {
        const at = data.annotations.findIndex((a) => a.id === op.record!.id);
        if (at === -1) data.annotations.push(op.record!);
        else data.annotations[at] = op.record!;
      } else if (op.t === 'removeAnnotation') data.annotations = data.annotations.filter((a) => a.id !== op.id);
      else if (op.t === 'putTrash') data.trash.push(op.entry!);
      else if (op.t === 'removeTrash') data.trash = data.trash.filter((t) => t.annotation.id !== op.id);
    }
  };
  return { get data() { return data; }, mutate } as unknown as Store;
}

/** A catalog of one article whose text a test can change, as a re-scan of an edited file would. */
function oneArticleCatalog(text: string) {
  let article = { id: ARTICLE, text, contentHash: `hash-of-${text.length}-${text.slice(0, 20)}` } as Article;
  const catalog = {
    get: (id: string) => {
      if (id !== ARTICLE) throw new Error(`no article ${id}`);
      return article;
    },
    has: (id: string) => id === ARTICLE,
  } as unknown as Catalog;
  const setText = (next: string) => (article = { ...article, text: next, contentHash: `hash-of-${next.length}-${next.slice(0, 20)}-${Math.random()}` });
  return { catalog, setText };
}

function setup(text = fixture.variants.shifted) {
  const records: AnnotationRecord[] = fixture.targets.map((target, i) => ({
    id: `a${i}`,
    articleId: ARTICLE,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    colour: 'yellow',
    note: '',
    tags: [],
    target: { ...target, contentHash: 'old' },
  }));
  const store = memoryStore(records);
  const { catalog, setText } = oneArticleCatalog(text);
  let anchored = 0;
  let tick = 0;
  const deps: AnnotationDeps = {
    store,
    catalog,
    clock: () => new Date(Date.UTC(2026, 1, 1, 0, 0, tick++)),
    newId: () => `new-${tick}`,
    anchorCache: createAnchorCache({ onAnchored: (count) => (anchored += count) }),
  };
  const api = annotationHandlers(deps);
  const list = () => api.listAnnotations({ articleId: ARTICLE });
  return { api, list, store, setText, anchored: () => anchored };
}

/** What the reader sees of each annotation: where it is and how sure. */
const placed = (views: Awaited<ReturnType<ReturnType<typeof setup>['list']>>) => views.map((v) => [v.id, v.anchor.status, v.anchor.start, v.anchor.end]);

describe('listAnnotations with the anchor cache', () => {
  it('anchors every annotation on the first call and none on a second call without change, with the same answer', async () => {
    const { list, anchored } = setup();
    const first = await list();
    expect(anchored()).toBe(fixture.targets.length);
    const second = await list();
    expect(anchored()).toBe(fixture.targets.length);
    expect(second).toEqual(first);
  });

  it('gives the same places as anchoring without a cache', async () => {
    const { list } = setup();
    const views = await list();
    const direct = anchorAll(fixture.variants.shifted, fixture.targets);
    const byId = new Map(views.map((v) => [v.id, v.anchor]));
    fixture.targets.forEach((_, i) => expect(byId.get(`a${i}`)).toEqual(direct[i]));
  });

  it('50 concurrent first calls share one computation and all get the full answer', async () => {
    const { list, anchored } = setup();
    const answers = await Promise.all(Array.from({ length: 50 }, list));
    expect(anchored()).toBe(fixture.targets.length);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it.each([
    ['a range is changed', async (s: ReturnType<typeof setup>) => s.api.updateAnnotation({ id: 'a5', range: { start: 100, end: 140 } })],
    ['an annotation is created', async (s: ReturnType<typeof setup>) => s.api.createAnnotation({ articleId: ARTICLE, range: { start: 200, end: 230 }, colour: 'blue', note: '', tags: [] })],
  ])('after %s, only that annotation is anchored again and the list shows it where it now is', async (_name, change) => {
    const s = setup();
    await s.list();
    const before = s.anchored();
    const changed = await change(s);
    const views = await s.list();
    expect(s.anchored() - before).toBe(1);
    expect(views.find((v) => v.id === changed.id)?.anchor).toEqual(changed.anchor);
    expect(changed.anchor.status).toBe('exact');
  });

  it('shows a new note at once, and drops a deleted annotation and brings it back on restore', async () => {
    const s = setup();
    await s.list();
    await s.api.updateAnnotation({ id: 'a7', note: 'rewritten' });
    expect((await s.list()).find((v) => v.id === 'a7')?.note).toBe('rewritten');
    const anchorOf = (await s.list()).find((v) => v.id === 'a9')!.anchor;
    await s.api.deleteAnnotation({ id: 'a9' });
    expect((await s.list()).some((v) => v.id === 'a9')).toBe(false);
    await s.api.restoreAnnotation({ id: 'a9' });
    expect((await s.list()).find((v) => v.id === 'a9')?.anchor).toEqual(anchorOf);
  });

  it('anchors everything again when the article text changes, against the new text', async () => {
    const s = setup(fixture.variants.unchanged);
    const exact = await s.list();
    expect(exact.every((v) => v.anchor.status === 'exact')).toBe(true);
    s.setText(fixture.variants.shifted);
    const moved = await s.list();
    expect(s.anchored()).toBe(2 * fixture.targets.length);
    expect(placed(moved)).toEqual(placed(await setup(fixture.variants.shifted).list()));
    expect(moved.filter((v) => v.anchor.status === 'shifted').length).toBeGreaterThan(fixture.targets.length / 2);
  });

  it('never answers from a stale entry, even for a record replaced behind the handlers’ back with the same modified time', async () => {
    const s = setup(fixture.variants.unchanged);
    await s.list();
    const record = s.store.data.annotations.find((a) => a.id === 'a3')!;
    const target = { quote: { exact: 'nowhere to be found in the text', prefix: '', suffix: '' }, position: { start: 0, end: 31 }, contentHash: 'x' };
    await s.store.mutate([{ t: 'putAnnotation', record: { ...record, target } }]);
    expect((await s.list()).find((v) => v.id === 'a3')?.anchor.status).toBe('detached');
  });

  it('a change made while a first computation is still running shows in the next answer', async () => {
    const s = setup();
    const first = s.list();
    await s.api.updateAnnotation({ id: 'a2', range: { start: 300, end: 333 } });
    const [, next] = await Promise.all([first, s.list()]);
    expect(next.find((v) => v.id === 'a2')?.target.position).toEqual({ start: 300, end: 333 });
    expect(next.find((v) => v.id === 'a2')?.anchor.start).toBe(300);
  });
});

describe('the anchor cache on its own', () => {
  const text = fixture.variants.unchanged;
  const article = { id: ARTICLE, text, contentHash: 'h1' };
  const record = (id: string, i: number) => ({ id, articleId: ARTICLE, target: { ...fixture.targets[i], contentHash: 'h1' } }) as AnnotationRecord;

  it('answers each record for its own selectors even when two records share an id (damaged data), and does not hang', async () => {
    const cache = createAnchorCache();
    const anchors = await cache.anchorsFor(article, [record('same', 0), record('same', 1)]);
    expect(anchors.map((a) => a.start)).toEqual([fixture.targets[0].position.start, fixture.targets[1].position.start]);
  });

  it('forgets deleted records when told it was given all of an article', async () => {
    let anchored = 0;
    const cache = createAnchorCache({ onAnchored: (n) => (anchored += n) });
    const all = fixture.targets.map((_, i) => record(`r${i}`, i));
    await cache.anchorsFor(article, all, true);
    await cache.anchorsFor(article, all.slice(0, 10), true);
    anchored = 0;
    await cache.anchorsFor(article, all, true);
    expect(anchored).toBe(all.length - 10);
  });
});
