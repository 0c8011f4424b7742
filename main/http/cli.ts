/**
 * Command line: `serve` runs the app for a browser on 127.0.0.1; `export` writes Markdown
 * from the data file without any UI.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { createLectern } from '../core/library.js';
import { startServer } from './server.js';
import { parseFlags } from './args.js';
import { defaultDataDir } from './paths.js';
import { resolveDataDir } from '../core/library-folder/location.js';
import { runExport } from './export-command.js';
import { releaseAllLocks } from '../core/library-folder/lock.js';
import { describeFlushFailure, describeStartFailure } from './cli-errors.js';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
/** Built layout: dist/main/cli.js next to dist/renderer; the seeds at the project root. */
const DEFAULT_SEEDS = here('../../seeds');
const DEFAULT_STATIC = here('../renderer');
const DEFAULT_PORT = 4646;

async function serve(argv: string[]): Promise<void> {
  const flags = parseFlags(argv, ['port', 'token', 'data-dir', 'seeds-dir', 'static-dir']);
  // Without --data-dir, follow the desktop app if the user moved its data folder.
  const location = flags['data-dir'] === undefined ? await resolveDataDir(defaultDataDir()) : { dataDir: String(flags['data-dir']), notices: [] };
  for (const notice of location.notices) console.warn(`Note: ${notice}`);
  const dataDir = resolve(location.dataDir);
  const seedsDir = resolve(String(flags['seeds-dir'] ?? DEFAULT_SEEDS));
  const lectern = await createLectern({ seedsDir, dataDir });
  const port = flags.port === undefined ? DEFAULT_PORT : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${flags.port}"`);
  const options = { api: lectern.api, changes: lectern, staticDir: resolve(String(flags['static-dir'] ?? DEFAULT_STATIC)), token: flags.token as string | undefined };
  const server = await startServer({ ...options, port }).catch((err: NodeJS.ErrnoException) => {
    // The default port is a convenience: if it is taken, any free port will do.
    if (err.code === 'EADDRINUSE' && flags.port === undefined) return startServer({ ...options, port: 0 });
    throw err;
  });
  for (const notice of lectern.notices) console.warn(`Note: ${notice}`);
  console.log(`Lectern is running at ${server.url}`);
  console.log(`Data: ${lectern.dataFile}`);
  console.log(`Articles: ${seedsDir}`);
  const stop = async () => {
    await server.close().catch(() => undefined);
    let saved = true;
    try {
      await lectern.close();
    } catch (err) {
      // A full or read-only disk: say so, and still let the next Lectern in (the journal holds every change).
      saved = false;
      console.error(`lectern: ${describeFlushFailure(err, lectern.dataFile, dataDir)}`);
    }
    await releaseAllLocks();
    process.exit(saved ? 0 : 1);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'serve') return serve(rest);
  if (command === 'export') return runExport(rest, { defaultSeeds: DEFAULT_SEEDS });
  throw new Error(`unknown command "${command ?? ''}": use "serve" or "export"`);
}

main().catch(async (err: unknown) => {
  console.error(`lectern: ${describeStartFailure(err)}`);
  // A library that failed half way through opening must not leave its lock behind.
  await releaseAllLocks();
  process.exit(1);
});
