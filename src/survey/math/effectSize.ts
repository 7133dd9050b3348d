/** How large an effect is by Cohen's conventions. */
export type EffectMagnitude = 'negligible' | 'small' | 'medium' | 'large';

/**
 * Names the size of a standardised effect (Cohen's d, d_z or h) by Cohen's conventional
 * thresholds: below 0.2 negligible, below 0.5 small, below 0.8 medium, otherwise large
 * (by absolute value). The thresholds are rules of thumb for when no better yardstick
 * exists, not verdicts. Costs O(1).
 *
 * Reference: J. Cohen, Statistical Power Analysis for the Behavioral Sciences, 2nd ed.
 * (1988), §2.2 and §6.2.
 *
 * @param value - the standardised effect.
 * @returns its conventional label.
 */
export function effectMagnitude(value: number): EffectMagnitude {
  const size = Math.abs(value);
  if (size < 0.2) return 'negligible';
  if (size < 0.5) return 'small';
  if (size < 0.8) return 'medium';
  return 'large';
}
