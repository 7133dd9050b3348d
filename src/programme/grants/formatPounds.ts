/**
 * Writes a sum in pence as pounds (`£2,500`, `£12.50`) without locale data, so the text is
 * the same on every platform. Internal helper.
 *
 * @param pence - a whole, non-negative number of pence.
 * @returns the sum in pounds.
 */
export function formatPounds(pence: number): string {
  const whole = String(Math.floor(pence / 100)).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  const rest = pence % 100;
  return rest === 0 ? `£${whole}` : `£${whole}.${String(rest).padStart(2, '0')}`;
}
