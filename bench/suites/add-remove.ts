/**
 * Row 4: add or remove one highlight, with 5,000 already placed, timed to the frame that
 * shows the change: selection → offsets → range → paint + hit index (and back).
 */
import type { Benchmark, Measure } from '../lib/types.js';
import { DESIGNS, openReaderSession } from './reader-session.js';

export const addRemove: Benchmark = {
  name: 'add-remove',
  row: 4,
  title: 'Add or remove one highlight → painted',
  async run(ctx) {
    const s = await openReaderSession(ctx);
    const perRep = ctx.smoke ? 2 : 10;
    const designs = [DESIGNS.asBuilt, DESIGNS.proposed];
    const samples = designs.map(() => ({ add: [] as number[], remove: [] as number[] }));
    try {
      for (let rep = 0; rep < ctx.reps; rep++) {
        for (let k = 0; k < designs.length; k++) {
          const d = (rep + k) % designs.length;
          await s.openIn(designs[d], s.count);
          await s.call('scrollTo', 0.2 + (rep % 8) * 0.08);
          await s.gc();
          const t = await s.call('addRemove', perRep, 500 + rep);
          samples[d].add.push(...t.add);
          samples[d].remove.push(...t.remove);
        }
      }
      const measures: Measure[] = designs.flatMap((design, d) => {
        const suffix = d === 0 ? '' : '-proposed';
        return [
          { id: `4-add${suffix}`, what: `Add one highlight → painted, ${s.count} present (${design.label})`, unit: 'ms' as const, samples: samples[d].add, goal: { p95: 16 } },
          { id: `4-remove${suffix}`, what: `Remove one highlight → painted (${design.label})`, unit: 'ms' as const, samples: samples[d].remove, goal: { p95: 16 } },
        ];
      });
      return { measures };
    } finally {
      await s.close();
    }
  },
};
