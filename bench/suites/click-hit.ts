/**
 * Row 3: click on text → its annotation. Lectern: caret offset from the point (text map),
 * then the hit index. Baselines on the same points: CSS.highlights.highlightsFromPoint on the
 * same painted highlights, and document.elementsFromPoint on the DOM-wrapped article.
 */
import type { Benchmark } from '../lib/types.js';
import { openReaderSession } from './reader-session.js';

export const clickHit: Benchmark = {
  name: 'click',
  row: 3,
  title: 'Click on text → its annotation',
  async run(ctx) {
    const s = await openReaderSession(ctx);
    const clicksPerRep = ctx.smoke ? 5 : 200;
    const ours: number[] = [];
    const fromPoint: number[] = [];
    const wrapped: number[] = [];
    let misses = 0;
    try {
      const hasFromPoint = await (async () => {
        await s.call('open', 'plain', 0);
        return s.call('hasHighlightsFromPoint');
      })();
      for (let rep = 0; rep < ctx.reps; rep++) {
        const seed = 1000 + rep;
        const order = rep % 2 === 0 ? ['lectern', 'dom-wrap'] : ['dom-wrap', 'lectern'];
        for (const kind of order) {
          await s.call('setIsolation', false);
          await s.call('open', kind as 'lectern', s.count);
          await s.call('scrollTo', 0.37 + rep * 0.05);
          await s.gc();
          if (kind === 'lectern') {
            if (hasFromPoint) {
              const t = await s.call('clicks', clicksPerRep, seed);
              ours.push(...t.ours);
              fromPoint.push(...t.baseline);
              misses += t.misses;
            }
          } else {
            const t = await s.call('wrappedClicks', clicksPerRep, seed);
            wrapped.push(...t.samples);
          }
        }
      }
      const what = `Click → annotation (${s.count} highlights)`;
      return {
        measures: [
          { id: '3', what, unit: 'ms', samples: ours, goal: { p95: 0.5 }, baseline: { label: 'CSS.highlights.highlightsFromPoint', samples: fromPoint } },
          { id: '3-dom', what, unit: 'ms', samples: ours, goal: { p95: 0.5 }, baseline: { label: 'elementsFromPoint on wrapped DOM', samples: wrapped } },
        ],
        extra: { clicksWithoutAnswer: misses, highlightsFromPointAvailable: hasFromPoint },
      };
    } finally {
      await s.close();
    }
  },
};
