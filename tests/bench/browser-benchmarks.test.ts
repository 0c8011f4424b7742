import { existsSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { openArticle } from '../../bench/suites/open-article';
import { sidebarFrame } from '../../bench/suites/sidebar-frame';
import { clickHit } from '../../bench/suites/click-hit';
import { addRemove } from '../../bench/suites/add-remove';
import { librarySearch } from '../../bench/suites/library';
import { serveStart } from '../../bench/suites/serve-start';
import { expectFigures, hasChromium, smokeContext } from './smoke';

// One Chromium for the whole file keeps this under 20 seconds.
const ctx = smokeContext();
afterAll(() => ctx.close());

describe.skipIf(!hasChromium)('browser benchmarks at smoke size', () => {
  it.each([
    ['opening an article (row 1)', openArticle],
    ['sidebar frames (row 2)', sidebarFrame],
    ['clicks on highlights (row 3)', clickHit],
    ['adding and removing a highlight (row 4)', addRemove],
    ['the library list and search (row 7)', librarySearch],
  ])('%s run and report figures', async (_name, bench) => {
    await expectFigures(bench, ctx);
  }, 30_000);

  it.skipIf(!existsSync('dist/main/cli.js'))('serve start (row 8) runs and reports figures', async () => {
    await expectFigures(serveStart, ctx);
  }, 30_000);
});
