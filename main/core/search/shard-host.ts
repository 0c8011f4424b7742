/**
 * Where a shard lives: in its own worker thread when the worker script can be found (next to
 * the bundle as `search-worker.js`, or as `worker.ts` when running from source under tsx),
 * otherwise in this thread, behind the same asynchronous interface.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createShardHandler, type ShardReplies, type ShardRequest } from './shard-protocol.js';

/** A running shard host. */
export interface ShardHost {
  readonly inWorker: boolean;
  call<R extends ShardRequest>(request: R): Promise<ShardReplies[R['op']]>;
  close(): Promise<void>;
}

/** How to start the worker: a script file, or (from source) a few lines of code that load it. */
type WorkerScript = { file: string } | { code: string };

/** The worker script, or null when there is none (then the shards run in this thread). */
export function findWorkerScript(): WorkerScript | null {
  // A CommonJS bundle (Electron's main process) has no import.meta.url but has __dirname.
  if (typeof __dirname === 'string') {
    const bundled = join(__dirname, 'search-worker.js');
    if (existsSync(bundled)) return { file: bundled };
  }
  try {
    const built = fileURLToPath(new URL('./search-worker.js', import.meta.url));
    if (existsSync(built)) return { file: built };
    const source = fileURLToPath(new URL('./worker.ts', import.meta.url));
    if (existsSync(source)) {
      // From source: register tsx's loader in the worker, then import the TypeScript entry
      // (a worker does not take --import from execArgv before loading its entry on Node 20).
      const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
      const api = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
      const entry = pathToFileURL(source).href;
      return { code: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });` };
    }
  } catch {
    // No import.meta.url or no tsx here: fall back to the main thread.
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

function workerHost(script: WorkerScript): ShardHost {
  // A large young generation: building allocates millions of short-lived objects.
  const resourceLimits = { maxYoungGenerationSizeMb: 64 };
  const worker = 'file' in script ? new Worker(script.file, { resourceLimits }) : new Worker(script.code, { eval: true, resourceLimits });
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

/**
 * Starts a shard host: a worker thread when possible, unless `inProcess` asks otherwise.
 * `workerScript` names a bundled worker file to use instead of looking for one.
 */
export function startShardHost(options: { inProcess?: boolean; workerScript?: string } = {}): ShardHost {
  const script = options.inProcess ? null : options.workerScript ? { file: options.workerScript } : findWorkerScript();
  return script ? workerHost(script) : localHost();
}
