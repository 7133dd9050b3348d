/**
 * The probability distributions behind peerlearn's tests and intervals: normal, Student's
 * t, χ² and F, each with its cdf, its survival function (the upper tail, computed without
 * cancellation, for far-tail p-values) and its quantile function. Internal: not part of
 * the public API. All agree with R's `pnorm`, `qnorm`, `pt`, `qt`, `pchisq`, `qchisq`,
 * `pf` and `qf` to 1e-9 relative or better (see test/survey/math/distributions.test.ts).
 *
 * @module
 */
export { normalCdf, normalSurvival } from './normalCdf.js';
export { normalQuantile } from './normalQuantile.js';
export { tCdf, tQuantile, tSurvival } from './studentT.js';
export { chiSquaredCdf, chiSquaredQuantile, chiSquaredSurvival } from './chiSquared.js';
export { fCdf, fQuantile, fSurvival } from './fisherF.js';
