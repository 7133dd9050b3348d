import type { PairingGroup } from '../pairParticipants.js';
import type { PairingParticipant } from '../participant.js';
import type { Cohort } from './compileCohort.js';
import type { PairScorer, ScoreParts } from './pairScorer.js';

/** How long ago a pair last met and what their novelty scores, as the caller counts it. */
export interface PairPast {
  /** Rounds since the pair last met (1 = the round before), or null if never. */
  roundsAgo(i: number, j: number): number | null;
  /** The pair's weighted novelty part. */
  novelty(i: number, j: number): number;
}

/**
 * Describes a pair or trio: its score summed over its pairs, each soft rule's part, and
 * the reasons in plain words (areas, shared topics, experience, when they last met, the
 * custom score). Shared by `pairParticipants` and `planRounds`, which differ only in how
 * they know the pair's past and in the words for a trio.
 */
export function describeGroup(
  cohort: Cohort,
  scorer: PairScorer,
  members: readonly number[],
  madeBy: PairingGroup['madeBy'],
  past: PairPast,
  trioReason: string,
): PairingGroup {
  const people = members.map((i) => cohort.people[i] as PairingParticipant);
  const totals: { -readonly [K in keyof ScoreParts]: number } = {
    topics: 0,
    experienceMix: 0,
    novelty: 0,
    custom: 0,
  };
  const agos: number[] = [];
  for (let a = 0; a < members.length; a += 1)
    for (let b = a + 1; b < members.length; b += 1) {
      const i = members[a] as number;
      const j = members[b] as number;
      const part = scorer.parts(i, j);
      totals.topics += part.topics;
      totals.experienceMix += part.experienceMix;
      totals.novelty += past.novelty(i, j);
      totals.custom += part.custom;
      const ago = past.roundsAgo(i, j);
      if (ago !== null) agos.push(ago);
    }
  const known = people
    .map((person) => person.area)
    .filter((area): area is string => area !== undefined);
  const crossArea = new Set(known).size === known.length;

  const reasons: string[] = [];
  if (madeBy === 'must-pair') reasons.push('made by a must-pair rule');
  if (madeBy === 'stable-matching')
    reasons.push('a stable pair: both ranked each other, and neither would rather swap');
  if (madeBy === 'odd-person-trio') reasons.push(trioReason);
  if (known.length === people.length)
    reasons.push(
      crossArea
        ? `different areas: ${[...new Set(known)].join(', ')}`
        : `shares an area: ${sharedAreas(known)}`,
    );
  const sharedTopics = people
    .slice(1)
    .reduce(
      (common, person) => common.filter((topic) => person.topics.includes(topic)),
      [...(people[0]?.topics ?? [])],
    )
    // Sorted, so the words do not depend on the order anyone listed their topics in.
    .sort();
  if (sharedTopics.length > 0)
    reasons.push(
      `${people.length === 2 ? 'both' : 'all'} interested in ${sharedTopics.join(', ')}`,
    );
  const level = (person: PairingParticipant): number =>
    cohort.experience[cohort.index.get(person.id) ?? 0] as number;
  const experienced = people.filter((person) => level(person) === 1);
  const fresh = people.filter((person) => level(person) === 0 && person.experience !== undefined);
  if (experienced.length > 0 && fresh.length > 0)
    reasons.push(
      `experienced ${experienced.map((p) => p.displayName).join(' and ')} with new ${fresh.map((p) => p.displayName).join(' and ')}`,
    );
  else if (totals.experienceMix > 0) reasons.push('mixes levels of experience');
  const latest = agos.length === 0 ? null : Math.min(...agos);
  reasons.push(
    latest === null
      ? 'never paired before'
      : `last paired ${String(latest)} round${latest === 1 ? '' : 's'} ago`,
  );
  if (totals.custom !== 0) reasons.push(`custom score ${String(Number(totals.custom.toFixed(4)))}`);

  return {
    kind: members.length === 3 ? 'trio' : 'pair',
    members: people.map((person) => person.id),
    score: totals.topics + totals.experienceMix + totals.novelty + totals.custom,
    parts: totals,
    crossArea,
    repeat: agos.length > 0,
    reasons,
    madeBy,
  };
}

/**
 * The areas of a group that shares one, each named once: `'Ashby'` for a pair or trio
 * from one area, `'Ashby ×2, Croft'` for a trio that is partly shared (as formGroups
 * writes them).
 *
 * @param areas - the group's areas, one per person.
 * @returns the areas in plain words.
 */
function sharedAreas(areas: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const area of areas) counts.set(area, (counts.get(area) ?? 0) + 1);
  if (counts.size === 1) return areas[0] ?? '';
  return [...counts]
    .map(([area, count]) => (count === 1 ? area : `${area} ×${String(count)}`))
    .join(', ');
}
