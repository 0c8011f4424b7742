/**
 * The messages a shard host understands, and the handler that serves them. The same handler
 * runs in a worker thread (worker.ts) or in the main thread (the fallback in shard-host.ts).
 */
import type { SearchDoc } from './options.js';
import { SearchShard, type DocStamp, type ShardHit } from './shard.js';

export type ShardRequest =
  | { op: 'preload'; file: string }
  | { op: 'open'; file: string; wanted: DocStamp[] }
  | { op: 'add'; docs: Array<SearchDoc & { stamp: string }> }
  | { op: 'save' }
  | { op: 'search'; query: string; limit: number; fuzzy: boolean };

/** What each request answers. */
export interface ShardReplies {
  preload: { loaded: boolean; ms: number };
  open: { need: string[]; loaded: boolean; ms: number };
  add: { size: number; ms: number };
  save: { saved: boolean; ms: number };
  search: ShardHit[];
}

/** Serves requests for one shard; `preload` or `open` must come first. */
export function createShardHandler(): (request: ShardRequest) => Promise<unknown> {
  let shard: SearchShard | null = null;
  const opened = () => {
    if (!shard) throw new Error('the search shard is not open');
    return shard;
  };
  return async (request) => {
    const t0 = performance.now();
    const ms = () => performance.now() - t0;
    // Already open on this file: a sync looks only at the differences from what is in memory.
    const on = (file: string) => (shard && shard.file === file ? shard : (shard = new SearchShard(file)));
    switch (request.op) {
      case 'preload':
        return { loaded: await on(request.file).preload(), ms: ms() };
      case 'open': {
        const result = await on(request.file).open(request.wanted);
        return { ...result, ms: ms() };
      }
      case 'add':
        opened().add(request.docs);
        return { size: opened().size, ms: ms() };
      case 'save':
        return { saved: await opened().save(), ms: ms() };
      case 'search':
        return opened().search(request.query, request.limit, request.fuzzy);
    }
  };
}
