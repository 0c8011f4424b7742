/**
 * Row 2: with 5,000 highlights registered, the per-frame cost of an unrelated UI change
 * (the sidebar selects the next card and updates a line). Baseline: the same with 0
 * highlights, in the same design.
 */
import type { Benchmark, Measure } from '../lib/types.js';
import { DESIGNS, openReaderSession, type Design } from './reader-session.js';

export const sidebarFrame: Benchmark = {
  name: 'sidebar',
  row: 2,
  title: 'Sidebar update per frame with 5,000 highlights registered',
  async run(ctx) {
    const s = await openReaderSession(ctx);
    const framesPerRep = ctx.smoke ? 3 : 30;
    const designs = [DESIGNS.asBuilt, DESIGNS.proposed];
    const samples = designs.map(() => ({ some: [] as number[], none: [] as number[] }));
    const measureFrames = async (design: Design, count: number) => {
      await s.openIn(design, count);
      await s.call('scrollTo', 0.5);
      await s.gc();
      return s.call('sidebarFrames', framesPerRep);
    };
    try {
      for (let rep = 0; rep < ctx.reps; rep++) {
        // Interleaved, rotating which variant goes first.
        const runs = designs.flatMap((design, d) => [
          { d, count: s.count, design },
          { d, count: 0, design },
        ]);
        for (let k = 0; k < runs.length; k++) {
          const { d, count, design } = runs[(rep + k) % runs.length];
          samples[d][count === 0 ? 'none' : 'some'].push(...(await measureFrames(design, count)));
        }
      }
      const measures: Measure[] = designs.map((design, d) => ({
        id: d === 0 ? '2' : '2-proposed',
        what: `Sidebar update per frame, ${s.count} highlights (${design.label})`,
        unit: 'ms',
        samples: samples[d].some,
        goal: { p95: 8 },
        baseline: { label: 'same, 0 highlights', samples: samples[d].none },
      }));
      return { measures };
    } finally {
      await s.close();
    }
  },
};
