/**
 * A small seeded PRNG (mulberry32), so generated data and the order of random actions are
 * the same on every run. No Node imports: bench pages use it too.
 */

/** Returns a function giving uniform numbers in [0, 1) from `seed`. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, below). */
export function randomInt(random: () => number, below: number): number {
  return Math.floor(random() * below);
}

/** Seeded integers: each call gives one in [0, below), the same sequence for the same `seed`. */
export function seededPick(seed: number): (below: number) => number {
  const random = seededRandom(seed);
  return (below) => randomInt(random, below);
}
