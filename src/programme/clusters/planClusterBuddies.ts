import { produce } from 'immer';
import { z } from 'zod';
import { formatPath, InvalidInputError } from '../../core/index.js';
import { parseWith } from '../../core/validation.js';
import {
  planRounds,
  type PairingRulesInput,
  type PlanRoundsResult,
  type RoundAbsenceInput,
} from '../../pairing/index.js';
import { LearningCluster, type LearningClusterInput } from '../learningCluster.js';
import type { ClusterBuddyRound } from './buddyRound.js';

/** What {@link planClusterBuddies} takes besides the cluster. */
export interface PlanClusterBuddiesOptions {
  /**
   * The sessions to plan a buddy round after, by id (default: every session that is not
   * cancelled, not the last, and has no buddy round yet), planned in date order.
   */
  readonly afterSessions?: readonly string[];
  /** Plan at most this many rounds, the earliest first (default: all of them). */
  readonly rounds?: number;
  /**
   * Pair only the people who attended a session in the round after it, when its attendance
   * is recorded (default true): buddies are matched up at the session, so those who missed
   * it are treated as away for that round. Sessions without attendance pair everyone.
   */
  readonly attendeesOnly?: boolean;
  /** Pairing's rules, as for `planRounds` (default: buddies from different areas). */
  readonly rules?: PairingRulesInput;
}

/** A session left without a new buddy round, and why. */
export interface SkippedClusterSession {
  /** The session's id. */
  readonly sessionId: string;
  /** `cancelled`; `last_session` (nothing comes after it); `has_round` (already has one); `over_limit` (beyond `rounds`). */
  readonly reason: 'cancelled' | 'last_session' | 'has_round' | 'over_limit';
}

/** What {@link planClusterBuddies} returns. */
export interface PlanClusterBuddiesResult {
  /** The new buddy rounds, one per planned session, in date order. */
  readonly rounds: readonly ClusterBuddyRound[];
  /** The cluster with the new rounds added to `buddyRounds` (a new, frozen object). */
  readonly cluster: LearningCluster;
  /** pairing's full plan (groups with reasons, repeats, people away), or null when nothing was planned. */
  readonly plan: PlanRoundsResult | null;
  /** Sessions not given a new round, each with the reason. */
  readonly skipped: readonly SkippedClusterSession[];
}

const Options = /* @__PURE__ */ (() =>
  z.strictObject({
    afterSessions: z.array(z.string().trim().min(1)).optional(),
    rounds: z.int().min(1).max(1000).optional(),
    attendeesOnly: z.boolean().default(true),
    rules: z.unknown().optional(),
  }))();

/**
 * Plans the buddy rounds between a cluster's sessions with pairing's `planRounds`, so each
 * participant meets someone new from another area every time, and records them on the cluster.
 *
 * Learning clusters ask participants to buddy up with someone from another area and keep
 * in touch until the next session. This is a thin layer over `planRounds`: the cluster's
 * participants are paired, its recorded rounds are the history (so partners are not
 * repeated), one round is planned after each chosen session, and, when a session's
 * attendance is recorded, those who missed it are away for the round that follows it.
 * Cost: that of `planRounds` for the rounds planned, within its limit (people × rounds ×
 * (people + rounds) at most 2,000,000, so 200 participants for up to 41 rounds at once).
 *
 * @param cluster - the cluster (validated as {@link LearningCluster}).
 * @param options - which sessions, how many rounds, attendance and pairing rules.
 * @returns the new rounds, the updated cluster, pairing's plan and the sessions skipped.
 * @throws {@link InvalidInputError} (`invalid_input`) for a malformed cluster or options, or
 *   `afterSessions` naming an unknown, repeated or cancelled session; pairing's rules are
 *   checked by `planRounds`, whose errors name it.
 *
 * @example
 * ```ts
 * const cluster = {
 *   id: 'housing',
 *   topic: 'Housing',
 *   areas: ['North', 'South'],
 *   participants: [
 *     { id: 'ann', displayName: 'Ann', area: 'North' },
 *     { id: 'bo', displayName: 'Bo', area: 'North' },
 *     { id: 'cy', displayName: 'Cy', area: 'South' },
 *     { id: 'di', displayName: 'Di', area: 'South' },
 *   ],
 *   sessions: [
 *     { id: 's1', date: '2026-02-10' },
 *     { id: 's2', date: '2026-05-12' },
 *     { id: 's3', date: '2026-09-08' },
 *   ],
 * };
 * const planned = planClusterBuddies(cluster);
 * planned.rounds.map((round) => `${round.afterSession}: ${round.groups.map((g) => g.join('+')).join(' ')}`);
 * // => ['s1: ann+cy bo+di', 's2: ann+di bo+cy']
 * planned.skipped;
 * // => [{ sessionId: 's3', reason: 'last_session' }]
 * ```
 */
export function planClusterBuddies(
  cluster: LearningClusterInput,
  options: PlanClusterBuddiesOptions = {},
): PlanClusterBuddiesResult {
  const fn = 'planClusterBuddies';
  const parsed = parseWith(LearningCluster, cluster, { fn, root: 'cluster' });
  const settings = parseWith(Options, options, { fn, root: 'options' });
  const ordered = [...parsed.sessions].sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      compareText(a.time ?? '', b.time ?? '') ||
      compareText(a.id, b.id),
  );
  const live = ordered.filter((session) => !session.cancelled);
  const last = live.at(-1);
  const withRound = new Set(parsed.buddyRounds.map((round) => round.afterSession));
  const skipped: SkippedClusterSession[] = [];
  let chosen: typeof ordered;
  if (settings.afterSessions === undefined) {
    chosen = [];
    for (const session of ordered) {
      if (session.cancelled) skipped.push({ sessionId: session.id, reason: 'cancelled' });
      else if (session === last) skipped.push({ sessionId: session.id, reason: 'last_session' });
      else if (withRound.has(session.id))
        skipped.push({ sessionId: session.id, reason: 'has_round' });
      else chosen.push(session);
    }
  } else {
    const wanted = settings.afterSessions;
    const problems: { path: (string | number)[]; message: string }[] = [];
    const byId = new Map(ordered.map((session) => [session.id, session]));
    const seen = new Set<string>();
    wanted.forEach((id, k) => {
      const session = byId.get(id);
      if (session === undefined)
        problems.push({
          path: [k],
          message: `names ${JSON.stringify(id)}, which is not a session of the cluster`,
        });
      else if (session.cancelled)
        problems.push({ path: [k], message: `names the cancelled session ${JSON.stringify(id)}` });
      else if (withRound.has(id))
        problems.push({
          path: [k],
          message: `names ${JSON.stringify(id)}, which already has a buddy round`,
        });
      else if (seen.has(id))
        problems.push({ path: [k], message: `repeats the session ${JSON.stringify(id)}` });
      seen.add(id);
    });
    if (problems.length > 0)
      throw new InvalidInputError(
        fn,
        problems.map(({ path, message }) => {
          const full = ['afterSessions', ...path];
          return { path: full, pathText: formatPath(full, 'options'), code: 'custom', message };
        }),
      );
    chosen = ordered.filter((session) => seen.has(session.id));
  }
  if (settings.rounds !== undefined && chosen.length > settings.rounds) {
    for (const session of chosen.slice(settings.rounds))
      skipped.push({ sessionId: session.id, reason: 'over_limit' });
    chosen = chosen.slice(0, settings.rounds);
  }
  skipped.sort((a, b) => compareText(a.sessionId, b.sessionId));

  if (chosen.length === 0) return { rounds: [], cluster: parsed, plan: null, skipped };

  const history = [...parsed.buddyRounds]
    .sort((a, b) => a.round - b.round)
    .map((round) => ({ round: round.round, groups: round.groups, satOut: round.satOut }));
  const firstRound = Math.max(0, ...history.map((round) => round.round)) + 1;
  const away = new Map<string, number[]>();
  if (settings.attendeesOnly)
    chosen.forEach((session, t) => {
      if (session.attended.length === 0) return;
      const present = new Set(session.attended);
      for (const person of parsed.participants)
        if (!present.has(person.id))
          away.set(person.id, [...(away.get(person.id) ?? []), firstRound + t]);
    });
  const absences: RoundAbsenceInput[] = [...away.entries()].map(([id, rounds]) => ({ id, rounds }));
  const plan = planRounds(
    {
      participants: parsed.participants,
      history,
      ...(settings.rules === undefined ? {} : { rules: settings.rules as PairingRulesInput }),
      absences,
    },
    { rounds: chosen.length, firstRound },
  );
  const rounds: ClusterBuddyRound[] = plan.asHistory.map((round, t) => ({
    afterSession: chosen[t]?.id ?? '',
    round: round.round,
    groups: round.groups.map((group) => [...group]),
    satOut: [...round.satOut],
  }));
  const updated = produce(parsed, (draft) => {
    draft.buddyRounds.push(...rounds);
  });
  return { rounds, cluster: updated, plan, skipped };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
