import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../../main/core/annotations/anchor.js';
import { judgeHard, makeHardAnchoringFixture } from '../../../bench/fixtures/hard-anchoring-fixture.js';

// The bench's hard case at a fifth of its size (the full one is in tests/stress and npm run bench).
describe.each([
  ['quotes cut out exactly', 0],
  ['quotes cut out with 12 characters either side', 12],
])('re-anchoring after 5%% of passages were deleted and 5%% pasted elsewhere with edits (%s)', (_name, margin) => {
  const fixture = makeHardAnchoringFixture(3, 200_000, 1_000, margin);
  const verdict = judgeHard(fixture, anchorAll(fixture.text, fixture.targets));

  it('loses no surviving passage', () => {
    expect(verdict.lost).toBe(0);
  });

  it('puts no annotation on a passage that is not its own', () => {
    expect(verdict.misplaced).toBe(0);
  });
});
