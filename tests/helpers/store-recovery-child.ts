/**
 * A store that rewrites a large data file over and over (a change, then a compaction), for the
 * stress test that SIGKILLs it mid-write: each kill may leave a temp file of the data file behind.
 * Usage: store-recovery-child.ts <dataDir> <annotations>. Prints "ready" once the big state is durable.
 */
import { openStore } from '../../main/core/store/db';
import type { AnnotationRecord } from '../../main/contract';

const [dataDir, count] = process.argv.slice(2);

function record(id: string): AnnotationRecord {
  const stamp = '2026-01-01T00:00:00.000Z';
  const quote = { exact: `passage ${id}`, prefix: 'before '.repeat(8), suffix: ' after'.repeat(8) };
  return { id, articleId: 'article-1', created: stamp, modified: stamp, colour: 'yellow', note: `note ${id} `.repeat(10), tags: [], target: { quote, position: { start: 0, end: 10 }, contentHash: 'h' } };
}

const store = await openStore({ dataDir, idleCompactMs: 60_000 });
if (store.data.annotations.length === 0) {
  await store.mutate(Array.from({ length: Number(count) }, (_, n) => ({ t: 'putAnnotation' as const, record: record(`a${n}`) })));
  await store.flush();
}
console.log('ready');
for (let round = 0; ; round++) {
  await store.mutate([{ t: 'putAnnotation', record: record(`round-${round}`) }]);
  await store.flush();
}
