// TurboFan's inlining is turned off for the command line's processes (src/startup/index.ts) only on the V8 releases
// known to have the flag: V8 writes a complaint to standard error for a flag it does not know.
import { describe, expect, it } from 'vitest';
import { withoutInlining } from '../../src/startup/index.js';

describe('withoutInlining', () => {
  it.each([
    ['11.3.244.8-node.38', true], // Node.js 20
    ['12.4.254.21-node.33', true], // Node.js 22
    ['13.6.233.10-node.28', true], // Node.js 24
    ['10.2.154.26-node.36', false],
    ['14.0.1', false],
    ['', false],
    ['not a version', false],
  ])('V8 %s: flag set %s', (version, expected) => {
    const set: string[] = [];
    expect(withoutInlining(version, (flags) => set.push(flags))).toBe(expected);
    expect(set).toEqual(expected ? ['--no-turbo-inlining'] : []);
  });
});
