/**
 * Row 1: open a 1 MB article with 5,000 highlights, anchor and paint, to the first frame.
 * Baseline: the same anchoring, then every highlight wrapped in elements (Hypothesis's way).
 * Measured for the app as built and for the proposed design; also records the JS heap with
 * the article open, and the article alone as context.
 */
import { summarize } from '../lib/stats.js';
import { interleave } from '../lib/interleave.js';
import { heapUsed } from '../lib/browser.js';
import type { Benchmark, Measure } from '../lib/types.js';
import type { OpenTiming } from '../browser/reader-actions.js';
import { DESIGNS, openReaderSession, type Design, type ReaderSession } from './reader-session.js';

const MB = 2 ** 20;

function phasesP50(phases: OpenTiming[]) {
  const p = (k: keyof OpenTiming) => summarize(phases.map((t) => t[k])).p50;
  return { render: p('render'), anchor: p('anchor'), paint: p('paint'), frame: p('frame'), paintedForFirstFrame: p('painted'), paintedWhenClockStopped: p('paintedAtFrame') };
}

async function heapAfterOpen(s: ReaderSession, design: Design, count: number): Promise<number> {
  await s.openIn(design, count);
  return heapUsed(s.page);
}

export const openArticle: Benchmark = {
  name: 'open',
  row: 1,
  title: 'Open a 1 MB article with 5,000 highlights: anchor and paint to first frame',
  async run(ctx) {
    const s = await openReaderSession(ctx);
    try {
      const phases: Record<string, OpenTiming[]> = { asBuilt: [], proposed: [] };
      const timed = (design: Design, count: number, keep?: OpenTiming[]) => async () => {
        await s.gc();
        const t = await s.openIn(design, count);
        keep?.push(t);
        return t.total;
      };
      const wrapDesign: Design = { ...DESIGNS.asBuilt, kind: 'dom-wrap' };
      const samples = await interleave(ctx.reps, {
        asBuilt: timed(DESIGNS.asBuilt, s.count, phases.asBuilt),
        proposed: timed(DESIGNS.proposed, s.count, phases.proposed),
        wrap: timed(wrapDesign, s.count),
        plain: timed({ ...DESIGNS.asBuilt, kind: 'plain' }, 0),
        plainCv: timed({ ...DESIGNS.proposed, kind: 'plain' }, 0),
      });
      await s.openIn(DESIGNS.asBuilt, 0);
      const appUsesContentVisibility = await s.call('appUsesContentVisibility');
      const heap = {
        asBuilt: await heapAfterOpen(s, DESIGNS.asBuilt, s.count),
        proposed: await heapAfterOpen(s, DESIGNS.proposed, s.count),
        articleOnly: await heapAfterOpen(s, { ...DESIGNS.asBuilt, kind: 'plain' }, 0),
      };
      const what = `Open ${s.bytes / 1e6} MB article + ${s.count} highlights → first frame`;
      const baseline = { label: 'DOM wrapping (Hypothesis-style)', samples: samples.wrap };
      const measures: Measure[] = [
        { id: '1', what: `${what} (${DESIGNS.asBuilt.label})`, unit: 'ms', samples: samples.asBuilt, goal: { p50: 60, p95: 100 }, baseline },
        { id: '1-proposed', what: `${what} (${DESIGNS.proposed.label})`, unit: 'ms', samples: samples.proposed, goal: { p50: 60, p95: 100 }, baseline },
        { id: '1-plain', what: 'Same article, no highlights → first frame (context)', unit: 'ms', samples: samples.plain },
        { id: '1-plain-proposed', what: 'Same, no highlights, proposed design (context)', unit: 'ms', samples: samples.plainCv },
        { id: '1-heap', what: `JS heap, article + highlights open (${DESIGNS.asBuilt.label})`, unit: 'MB', samples: [heap.asBuilt / MB] },
        { id: '1-heap-proposed', what: 'JS heap, article + highlights open (proposed)', unit: 'MB', samples: [heap.proposed / MB] },
      ];
      return {
        measures,
        extra: { phasesP50: { asBuilt: phasesP50(phases.asBuilt), proposed: phasesP50(phases.proposed) }, heapBytes: heap, appUsesContentVisibility },
      };
    } finally {
      await s.close();
    }
  },
};
