// The property tests' seed (test/fastCheckSeed.ts, vitest's setup file): fixed under CI, FC_SEED when given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CI_SEED } from './fastCheckSeed.js';

describe('the property tests seed', () => {
  it('is fixed under CI and set by FC_SEED; left to fast-check otherwise', () => {
    const seed = fc.readConfigureGlobal().seed;
    if (process.env.FC_SEED !== undefined) expect(seed).toBe(Number(process.env.FC_SEED));
    else if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') expect(seed).toBe(CI_SEED);
    else expect(seed).toBeUndefined();
  });
});
