/**
 * Worker thread entry: hosts one search shard, so building, loading and querying it never
 * block the thread that answers the app. Bundled builds ship it as `search-worker.js`.
 */
import { parentPort } from 'node:worker_threads';
import { createShardHandler, type ShardRequest } from './shard-protocol.js';

const handle = createShardHandler();
const port = parentPort;
if (!port) throw new Error('search worker: must run in a worker thread');

port.on('message', async ({ id, request }: { id: number; request: ShardRequest }) => {
  try {
    port.postMessage({ id, ok: true, value: await handle(request) });
  } catch (err) {
    port.postMessage({ id, ok: false, error: (err as Error).message ?? String(err) });
  }
});
