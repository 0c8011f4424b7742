/** The change stream under load: 50 clients saving 20 changes each at once, over both transports. */
import { afterEach, describe, expect, it } from 'vitest';
import { makeLectern, type TestLectern } from '../helpers/lectern-fixture';
import { concurrentChanges, httpTransport, ipcTransport, type Transport } from '../helpers/change-stream-clients';

let t: TestLectern | null = null;
let transport: Transport | null = null;

afterEach(async () => {
  await transport?.stop();
  await t?.lectern.close();
  t = transport = null;
});

describe.each([
  ['HTTP', (fixture: TestLectern) => httpTransport(fixture.lectern)],
  ['IPC', (fixture: TestLectern) => ipcTransport(fixture.lectern)],
])('the change stream over %s', (name, open) => {
  it('gives each of 50 clients saving 20 changes at the same time all 1,000 changes once, its own 20 as local', async () => {
    t = await makeLectern();
    transport = await open(t);
    const [article] = await t.lectern.api.listArticles({});
    const started = performance.now();
    const heard = await concurrentChanges(transport, article.id, 50, 20);
    console.log(`${name}: 50 clients x 20 changes, every notice delivered in ${Math.round(performance.now() - started)} ms`);
    expect(heard).toEqual(Array.from({ length: 50 }, () => ({ local: 20, external: 980 })));
  });
});
