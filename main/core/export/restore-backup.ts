/**
 * Restoring a W3C backup into the store, at any size the app itself exports: the backup is
 * read in steps, merged by id (linear), and written in batches of a few thousand ops (one
 * journal append each), with the event loop free between batches so other calls are not
 * kept waiting. A disk that fails half-way is reported as it happened: how many were saved,
 * and that restoring again brings the rest.
 */
import type { AnnotationRecord, Output } from '../../contract.js';
import type { Catalog } from '../articles/catalog.js';
import type { Store } from '../store/db.js';
import { ApiFailure, describeError } from '../errors.js';
import { anchorAll } from '../annotations/anchor.js';
import { nextTurn } from './json-chunks.js';
import { mergeRecords } from './merge-records.js';
import { readAnnotationCollection } from './w3c-import.js';
// The store's own index by id (kept exact by every put and remove): a lookup per record, not a scan.
import { findById } from '../store/id-index.js';

export type RestoreDeps = { store: Store; catalog: Catalog };
export type RestoreOptions = {
  /** Records per store write; each write is one durable journal append. */
  recordsPerWrite?: number;
};

type RestoreReport = Output<'importBackup'>;

const RECORDS_PER_WRITE = 2_000;
/** Annotations re-anchored between two turns of the event loop. */
const TARGETS_PER_STEP = 1_000;

const annotationId = (a: AnnotationRecord) => a.id;

/** True when `candidate` is a later edit than `current` (the merge's own rule). */
function isNewer(candidate: AnnotationRecord, current: AnnotationRecord): boolean {
  const a = Date.parse(candidate.modified);
  const b = Date.parse(current.modified);
  if (Number.isNaN(a) || Number.isNaN(b)) return candidate.modified > current.modified;
  return a > b;
}

/** Counts how many of the given records do not find their passage in the current text. */
async function countDetached(catalog: Catalog, records: readonly AnnotationRecord[]): Promise<number> {
  const byArticle = new Map<string, AnnotationRecord[]>();
  for (const r of records) {
    const list = byArticle.get(r.articleId);
    if (list) list.push(r);
    else byArticle.set(r.articleId, [r]);
  }
  let detached = 0;
  for (const [articleId, list] of byArticle) {
    if (!catalog.has(articleId)) continue;
    const { text } = catalog.get(articleId);
    for (let i = 0; i < list.length; i += TARGETS_PER_STEP) {
      const targets = list.slice(i, i + TARGETS_PER_STEP).map((r) => r.target);
      detached += anchorAll(text, targets).filter((a) => a.status === 'detached').length;
      await nextTurn();
    }
  }
  return detached;
}

type Written = { saved: AnnotationRecord[]; added: number; updated: number; keptHere: number; failure: unknown };

/**
 * Writes `records` batch by batch. Other calls run between batches, so each batch is checked
 * again against the store as it is now: an edit made meanwhile is newer and is kept.
 */
async function writeInBatches(store: Store, records: AnnotationRecord[], wasStored: Set<string>, perWrite: number): Promise<Written> {
  const written: Written = { saved: [], added: 0, updated: 0, keptHere: 0, failure: null };
  const stored = (id: string) => findById(store.data.annotations, id, annotationId);
  for (let i = 0; i < records.length; i += perWrite) {
    const batch = records.slice(i, i + perWrite).filter((record) => {
      const here = stored(record.id);
      return here === undefined ? !wasStored.has(record.id) : isNewer(record, here);
    });
    const present = new Set(batch.filter((record) => stored(record.id) !== undefined).map((r) => r.id));
    written.keptHere += Math.min(perWrite, records.length - i) - batch.length;
    try {
      if (batch.length > 0) await store.mutate(batch.map((record) => ({ t: 'putAnnotation', record })));
    } catch (error) {
      written.failure = error;
      return written;
    }
    for (const record of batch) {
      written.saved.push(record);
      if (present.has(record.id)) written.updated++;
      else written.added++;
    }
    await nextTurn();
  }
  return written;
}

/** What to tell the user when the disk failed after `saved` of `total` were written. */
function failureReport(error: unknown, saved: number, total: number): string {
  const reason = describeError(error);
  const rest = total - saved;
  return (
    `Only ${saved.toLocaleString('en')} of ${total.toLocaleString('en')} annotations were saved: ${reason}. ` +
    `The other ${rest.toLocaleString('en')} were not restored; restore the same backup again once the problem is fixed (what is saved stays).`
  );
}

/** Restores `json` (a W3C backup) into the store and reports what changed. */
export async function restoreBackup(deps: RestoreDeps, json: string, options: RestoreOptions = {}): Promise<RestoreReport> {
  const { store, catalog } = deps;
  const parsed = await readAnnotationCollection(json, { articleIds: catalog.summaries(() => 0).map((s) => s.id) });
  const merge = mergeRecords(store.data.annotations, parsed.records);
  const changed = new Set([...merge.added, ...merge.updated]);
  const toWrite = merge.records.filter((r) => changed.has(r.id));
  const written = await writeInBatches(store, toWrite, new Set(merge.updated), options.recordsPerWrite ?? RECORDS_PER_WRITE);
  if (written.failure !== null && written.saved.length === 0) {
    const code = written.failure instanceof ApiFailure ? written.failure.code : 'io_error';
    throw new ApiFailure(code, `${(written.failure as Error).message}; nothing was restored.`);
  }
  const errors = written.failure === null ? parsed.errors : [...parsed.errors, failureReport(written.failure, written.saved.length, toWrite.length)];
  return {
    added: written.added,
    updated: written.updated,
    unchanged: merge.unchanged.length + written.keptHere,
    detached: await countDetached(catalog, written.saved),
    errors,
  };
}
