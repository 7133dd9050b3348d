/**
 * The browser run's twin of test/setup/fast-check.ts: the same fixed fast-check seed, so a
 * property fails the same way in Chromium as in Node. `FC_SEED=123 npm run test:browser`
 * (or `FC_SEED=random`) explores others; the config hands FC_SEED to the page.
 */
import fc from 'fast-check';

const requested = (import.meta as unknown as { env: Record<string, string | undefined> }).env[
  'FC_SEED'
];
const seed =
  requested === undefined || requested === ''
    ? 20261125
    : requested === 'random'
      ? undefined
      : Number(requested);
fc.configureGlobal(seed === undefined ? {} : { seed });
