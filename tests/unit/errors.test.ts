import { describe, expect, it } from 'vitest';
import { describeError } from '../../main/core/errors.js';

describe('describeError', () => {
  it.each([
    ['an Error gives its message', new Error('the disk is full'), 'the disk is full'],
    ['an Error subclass gives its message', new TypeError('not a function'), 'not a function'],
    ['a thrown string is shown as it is', 'plain words', 'plain words'],
    ['a thrown number is shown as text', 42, '42'],
    ['a thrown nothing says so', undefined, 'undefined'],
  ])('%s', (_name, thrown, shown) => {
    expect(describeError(thrown)).toBe(shown);
  });
});
