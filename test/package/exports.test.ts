/**
 * Loads the built package (dist/, built by test/setup/build-package.ts) through its own
 * name, as an app would, with `import` and with `require`, for every subpath.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  exports: Record<string, unknown>;
};
const subpaths = Object.keys(manifest.exports).filter(
  (key) => key !== './package.json' && !key.includes('*'),
);
const specifier = (subpath: string): string =>
  subpath === '.' ? 'peerlearn' : `peerlearn/${subpath.slice(2)}`;
const require = createRequire(import.meta.url);

const ERROR_EXPORTS = [
  'PeerLearnError',
  'InvalidInputError',
  'InvalidTransitionError',
  'InfeasibleRequestError',
  'isPeerLearnError',
];

describe('the built package', () => {
  it('exposes the six entry points the design names', () => {
    expect(subpaths.sort()).toEqual([
      '.',
      './action-learning',
      './pairing',
      './practice',
      './programme',
      './survey',
    ]);
  });

  for (const subpath of subpaths) {
    it(`loads ${specifier(subpath)} with import and with require, with the same exports`, async () => {
      const esm = (await import(/* @vite-ignore */ specifier(subpath))) as Record<string, unknown>;
      const cjs = require(specifier(subpath)) as Record<string, unknown>;
      expect(Object.keys(esm).sort()).toEqual(
        Object.keys(cjs)
          .filter((key) => key !== '__esModule')
          .sort(),
      );
      for (const name of ERROR_EXPORTS) expect(typeof esm[name]).toBe('function');
    });
  }

  it('root works end to end from both builds, and an error from one is recognised by the other', async () => {
    const esm = await import(/* @vite-ignore */ 'peerlearn');
    const cjs = require('peerlearn') as typeof import('../../src/index.js');
    expect(esm.shuffle([1, 2, 3, 4, 5], 'x')).toEqual(cjs.shuffle([1, 2, 3, 4, 5], 'x'));
    let thrown: unknown;
    try {
      esm.parseMember({});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).not.toBeInstanceOf(cjs.PeerLearnError);
    expect(cjs.isPeerLearnError(thrown, 'invalid_input')).toBe(true);
  });

  it('a subpath shares the root’s classes within one build', async () => {
    const root = (await import(/* @vite-ignore */ 'peerlearn')) as Record<string, unknown>;
    const survey = (await import(/* @vite-ignore */ 'peerlearn/survey')) as Record<string, unknown>;
    expect(survey['PeerLearnError']).toBe(root['PeerLearnError']);
    expect((require('peerlearn/survey') as Record<string, unknown>)['PeerLearnError']).toBe(
      (require('peerlearn') as Record<string, unknown>)['PeerLearnError'],
    );
  });
});
