/**
 * A rival Lectern for the lock tests, run as its own process:
 * `node --import tsx tests/helpers/lock-child.ts <dataDir> <startAtMs> [pauseBeforePublishMs] [pauseBeforeTakeoverMs]`.
 * It waits for the shared start time (so rivals really start at once), tries to take the data
 * folder's lock and prints one JSON line: `{"won":true,"pid":…}` or `{"won":false,"message":…}`.
 * A winner holds the lock until its stdin closes, then releases it and exits.
 */
import { acquireLock } from '../../main/core/library-folder/lock.js';

const [dataDir, startAt, publishPause, takeoverPause] = process.argv.slice(2);
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

async function main(): Promise<void> {
  const wait = Number(startAt) - Date.now();
  if (wait > 0) await sleep(wait);
  const hooks = {
    beforePublish: () => sleep(Number(publishPause ?? 0)),
    beforeTakeover: () => sleep(Number(takeoverPause ?? 0)),
  };
  let release: () => Promise<void>;
  try {
    release = await acquireLock(dataDir, { hooks });
  } catch (err) {
    console.log(JSON.stringify({ won: false, message: (err as Error).message }));
    return;
  }
  console.log(JSON.stringify({ won: true, pid: process.pid }));
  process.stdin.resume();
  await new Promise<void>((done) => process.stdin.once('end', () => done()));
  await release();
}

void main().then(() => process.exit(0));
