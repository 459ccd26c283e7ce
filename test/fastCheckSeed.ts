// vitest's setup file (vitest.config.ts): property tests draw from one fixed seed under CI (CI=true, as .ci/run runs),
// so a submission's test run cannot fail on a sequence nobody has seen; anywhere else each run draws a new seed and
// explores further, and a failure prints its seed: FC_SEED=N reruns every property from it. A test that names its own
// seed keeps it.
import fc from 'fast-check';

export const CI_SEED = 20261130;

const chosen = process.env.FC_SEED ?? (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' ? String(CI_SEED) : undefined);
if (chosen !== undefined) {
  const seed = Number(chosen);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be a whole number, not ${JSON.stringify(chosen)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
