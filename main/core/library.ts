/**
 * Composition root of the back end: the catalog, the store and the handlers, wired into
 * one object that implements the whole contract. Both transports serve this object.
 */
import { randomUUID } from 'node:crypto';
import type { LecternApi } from '../contract.js';
import { openCatalog } from './articles/catalog.js';
import { openStore } from './store/db.js';
import { acquireLock } from './library-folder/lock.js';
import { annotationHandlers, purgeTrash } from './annotations/service.js';
import { readingHandlers } from './reading/handlers.js';
import { exportHandlers } from './export/handlers.js';
import { createSearchService } from './search/service.js';
import { importHandlers, IMPORTS_FOLDER } from './articles/import-article.js';
import { NoticeBoard } from './store/notice-board.js';
import { ChangeBus } from './changes/change-bus.js';
import { changeTable } from './changes/change-table.js';
import { announcingApi, clientViews } from './changes/announcing-api.js';
import { join } from 'node:path';

export interface LecternOptions {
  seedsDir: string;
  dataDir: string;
  clock?: () => Date;
  newId?: () => string;
  /** The change stream to announce on; a host that reopens the library (a move) passes its own so listeners stay. */
  changes?: ChangeBus;
}

export interface Lectern {
  /** The API as the back end's own code calls it: what it changes is announced to every client as `external`. */
  api: LecternApi;
  /** The API as one client calls it: its changes reach that client's stream as `local`, everyone else's as `external`. */
  apiFor(clientId: string): LecternApi;
  /** Every change, once, for transports to carry to their clients. */
  changes: ChangeBus;
  dataFile: string;
  /** Messages for the user about the data file or the seeds folder (moved aside, missing…). */
  notices: string[];
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the seeds folder and the data file and returns the API over them. */
export async function createLectern(options: LecternOptions): Promise<Lectern> {
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const release = await acquireLock(options.dataDir);
  const catalog = await openCatalog(options.seedsDir, join(options.dataDir, IMPORTS_FOLDER));
  const store = await openStore({ dataDir: options.dataDir, clock });
  const deps = { store, catalog, clock, newId };
  await purgeTrash(deps);

  const countFor = (id: string) => store.data.annotations.reduce((n, a) => (a.articleId === id ? n + 1 : n), 0);
  const countAll = () => {
    const counts = new Map<string, number>();
    for (const a of store.data.annotations) counts.set(a.articleId, (counts.get(a.articleId) ?? 0) + 1);
    return (id: string) => counts.get(id) ?? 0;
  };

  const search = createSearchService(deps);
  const problem = catalog.problem();
  const board = new NoticeBoard([...store.notices, ...(problem ? [problem] : [])]);

  const handlers: LecternApi = {
    async listArticles() {
      await catalog.refresh();
      return catalog.summaries(countAll());
    },
    async getArticle({ id }) {
      return { ...catalog.get(id), annotationCount: countFor(id) };
    },
    ...readingHandlers(deps),
    ...annotationHandlers(deps),
    ...exportHandlers(deps),
    ...search.api,
    ...importHandlers({ catalog, dataDir: options.dataDir, countFor }),
    ...board.handlers(),
  };

  const changes = options.changes ?? new ChangeBus();
  const table = changeTable({
    articleOfAnnotation: (id) => store.data.annotations.find((a) => a.id === id)?.articleId ?? null,
  });
  const api = announcingApi(handlers, table, changes, null);
  const apiFor = clientViews(handlers, table, changes);

  const notices = [...store.notices.map((n) => n.message)];
  if (problem) notices.push(problem);

  let closed = false;
  return {
    api,
    apiFor,
    changes,
    dataFile: store.file,
    notices,
    flush: () => store.flush(),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await search.close();
        await store.close();
      } finally {
        // A final save that fails (a full disk) leaves every acknowledged change in the journal; the lock must still go.
        await release();
      }
    },
  };
}
