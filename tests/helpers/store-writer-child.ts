/**
 * A child process for crash tests: opens a store and keeps creating annotations from several
 * concurrent clients, printing `ack <id>` once each create is acknowledged, until it is killed.
 * Usage: node --import tsx store-writer-child.ts DATA_DIR CLIENTS MAX_JOURNAL_OPS [PREFIX]
 */
import { openStore } from '../../main/core/store/db';
import { put } from './store-records';

const [dataDir, clients, maxJournalOps, prefix = 'k'] = process.argv.slice(2);
const store = await openStore({ dataDir, maxJournalOps: Number(maxJournalOps), idleCompactMs: 50 });
process.stdout.write('ready\n');
let n = 0;
await Promise.all(
  Array.from({ length: Number(clients) }, async () => {
    for (;;) {
      const id = `${prefix}-${n++}`;
      await store.mutate(put(id));
      process.stdout.write(`ack ${id}\n`);
    }
  }),
);
