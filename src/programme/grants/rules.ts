import { z } from 'zod';
import { parseWith } from '../../core/validation.js';
import type { LearningCluster } from '../learningCluster.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * The rules a pilot grant is assessed by: the cluster's topics, its member areas, the cap
 * and the match ratio, with every sum in whole pence.
 *
 * The defaults follow the pilot grants one learning cluster offered: up to £2,500
 * (`250000` pence), matched 1:1 with what the area puts in. `matchRatio` is two whole
 * numbers, `grant` pence of grant for every `match` pence of match, so the limit is worked
 * out exactly in integers (a ratio of 0.29 held as a float would lose a penny).
 *
 * @example
 * ```ts
 * PilotGrantRules.parse({ clusterTopics: ['youth violence'], memberAreas: ['Seaview'] });
 * // => { clusterTopics: ['youth violence'], memberAreas: ['Seaview'], capPence: 250000, matchRatio: { grant: 1, match: 1 } }
 * ```
 */
export const PilotGrantRules = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The cluster's topic and its aspects; an application must name one of them (case and spacing ignored). */
    clusterTopics: z.array(Label).min(1),
    /** The cluster's member areas; only they may apply (case and spacing ignored). */
    memberAreas: z.array(Label).min(1),
    /** The most any one grant may be, in pence (default 250000, £2,500). */
    capPence: z.int().min(0).max(1_000_000_000_00).default(250_000),
    /** Pence of grant per pence of match (default 1:1). */
    matchRatio: z
      .strictObject({
        /** Pence of grant… */
        grant: z.int().min(1).max(1000).default(1),
        /** …for this many pence of match. */
        match: z.int().min(1).max(1000).default(1),
      })
      .prefault({}),
  }))();
/** The rules a pilot grant is assessed by (parsed: defaults filled in). */
export type PilotGrantRules = z.output<typeof PilotGrantRules>;
/** Pilot grant rules as an app writes them. */
export type PilotGrantRulesInput = z.input<typeof PilotGrantRules>;

/** What {@link pilotGrantRulesFor} reads: the cluster's topics and areas, and the overrides. */
const RulesForArguments = /* @__PURE__ */ (() =>
  z.object({
    cluster: z.object({
      topic: z.string(),
      subtopics: z.array(z.string()),
      areas: z.array(z.string()),
    }),
    overrides: PilotGrantRules.pick({ capPence: true, matchRatio: true }).partial(),
  }))();

/**
 * Builds pilot grant rules from a learning cluster: its topic and subtopics, its areas, and
 * the default cap and ratio unless overridden. Cost: O(topics + areas).
 *
 * @param cluster - a parsed cluster (its `topic`, `subtopics` and `areas` are read).
 * @param overrides - a different cap or match ratio.
 * @returns the rules, ready for {@link assessPilotGrant}.
 * @throws {@link InvalidInputError} (`invalid_input`) when the cluster has no topic, subtopics
 *   or areas to read, or an override is not a valid cap or ratio.
 *
 * @example
 * ```ts
 * const cluster = parseLearningCluster({ id: 'c', topic: 'Housing', subtopics: ['Homelessness'], areas: ['North'] });
 * pilotGrantRulesFor(cluster, { capPence: 100000 });
 * // => { clusterTopics: ['Housing', 'Homelessness'], memberAreas: ['North'], capPence: 100000, matchRatio: { grant: 1, match: 1 } }
 * ```
 */
export function pilotGrantRulesFor(
  cluster: Pick<LearningCluster, 'topic' | 'subtopics' | 'areas'>,
  overrides: Pick<PilotGrantRulesInput, 'capPence' | 'matchRatio'> = {},
): PilotGrantRulesInput {
  parseWith(RulesForArguments, { cluster, overrides }, { fn: 'pilotGrantRulesFor' });
  return {
    clusterTopics: [cluster.topic, ...cluster.subtopics],
    memberAreas: [...cluster.areas],
    capPence: overrides.capPence ?? 250_000,
    matchRatio: { grant: 1, match: 1, ...overrides.matchRatio },
  };
}
