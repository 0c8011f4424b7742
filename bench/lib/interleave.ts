/**
 * Runs the variants of a benchmark interleaved: every repetition runs each variant once,
 * and the order rotates from one repetition to the next, so drift on a busy machine
 * (thermal, other processes, GC debt) lands on all variants alike instead of on whichever
 * ran last.
 */

/** One run of a variant returns one sample or several (e.g. many clicks in one page state). */
export type Variant = () => Promise<number | number[]>;

/** Runs `reps` rounds of all variants and returns every variant's samples. */
export async function interleave<K extends string>(reps: number, variants: Record<K, Variant>): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let rep = 0; rep < reps; rep++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(rep + k) % names.length];
      const result = await variants[name]();
      samples[name].push(...(Array.isArray(result) ? result : [result]));
    }
  }
  return samples;
}

/** Milliseconds taken by `fn` (sync or async) on the high-resolution clock. */
export async function timed(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}
