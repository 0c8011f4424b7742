/**
 * Row 5: re-anchor 5,000 saved annotations in a 1 MB article that is unchanged, shifted by
 * an inserted paragraph, or has 1% of its quotes edited. Lectern: anchorAll (exact at the
 * old place, known shifts, local then global search). Baseline: Hypothesis's order, an
 * exact whole-text scan then a fuzzy match per quote. Then the hard case of issue 9
 * (reanchor-hard.ts) and listAnnotations under 50 concurrent callers (list-annotations.ts).
 */
import { anchorAll } from '../../main/core/annotations/anchor.js';
import { anchorLikeHypothesis } from '../baselines/hypothesis-anchor.js';
import { benchArticle, SIZES } from '../data/article.js';
import { interleave, timed } from '../lib/interleave.js';
import type { Benchmark, Measure } from '../lib/types.js';
import { hardReanchorMeasures } from './reanchor-hard.js';
import { listAnnotationMeasures } from './list-annotations.js';

const CASES = [
  { key: 'unchanged', id: '5-unchanged', label: 'unchanged', goal: 5 },
  { key: 'shifted', id: '5-shifted', label: 'shifted by an insertion', goal: 50 },
  { key: 'edited', id: '5-edited', label: '1% of quotes edited', goal: 300 },
] as const;

export const reanchor: Benchmark = {
  name: 'reanchor',
  row: 5,
  title: 'Re-anchor 5,000 saved annotations in a 1 MB article',
  async run(ctx) {
    const size = ctx.smoke ? SIZES.smoke : SIZES.full;
    const { fixture } = benchArticle(size.bytes, size.annotations);
    const targets = fixture.targets;
    const measures: Measure[] = [];
    const statuses: Record<string, Record<string, number>> = {};
    for (const c of CASES) {
      const text = fixture.variants[c.key];
      // Also the untimed warm-up: the first runs are the JIT compiling, not the algorithm.
      const results = anchorAll(text, targets);
      anchorAll(text, targets);
      statuses[c.key] = results.reduce<Record<string, number>>((n, r) => ({ ...n, [r.status]: (n[r.status] ?? 0) + 1 }), {});
      const samples = await interleave(ctx.reps, {
        // Several runs per round: at a few ms each, 7 samples would make p95 a single outlier.
        lectern: async () => {
          const runs: number[] = [];
          for (let k = 0; k < (ctx.smoke ? 1 : 5); k++) runs.push(await timed(() => anchorAll(text, targets)));
          return runs;
        },
        baseline: () => timed(() => targets.map((t) => anchorLikeHypothesis(text, t))),
      });
      measures.push({
        id: c.id,
        what: `Re-anchor ${targets.length} annotations, ${size.bytes / 1e6} MB, ${c.label}`,
        unit: 'ms',
        samples: samples.lectern,
        goal: { p95: c.goal },
        baseline: { label: 'exact whole-text scan, then fuzzy (Hypothesis order)', samples: samples.baseline },
      });
    }
    const hard = await hardReanchorMeasures(ctx);
    const list = await listAnnotationMeasures(ctx);
    return { measures: [...measures, ...hard.measures, ...list], extra: { statuses, editedQuotes: fixture.editedTargets.length, hard: hard.extra } };
  },
};
