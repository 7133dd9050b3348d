/**
 * The value of an increasing function g at a point x > 0, with its slope against log x.
 */
export interface LogSlopeValue {
  /** g(x). */
  readonly value: number;
  /** x · g′(x): the slope of g against u = log x. */
  readonly slope: number;
}

/** A relative step in x below which the root is taken as found (a few units in the last place). */
const STEP_TOLERANCE = 4e-16;
const MAX_ITERATIONS = 500;

/**
 * Finds the x > 0 where an increasing function g crosses zero, by Newton's method in
 * log x with a bisection safeguard.
 *
 * The quantile functions of the t, χ² and F distributions solve log tail(x) = log p.
 * Against log x those tails are close to straight lines (power laws) or gentle parabolas
 * (Gaussian tails), so Newton steps taken multiplicatively converge in a handful of
 * iterations from a rough start, whether the answer is 1e-40 or 1e24. Every evaluation
 * narrows a bracket. A Newton step is refused, as in Numerical Recipes' `rtsafe`, when it
 * would leave the bracket, when the slope is zero or not finite, or, once the bracket is
 * closed, when it is not less than half the step before last (so a wrong or noisy slope
 * cannot stall progress); it is
 * then replaced by a geometric bisection or, while one side of the bracket is still open,
 * by a widening jump. It stops when a step changes x by less than 4e-16 relative.
 * Costs O(log log(1/ε)) evaluations near the root, O(log range) at worst.
 *
 * Reference: Press et al., Numerical Recipes, 3rd ed., §9.4 (`rtsafe`).
 *
 * @param evaluate - g and x·g′ at x; g must be increasing in x.
 * @param start - a positive first guess.
 * @returns the root; 0 or Infinity when it lies beyond the range of doubles.
 */
export function solvePositive(evaluate: (x: number) => LogSlopeValue, start: number): number {
  let low = 0;
  let high = Infinity;
  let x = start > 0 && Number.isFinite(start) ? start : 1;
  let jump = 1;
  let lastStep = Infinity;
  let stepBeforeLast = Infinity;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
    const { value, slope } = evaluate(x);
    if (value === 0) return x;
    if (value < 0) low = x;
    else high = x;
    const step = -value / slope;
    let next = x * Math.exp(step);
    const newtonOk =
      Number.isFinite(step) &&
      slope > 0 &&
      next > low &&
      next < high &&
      Number.isFinite(next) &&
      (high === Infinity || low === 0 || Math.abs(step) <= 0.5 * Math.abs(stepBeforeLast));
    if (newtonOk) {
      if (Math.abs(step) <= STEP_TOLERANCE) return next;
    } else {
      if (low > 0 && high < Infinity) {
        // Geometric midpoint while the bracket spans orders of magnitude; arithmetic once
        // it is narrow, where logarithms would blur the last digits.
        next = high < 2 * low ? low + (high - low) / 2 : Math.sqrt(low) * Math.sqrt(high);
      } else {
        next = value < 0 ? x * Math.exp(jump) : x * Math.exp(-jump);
        jump *= 2;
      }
      if (next === 0 || next === Infinity) return next;
    }
    if (low > 0 && high < Infinity && high - low <= STEP_TOLERANCE * low) return next;
    stepBeforeLast = lastStep;
    lastStep = Math.log(next / x);
    x = next;
  }
  return x;
}
