/**
 * The fuzz tests of some domains: every target gets its valid inputs checked, then its
 * extremes, hostile arguments and near-valid arguments (see harness.ts). The domains share
 * three test files, as each file pays once for loading the library and the examples.
 */
import { describe, expect, it } from 'vitest';
import type { Domain } from './entries.js';
import { fuzzTarget } from './harness.js';
import { targetsOf } from './targets.js';

/** Defines the fuzz tests of each domain given. */
export function fuzzDomains(...domains: readonly Domain[]): void {
  for (const domain of domains) {
    describe(`fuzz: ${domain}`, () => {
      const targets = targetsOf(domain);

      it('has a valid input to corrupt for every function', () => {
        expect(targets.length).toBeGreaterThan(0);
        const seedless = targets.filter((target) => target.seeds.length === 0);
        expect(seedless.map((target) => target.name)).toEqual([]);
      });

      for (const target of targets) {
        it(
          target.name,
          () => {
            fuzzTarget(target);
          },
          60_000,
        );
      }
    });
  }
}
