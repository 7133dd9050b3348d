/**
 * The round-robin by the circle method: with m people (one empty seat added when the
 * number is odd), person 0 stays put and the others turn one seat a round, so over m − 1
 * rounds every two people meet exactly once (Kirkman 1847; Lucas, "Récréations
 * mathématiques", 1883). Returns each person's partner in round r (0-based, taken modulo
 * m − 1), or −1 for whoever faces the empty seat. Cost: O(n).
 */
export function circlePartners(n: number, r: number): Int32Array {
  const partner = new Int32Array(n).fill(-1);
  const m = n % 2 === 0 ? n : n + 1;
  if (m < 2) return partner;
  const turns = m - 1;
  const seat = (position: number): number =>
    position === 0 ? 0 : ((position - 1 + r) % turns) + 1;
  for (let k = 0; k < m / 2; k += 1) {
    const a = seat(k);
    const b = seat(m - 1 - k);
    if (a < n && b < n) {
      partner[a] = b;
      partner[b] = a;
    }
  }
  return partner;
}
