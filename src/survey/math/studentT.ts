import { requireDegreesOfFreedom, requireNumber, requireProbability } from './checkArguments.js';
import { betaKernel, regularisedBetaTails } from './incompleteBeta.js';
import type { Tails } from './incompleteGamma.js';
import { logBeta } from './logBeta.js';
import { normalTails } from './normalCdf.js';
import { normalQuantile } from './normalQuantile.js';
import { solvePositive } from './solvePositive.js';

/** Above this t²/df the tail is a pure power law to double precision (as R's pt). */
const POWER_LAW_RATIO = 1e100;

/**
 * Above this df the t distribution is the normal one to double precision (they differ by
 * O(1/df)); R's `qt` switches to `qnorm` here too. It also keeps the incomplete beta
 * function away from shapes whose products overflow.
 */
const NORMAL_BEYOND = 1e20;

/**
 * For x > 0: the upper tail P(T > x), the central part P(0 < T ≤ x) (each computed
 * directly, not as ½ minus the other), and x times the density (what a Newton step in
 * log x needs).
 */
function tailsBeyond(x: number, df: number): { tail: number; central: number; xDensity: number } {
  const a = df / 2;
  if (a === 0) {
    // df is the smallest subnormal number, whose half rounds to 0. Take the limit as
    // df → 0 (the answer at df = 1e-310 already): half the mass lies beyond any finite x.
    return x === Infinity
      ? { tail: 0, central: 0.5, xDensity: 0 }
      : { tail: 0.5, central: 0, xDensity: 0 };
  }
  const ratio = (x / df) * x;
  if (!(ratio <= POWER_LAW_RATIO)) {
    // I_w(a, ½) ≈ wᵃ / (a B(a, ½)) once w = df/(df + x²) is below 1e-100.
    const logW = Math.log(df) - 2 * Math.log(x);
    const tail = 0.5 * Math.exp(a * logW - logBeta(a, 0.5) - Math.log(a));
    return { tail, central: 0.5 - tail, xDensity: df * tail };
  }
  const w = 1 / (1 + ratio);
  const v = ratio / (1 + ratio);
  const { lower, upper } = regularisedBetaTails(w, a, 0.5, v);
  return { tail: 0.5 * lower, central: 0.5 * upper, xDensity: betaKernel(w, v, a, 0.5) };
}

/**
 * Both tails of Student's t distribution at t, each computed directly.
 *
 * @param t - any number but NaN.
 * @param df - the degrees of freedom, positive (above 1e20, and at Infinity, the normal
 *   distribution, as R's `qt` takes it).
 * @returns `{ lower: P(T ≤ t), upper: P(T > t) }`.
 */
export function tTails(t: number, df: number): Tails {
  if (df > NORMAL_BEYOND) return normalTails(t);
  if (t === 0) return { lower: 0.5, upper: 0.5 };
  const beyond = tailsBeyond(Math.abs(t), df).tail;
  return t > 0 ? { lower: 1 - beyond, upper: beyond } : { lower: beyond, upper: 1 - beyond };
}

/**
 * The cumulative distribution function of Student's t distribution, P(T ≤ t).
 *
 * Paired and Welch t-tests read their p-values here. With w = df/(df + t²) the two-sided
 * tail P(|T| > |t|) is the incomplete beta function I_w(df/2, ½); w and 1 − w = t²/(df + t²)
 * are both formed without cancellation and the tail is taken from the side where it is
 * small, so p-values keep their relative accuracy far out (down to about 1e-300). Any
 * positive df works, whole or not (Welch–Satterthwaite dfs are rarely whole). Costs
 * O(√df) at worst, O(1) in the tails.
 *
 * Reference: Abramowitz & Stegun (1964), 26.7.1 and 26.5.27; R's `pt`.
 *
 * @param t - any number but NaN (±Infinity allowed).
 * @param df - the degrees of freedom, positive (above 1e20, and at Infinity, the normal
 *   distribution, as R's `qt` takes it).
 * @returns P(T ≤ t), in [0, 1].
 * @throws {@link InvalidInputError} (`invalid_input`) when t is NaN or df is not positive.
 *
 * @example
 * ```ts
 * tCdf(0, 10); // the distribution is symmetric about 0
 * // => 0.5
 * Number(tCdf(2.228138852, 10).toFixed(6)); // R: pt(2.228138852, 10)
 * // => 0.975
 * ```
 */
export function tCdf(t: number, df: number): number {
  requireNumber('tCdf', 't', t);
  requireDegreesOfFreedom('tCdf', 'df', df, true);
  return tTails(t, df).lower;
}

/**
 * The survival function of Student's t distribution, P(T > t) = 1 − P(T ≤ t), computed
 * directly so that a far-tail p-value keeps its digits.
 *
 * A two-sided p-value is `2 * tSurvival(Math.abs(t), df)`. Costs as {@link tCdf}.
 *
 * Reference: R's `pt(t, df, lower.tail = FALSE)`.
 *
 * @param t - any number but NaN (±Infinity allowed).
 * @param df - the degrees of freedom, positive (above 1e20, and at Infinity, the normal
 *   distribution, as R's `qt` takes it).
 * @returns P(T > t), in [0, 1].
 * @throws {@link InvalidInputError} (`invalid_input`) when t is NaN or df is not positive.
 *
 * @example
 * ```ts
 * // A two-sided p-value for t = 2.5 on 9 degrees of freedom (R: 2 * pt(2.5, 9, lower.tail = FALSE)).
 * Number((2 * tSurvival(2.5, 9)).toFixed(6));
 * // => 0.033862
 * ```
 */
export function tSurvival(t: number, df: number): number {
  requireNumber('tSurvival', 't', t);
  requireDegreesOfFreedom('tSurvival', 'df', df, true);
  return tTails(t, df).upper;
}

/** A first guess at the t with P(T > t) = q < ½. */
function startingValue(q: number, df: number): number {
  const z = -normalQuantile(q);
  if (df >= 2) {
    // Fisher's expansion of t in powers of 1/df (Abramowitz & Stegun 26.7.5).
    const z3 = z * z * z;
    return z + (z3 + z) / (4 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * df * df);
  }
  // The power-law tail: P(T > t) ≈ df^{df/2 − 1} t^{−df} / B(df/2, ½).
  const guess = Math.exp(
    0.5 * Math.log(df) - (Math.log(q) + Math.log(df) + logBeta(df / 2, 0.5)) / df,
  );
  return Number.isFinite(guess) && guess > 0 ? guess : Math.max(z, 1);
}

/**
 * The quantile function of Student's t distribution: the t with P(T ≤ t) = p.
 *
 * Confidence intervals for a mean difference use tQuantile(1 − α/2, df). It solves
 * P(T > |t|) = min(p, 1 − p) (near the centre, P(0 < T ≤ |t|) = |p − ½|, so that a tiny t
 * keeps its relative accuracy) by Newton's method in log |t|, guarded by bisection
 * (`solvePositive`), starting from Fisher's expansion (df ≥ 2) or the power-law tail
 * (df < 2), and takes the sign from the symmetry of the distribution. The result is
 * accurate to about 1e-14 relative, limited only by {@link tCdf}; R's `qt` loses digits
 * far in the upper tail for df < 1, where this does not. Costs a few cdf evaluations.
 *
 * Reference: R's `qt`; Abramowitz & Stegun (1964), 26.7.5.
 *
 * @param p - a probability in [0, 1].
 * @param df - the degrees of freedom, positive (above 1e20, and at Infinity, the normal
 *   distribution, as R's `qt` takes it).
 * @returns the quantile; −Infinity at 0 and Infinity at 1.
 * @throws {@link InvalidInputError} (`invalid_input`) when p is outside [0, 1] or df is
 *   not positive.
 *
 * @example
 * ```ts
 * // The multiplier of a 95% interval for a mean of 11 values (R: qt(0.975, 10)).
 * Number(tQuantile(0.975, 10).toFixed(10));
 * // => 2.228138852
 * ```
 */
export function tQuantile(p: number, df: number): number {
  requireProbability('tQuantile', 'p', p);
  requireDegreesOfFreedom('tQuantile', 'df', df, true);
  if (df > NORMAL_BEYOND) return normalQuantile(p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  // The smallest subnormal df: every quantile but the median is infinite, as for any df
  // below about 1e-5 (see tailsBeyond).
  if (df / 2 === 0) return p < 0.5 ? -Infinity : Infinity;
  // 1 − p is exact for p ≥ ½, so both halves solve an equation in |t| exactly. Near the
  // centre the equation is P(0 < T ≤ |t|) = ½ − q (exact too), whose small target keeps
  // the relative accuracy of a small |t|; elsewhere it is the tail, P(T > |t|) = q.
  const q = p < 0.5 ? p : 1 - p;
  const central = q > 0.25;
  const logTarget = Math.log(central ? 0.5 - q : q);
  const root = solvePositive(
    (x) => {
      const parts = tailsBeyond(x, df);
      return central
        ? { value: Math.log(parts.central) - logTarget, slope: parts.xDensity / parts.central }
        : { value: logTarget - Math.log(parts.tail), slope: parts.xDensity / parts.tail };
    },
    startingValue(q, df),
  );
  return p < 0.5 ? -root : root;
}
