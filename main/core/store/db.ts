/**
 * The store: one lowdb JSON file holding settings, reading state and annotations.
 * Every change goes through `mutate`, which applies it in memory at once and resolves
 * only when it is on disk; if the write fails, the change is undone and the error thrown,
 * so memory never claims what the disk does not hold.
 */
import { Low } from 'lowdb';
import { join } from 'node:path';
import { Db, emptyDb } from './schema.js';
import { JsonFileAdapter, type StoreNotice } from './json-file-adapter.js';
import { WriteQueue } from './write-queue.js';
import { ApiFailure } from '../errors.js';

export const DATA_FILE_NAME = 'lectern.json';

/** A change to the data: does it, and knows how to take it back. */
export type Change<T> = (db: Db) => { result: T; undo: () => void };

export interface Store {
  readonly file: string;
  /** The data as of the last change (read only by convention: change it through `mutate`). */
  readonly data: Db;
  readonly notices: readonly StoreNotice[];
  mutate<T>(change: Change<T>): Promise<T>;
  flush(): Promise<void>;
}

/** Opens (or creates) the data file in `dataDir`. */
export async function openStore(options: { dataDir: string; clock?: () => Date }): Promise<Store> {
  const clock = options.clock ?? (() => new Date());
  const file = join(options.dataDir, DATA_FILE_NAME);
  const adapter = new JsonFileAdapter(file, clock);
  const low = new Low<Db>(adapter, emptyDb());
  await low.read();
  const queue = new WriteQueue(() => low.write());

  return {
    file,
    get data() {
      return low.data;
    },
    notices: adapter.notices,
    async mutate<T>(change: Change<T>): Promise<T> {
      const { result, undo } = change(low.data);
      try {
        await queue.request();
      } catch (err) {
        undo();
        throw new ApiFailure('io_error', `Could not save to ${file}: ${(err as Error).message}`);
      }
      return result;
    },
    flush: () => queue.idle(),
  };
}
