import { z } from 'zod';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * A round of buddying between two sessions of a cluster: the pairs (or trios) formed at
 * one session, who contact each other before the next. The same shape as pairing's
 * `PairingRound` history entry, plus the session it follows.
 *
 * Clusters ask each participant to buddy up with someone from another area and keep in
 * touch between sessions (two buddies agreeing to write to their MPs and checking the
 * other did). Recording the rounds lets the next plan avoid repeat partners.
 *
 * @example
 * ```ts
 * ClusterBuddyRound.parse({ afterSession: 's1', round: 1, groups: [['ann', 'bo']] }).satOut;
 * // => []
 * ```
 */
export const ClusterBuddyRound = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The id of the session the round follows; it runs until the next session. */
    afterSession: Label,
    /**
     * The round's number, counting up (1, 2, 3, …), as in pairing's history; below
     * 1,000,000, so that `planRounds` can number the rounds after it.
     */
    round: z.int().min(0).max(999_999),
    /** The groups formed: pairs, or trios where numbers were odd. */
    groups: z.array(z.array(Label).min(2).max(3)).default([]),
    /** Who sat out that round. */
    satOut: z.array(Label).default([]),
  }))();
/** A round of buddying between two sessions (parsed: lists always present). */
export type ClusterBuddyRound = z.output<typeof ClusterBuddyRound>;
/** A buddy round as an app writes one. */
export type ClusterBuddyRoundInput = z.input<typeof ClusterBuddyRound>;
