import { z } from 'zod';
import { parseWith, safeParseWith, type SafeParseResult } from '../core/validation.js';
import { PairingParticipant } from '../pairing/index.js';
import { ClusterBuddyRound } from './clusters/buddyRound.js';
import { ClusterSession } from './clusters/session.js';
import { ClusterPilotGrant } from './grants/application.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

type Issue = (path: (string | number)[], message: string) => void;

function firstIndexes(
  items: readonly { readonly id: string }[],
  path: (string | number)[],
  issue: Issue,
  what: string,
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, k) => {
    const earlier = seen.get(item.id);
    if (earlier === undefined) seen.set(item.id, k);
    else
      issue(
        [...path, k, 'id'],
        `repeats the id ${JSON.stringify(item.id)} of ${what} ${String(earlier)}; give each a different id`,
      );
  });
  return new Set(seen.keys());
}

/**
 * A learning cluster: a topic-based cohort of local areas that meets several times over a
 * year, with speakers, buddying between sessions and small match-funded pilot grants.
 *
 * Clusters gather people from several areas around one broad topic (housing, legacy,
 * coastal communities, youth violence) for at least four sessions in a year. Between
 * sessions participants buddy up with someone from another area; outside speakers bring
 * expert knowledge; pilot grants let areas test something new and share what they learn.
 * Participants are pairing's `PairingParticipant`s, so the cluster can be passed to
 * `planRounds` (see {@link planClusterBuddies}); buddy rounds are its history entries.
 * The model checks that ids are unique and that attendance and buddy groups name known
 * participants and sessions.
 *
 * @example
 * ```ts
 * const cluster = LearningCluster.parse({
 *   id: 'youth-2026',
 *   topic: 'Youth violence and exploitation',
 *   areas: ['Seaview', 'Hillside'],
 *   participants: [
 *     { id: 'ann', displayName: 'Ann', area: 'Seaview' },
 *     { id: 'bo', displayName: 'Bo', area: 'Hillside' },
 *   ],
 *   sessions: [{ id: 's1', date: '2026-02-10', attended: ['ann', 'bo'] }],
 * });
 * [cluster.expectedSessions, cluster.grants.length];
 * // => [4, 0]
 * ```
 */
export const LearningCluster = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** A stable identifier for the cluster. */
      id: Label,
      /** The cluster's topic, in a few words. */
      topic: Label,
      /** Aspects of the topic (default none); grant applications on any of them are relevant. */
      subtopics: z.array(Label).default([]),
      /** The member areas taking part (at least one). */
      areas: z.array(Label).min(1),
      /** The organisations taking part, such as each area's lead body (default none). */
      organisations: z.array(Label).default([]),
      /** The people taking part, as pairing sees them (default none). */
      participants: z.array(PairingParticipant).default([]),
      /** The sessions held and planned, in any order (default none). */
      sessions: z.array(ClusterSession).default([]),
      /** The buddy rounds between sessions (default none). */
      buddyRounds: z.array(ClusterBuddyRound).default([]),
      /** Pilot grant applications and awards (default none). */
      grants: z.array(ClusterPilotGrant).default([]),
      /** How many sessions the cluster should hold within a year of its first (default 4). */
      expectedSessions: z.int().min(1).max(366).default(4),
    })
    .superRefine((cluster, context) => {
      const issue: Issue = (path, message) => {
        context.addIssue({ code: 'custom', path, message });
      };
      const people = firstIndexes(cluster.participants, ['participants'], issue, 'participant');
      const sessions = firstIndexes(cluster.sessions, ['sessions'], issue, 'session');
      firstIndexes(
        cluster.grants.map((grant) => grant.application),
        ['grants'],
        issue,
        'grant',
      );
      const known = (path: (string | number)[], id: string): void => {
        if (!people.has(id))
          issue(path, `names ${JSON.stringify(id)}, who is not among the participants`);
      };
      cluster.sessions.forEach((session, s) => {
        session.attended.forEach((id, k) => {
          known(['sessions', s, 'attended', k], id);
        });
      });
      const rounds = new Map<number, number>();
      cluster.buddyRounds.forEach((round, r) => {
        if (!sessions.has(round.afterSession))
          issue(
            ['buddyRounds', r, 'afterSession'],
            `names ${JSON.stringify(round.afterSession)}, which is not among the sessions`,
          );
        const earlier = rounds.get(round.round);
        if (earlier !== undefined)
          issue(
            ['buddyRounds', r, 'round'],
            `repeats round ${String(round.round)} of buddyRounds[${String(earlier)}]; number each round once`,
          );
        else rounds.set(round.round, r);
        round.groups.forEach((group, g) => {
          group.forEach((id, k) => {
            known(['buddyRounds', r, 'groups', g, k], id);
          });
        });
        round.satOut.forEach((id, k) => {
          known(['buddyRounds', r, 'satOut', k], id);
        });
      });
    }))();
/** A learning cluster (parsed: every list present). */
export type LearningCluster = z.output<typeof LearningCluster>;
/** A learning cluster as an app writes one. */
export type LearningClusterInput = z.input<typeof LearningCluster>;

/**
 * Validates an untrusted learning cluster record, filling in defaults.
 *
 * Use it when a cluster comes from storage, a form or an import. Cost: O(size of the record).
 *
 * @param input - the record.
 * @returns the cluster, with empty lists and `expectedSessions: 4` filled in.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem with its path.
 *
 * @example
 * ```ts
 * parseLearningCluster({ id: 'c1', topic: 'Housing', areas: ['North'] }).sessions;
 * // => []
 * ```
 */
export function parseLearningCluster(input: unknown): LearningCluster {
  return parseWith(LearningCluster, input, { fn: 'parseLearningCluster', root: 'cluster' });
}

/**
 * Validates an untrusted learning cluster record without throwing. Cost: O(size of the
 * record).
 *
 * @param input - the record.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every problem.
 *
 * @example
 * ```ts
 * const result = safeParseLearningCluster({
 *   id: 'c1',
 *   topic: 'Housing',
 *   areas: ['North'],
 *   sessions: [{ id: 's1', date: '2026-02-10', attended: ['zed'] }],
 * });
 * result.success ? [] : result.error.issues.map((issue) => issue.pathText);
 * // => ['cluster.sessions[0].attended[0]']
 * ```
 */
export function safeParseLearningCluster(input: unknown): SafeParseResult<LearningCluster> {
  return safeParseWith(LearningCluster, input, {
    fn: 'safeParseLearningCluster',
    root: 'cluster',
  });
}
