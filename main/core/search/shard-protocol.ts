/**
 * The messages a shard host understands, and the handler that serves them. The same handler
 * runs in a worker thread (worker.ts) or in the main thread (the fallback in shard-host.ts).
 */
import type { SearchDoc } from './options.js';
import { SearchShard, type DocStamp, type ShardHit } from './shard.js';

export type ShardRequest =
  | { op: 'open'; file: string; wanted: DocStamp[] }
  | { op: 'add'; docs: Array<SearchDoc & { stamp: string }> }
  | { op: 'save' }
  | { op: 'search'; query: string; limit: number };

/** What each request answers. */
export interface ShardReplies {
  open: { need: string[]; loaded: boolean; ms: number };
  add: { size: number; ms: number };
  save: { saved: boolean; ms: number };
  search: ShardHit[];
}

/** Serves requests for one shard; `open` must come first. */
export function createShardHandler(): (request: ShardRequest) => Promise<unknown> {
  let shard: SearchShard | null = null;
  const opened = () => {
    if (!shard) throw new Error('the search shard is not open');
    return shard;
  };
  return async (request) => {
    const t0 = performance.now();
    const ms = () => performance.now() - t0;
    switch (request.op) {
      case 'open': {
        // Already open on this file: only the differences since the last sync are looked at.
        if (!shard || shard.file !== request.file) shard = new SearchShard(request.file);
        const result = await shard.open(request.wanted);
        return { ...result, ms: ms() };
      }
      case 'add':
        opened().add(request.docs);
        return { size: opened().size, ms: ms() };
      case 'save':
        return { saved: await opened().save(), ms: ms() };
      case 'search':
        return opened().search(request.query, request.limit);
    }
  };
}
