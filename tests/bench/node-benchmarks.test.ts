import { describe, it } from 'vitest';
import { reanchor } from '../../bench/suites/reanchor';
import { durableSave } from '../../bench/suites/durable-save';
import { exportMarkdown } from '../../bench/suites/export-markdown';
import { expectFigures, smokeContext } from './smoke';

describe('Node benchmarks at smoke size', () => {
  it.each([
    ['re-anchoring (row 5)', reanchor],
    ['durable saves (row 6)', durableSave],
    ['Markdown export (row 9)', exportMarkdown],
  ])('%s run and report figures', async (_name, bench) => {
    const ctx = smokeContext();
    try {
      await expectFigures(bench, ctx);
    } finally {
      await ctx.close();
    }
  }, 30_000);
});
