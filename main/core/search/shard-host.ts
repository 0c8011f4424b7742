/**
 * Where a shard lives: in its own worker thread when the worker script can be found (next to
 * the bundle as `search-worker.js`, or as `worker.ts` when running from source under tsx),
 * otherwise in this thread, behind the same asynchronous interface.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createShardHandler, type ShardReplies, type ShardRequest } from './shard-protocol.js';

/** A running shard host. */
export interface ShardHost {
  readonly inWorker: boolean;
  call<R extends ShardRequest>(request: R): Promise<ShardReplies[R['op']]>;
  close(): Promise<void>;
}

/** The worker script and how to run it, or null when there is none (e.g. a CommonJS bundle). */
export function findWorkerScript(): { file: string; execArgv: string[] } | null {
  try {
    const built = fileURLToPath(new URL('./search-worker.js', import.meta.url));
    if (existsSync(built)) return { file: built, execArgv: [] };
    const source = fileURLToPath(new URL('./worker.ts', import.meta.url));
    if (existsSync(source)) return { file: source, execArgv: ['--import', 'tsx'] };
  } catch {
    // import.meta.url is not available here: fall back to the main thread.
  }
  return null;
}

function localHost(): ShardHost {
  const handle = createShardHandler();
  return {
    inWorker: false,
    call: (request) => handle(request) as never,
    close: async () => {},
  };
}

function workerHost(script: { file: string; execArgv: string[] }): ShardHost {
  // A large young generation: building allocates millions of short-lived objects.
  const worker = new Worker(script.file, { execArgv: script.execArgv, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let next = 0;
  let failure: Error | null = null;
  // The worker keeps the process alive only while it has work to answer.
  worker.unref();
  worker.on('message', ({ id, ok, value, error }: { id: number; ok: boolean; value?: unknown; error?: string }) => {
    const p = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    if (ok) p?.resolve(value);
    else p?.reject(new Error(error));
  });
  const failAll = (err: Error) => {
    failure = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the search worker stopped (exit code ${code})`)));
  return {
    inWorker: true,
    call(request) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      worker.ref();
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        worker.postMessage({ id, request });
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

/** Starts a shard host: a worker thread when possible, unless `inProcess` asks otherwise. */
export function startShardHost(options: { inProcess?: boolean } = {}): ShardHost {
  const script = options.inProcess ? null : findWorkerScript();
  return script ? workerHost(script) : localHost();
}
