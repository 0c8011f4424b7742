import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorTarget, describeRange, type AnchorTarget } from '../../../main/core/annotations/anchor.js';
import { makeAnchoringFixture } from '../../../bench/fixtures/anchoring-fixture.js';
import { seededPick } from '../../../bench/data/rng.js';

const seedDir = join(import.meta.dirname, '../../../seeds');
const seedText = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seedDir, name), 'utf8'))
  .join('\n\n');

type Edit = (text: string, pick: (below: number) => number) => string;

const snippet = (pick: (below: number) => number) => {
  const at = pick(seedText.length - 400);
  return seedText.slice(at, at + 1 + pick(400));
};

/** Edits a writer or a re-scrape might make to an article. */
const edits: Record<string, Edit> = {
  insert: (t, pick) => {
    const at = pick(t.length + 1);
    return t.slice(0, at) + snippet(pick) + t.slice(at);
  },
  delete: (t, pick) => {
    const at = pick(t.length);
    return t.slice(0, at) + t.slice(at + 1 + pick(300));
  },
  typo: (t, pick) => {
    const at = pick(t.length);
    return t.slice(0, at) + 'xq'.slice(0, 1 + pick(2)) + t.slice(at + pick(3));
  },
  move: (t, pick) => {
    const at = pick(t.length);
    const block = t.slice(at, at + 1 + pick(800));
    const rest = t.slice(0, at) + t.slice(at + block.length);
    const to = pick(rest.length + 1);
    return rest.slice(0, to) + block + rest.slice(to);
  },
  duplicate: (t, pick) => {
    const at = pick(t.length);
    const block = t.slice(at, at + 1 + pick(300));
    const to = pick(t.length + 1);
    return t.slice(0, to) + block + t.slice(to);
  },
  emoji: (t, pick) => {
    const at = pick(t.length + 1);
    return t.slice(0, at) + ['🙂', '🇺🇦', '“', '—'][pick(4)] + t.slice(at);
  },
};

/** A text made of the seeds (twice, so many passages repeat), annotated at random, then edited. */
function scenario(seed: number, editCount: number) {
  // Seeded, so every failure can be replayed.
  const pick = seededPick(seed);
  const text = seedText + '\n\n' + seedText;
  const targets: AnchorTarget[] = [];
  for (let i = 0; i < 250; i += 1) {
    const start = pick(text.length - 1);
    const length = [1 + pick(3), 4 + pick(30), 30 + pick(150)][pick(3)];
    targets.push(describeRange(text, start, Math.min(text.length, start + length)));
  }
  targets.sort((a, b) => a.position.start - b.position.start);
  const names = Object.keys(edits);
  let changed = text;
  for (let i = 0; i < editCount; i += 1) changed = edits[names[pick(names.length)]](changed, pick);
  return { changed, targets };
}

describe('anchorAll', () => {
  const statuses = new Set<string>();

  it.each(Array.from({ length: 24 }, (_, i) => [i + 1, [0, 1, 3, 12][i % 4]] as const))(
    'gives the same result as anchoring one by one (seed %i, %i random edits)',
    (seed, editCount) => {
      const { changed, targets } = scenario(seed, editCount);
      const all = anchorAll(changed, targets);
      expect(all).toEqual(targets.map((target) => anchorTarget(changed, target)));
      for (const result of all) statuses.add(result.status);
    },
  );

  it('the randomized cases above met every anchoring status', () => {
    expect([...statuses].sort()).toEqual(['detached', 'exact', 'fuzzy', 'shifted']);
  });

  it('gives the same results for annotations given in any order', () => {
    const { changed, targets } = scenario(99, 4);
    const shuffled = [...targets].reverse();
    expect(anchorAll(changed, shuffled)).toEqual(shuffled.map((target) => anchorTarget(changed, target)));
  });

  it('anchors nothing to nothing', () => {
    expect(anchorAll(seedText, [])).toEqual([]);
  });
});

describe('the anchoring benchmark fixture', () => {
  const fixture = makeAnchoringFixture(7, 120_000, 600);

  it('is the same for the same seed and differs for another', () => {
    const again = makeAnchoringFixture(7, 120_000, 600);
    expect(again.variants).toEqual(fixture.variants);
    expect(again.targets).toEqual(fixture.targets);
    expect(makeAnchoringFixture(8, 120_000, 600).text).not.toBe(fixture.text);
  });

  it('has about the size and number of annotations asked for', () => {
    expect(Buffer.byteLength(fixture.text)).toBeGreaterThanOrEqual(120_000);
    expect(Buffer.byteLength(fixture.text)).toBeLessThan(125_000);
    expect(fixture.targets).toHaveLength(600);
    expect(fixture.editedTargets).toHaveLength(6);
  });

  it('keeps every annotation exact in the unchanged text', () => {
    expect(anchorAll(fixture.variants.unchanged, fixture.targets).every((r) => r.status === 'exact')).toBe(true);
  });

  it('moves every annotation after the inserted paragraph by its length', () => {
    const { at, length } = fixture.insertion;
    const results = anchorAll(fixture.variants.shifted, fixture.targets);
    fixture.targets.forEach((target, i) => {
      const { start, end } = target.position;
      if (end <= at) expect(results[i]).toMatchObject({ status: 'exact', start });
      else if (start >= at) expect(results[i]).toMatchObject({ status: 'shifted', start: start + length });
      else expect(results[i].status).toBe('detached');
    });
  });

  it('finds each edited quote as fuzzy where it was, and agrees with anchoring one by one', () => {
    const text = fixture.variants.edited;
    const results = anchorAll(text, fixture.targets);
    expect(results).toEqual(fixture.targets.map((target) => anchorTarget(text, target)));
    for (const i of fixture.editedTargets) {
      expect(results[i].status).toBe('fuzzy');
      expect(Math.abs(results[i].start! - fixture.targets[i].position.start)).toBeLessThan(20);
    }
  });
});
