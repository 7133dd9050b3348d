import type { Cohort } from '../candidates/compileCohort.js';
import type { PairingParticipant } from '../participant.js';
import { pairCounts, type GroupModel, type PairCounts } from './groupModel.js';

/** The parts of a grouping's score, each already multiplied by its weight (lower is better). */
export interface GroupScoreParts {
  /** Same-area pairs sharing a group × the `areas` weight. */
  readonly areas: number;
  /** Each group's experience away from its fair share, squared, × the `experience` weight. */
  readonly experience: number;
  /** Topic overlap (`'mix'`) or difference (`'share'`) of pairs sharing a group × the `topics` weight; 0 when topics are ignored. */
  readonly topics: number;
  /** Repeat meetings (pairs sharing a group who had met before) × the `repeats` weight. */
  readonly repeats: number;
  /** Pairs of facilitators sharing a group × the `facilitators` weight. */
  readonly facilitators: number;
}

/** How many members of a group come from one area. */
export interface GroupAreaCount {
  /** The area. */
  readonly area: string;
  /** How many members come from it. */
  readonly count: number;
}

/** A group's experience mix. */
export interface GroupExperienceMix {
  /** Members in the upper half of the cohort's experience (`'experienced'`, or a level at or above the midpoint of the levels given). */
  readonly experienced: number;
  /** Members in the lower half (`'new'`, or a level below the midpoint). */
  readonly new: number;
  /** Members whose experience was not given. */
  readonly unknown: number;
  /** The members' mean experience on 0 (newest) to 1 (most experienced), or null if none was given. */
  readonly mean: number | null;
}

/** A topic that two or more members of a group share. */
export interface GroupTopicCount {
  /** The topic. */
  readonly topic: string;
  /** How many members care about it. */
  readonly count: number;
}

/** Two members of a group who had met before. */
export interface GroupRepeatPair {
  /** Their ids, in id order. */
  readonly members: readonly [string, string];
  /** How often they had met before this session (in the history and earlier planned sessions). */
  readonly metBefore: number;
}

/** One group formed, with its mix and why. */
export interface FormedGroup {
  /** The group's number within its session (1, 2, …), groups ordered by their first member's id. */
  readonly number: number;
  /** The members' ids, in id order. */
  readonly members: readonly string[];
  /** How many members. */
  readonly size: number;
  /** The group's facilitator when the facilitator rule is on (the first by id among those who can); otherwise null. */
  readonly facilitator: string | null;
  /** The areas present, most members first (members without an area are not listed). */
  readonly areas: readonly GroupAreaCount[];
  /** The experience mix. */
  readonly experience: GroupExperienceMix;
  /** Topics shared by two or more members, most shared first. */
  readonly sharedTopics: readonly GroupTopicCount[];
  /** Pairs of members who had met before, most often first. */
  readonly repeats: readonly GroupRepeatPair[];
  /** Must-together lists kept in this group (as merged blocks, ids in order). */
  readonly keptTogether: readonly (readonly string[])[];
  /** The group's score: the sum of its parts (a penalty; lower is better, 0 is a perfect mix). */
  readonly score: number;
  /** Each part of the score. */
  readonly parts: GroupScoreParts;
  /** The group's mix in plain words, one line per aspect. */
  readonly reasons: readonly string[];
}

/** One session's groups. */
export interface FormedSession {
  /** The session's number: after the last in the history, or 1, 2, … without history. */
  readonly session: number;
  /** The groups, ordered by their first member's id. */
  readonly groups: readonly FormedGroup[];
  /** Pairs sharing a group this session who had met before (in the history or earlier sessions). */
  readonly repeatPairs: number;
  /** The session's score: the sum of its groups' scores. */
  readonly score: number;
  /** Each part of the session's score. */
  readonly parts: GroupScoreParts;
}

/** Rounds a reported number to 9 decimals, so tiny rounding noise never shows. */
export function tidy(value: number): number {
  const rounded = Math.round(value * 1e9) / 1e9;
  return rounded === 0 ? 0 : rounded;
}

const TIMES = ['never', 'once', 'twice'];
const times = (count: number): string => TIMES[count] ?? `${String(count)} times`;

/**
 * Describes every session's groups from an assignment (session-major, as
 * `GroupState.group`): members, mix, score parts and reasons. Repeats count meetings in the
 * history and in earlier sessions of the plan. Cost: O(sessions · Σ size²) plus the pair
 * counts.
 */
export function describeSessions(
  model: GroupModel,
  cohort: Cohort,
  assignment: Int32Array,
  firstSession: number,
): { sessions: FormedSession[]; pairsMetMoreThanOnce: number } {
  const { n, sessions: count, groups } = model;
  const meetings = model.history.copy();
  const planned = pairCounts(n);
  const sessions: FormedSession[] = [];
  for (let s = 0; s < count; s += 1) {
    const lists: number[][] = Array.from({ length: groups }, () => []);
    for (let p = 0; p < n; p += 1) lists[assignment[s * n + p] as number]?.push(p);
    const ordered = lists
      .filter((list) => list.length > 0)
      .sort((a, b) => (a[0] as number) - (b[0] as number));
    const formed = ordered.map((members, k) => describeGroup(model, cohort, meetings, members, k));
    for (const members of ordered)
      for (let a = 0; a < members.length; a += 1)
        for (let b = a + 1; b < members.length; b += 1) {
          if (model.block[members[a] as number] === model.block[members[b] as number]) continue;
          meetings.add(members[a] as number, members[b] as number, 1);
          planned.add(members[a] as number, members[b] as number, 1);
        }
    const parts = sumParts(formed.map((group) => group.parts));
    sessions.push({
      session: firstSession + s,
      groups: formed,
      repeatPairs: formed.reduce((sum, group) => sum + group.repeats.length, 0),
      score: tidy(formed.reduce((sum, group) => sum + group.score, 0)),
      parts,
    });
  }
  let pairsMetMoreThanOnce = 0;
  for (const [i, j] of planned.entries()) if (meetings.get(i, j) >= 2) pairsMetMoreThanOnce += 1;
  return { sessions, pairsMetMoreThanOnce };
}

/** Adds up score parts. */
export function sumParts(list: readonly GroupScoreParts[]): GroupScoreParts {
  const total = { areas: 0, experience: 0, topics: 0, repeats: 0, facilitators: 0 };
  for (const parts of list) {
    total.areas += parts.areas;
    total.experience += parts.experience;
    total.topics += parts.topics;
    total.repeats += parts.repeats;
    total.facilitators += parts.facilitators;
  }
  return {
    areas: tidy(total.areas),
    experience: tidy(total.experience),
    topics: tidy(total.topics),
    repeats: tidy(total.repeats),
    facilitators: tidy(total.facilitators),
  };
}

function describeGroup(
  model: GroupModel,
  cohort: Cohort,
  meetings: PairCounts,
  members: readonly number[],
  k: number,
): FormedGroup {
  const { weights, topicCost } = model;
  const people = members.map((i) => cohort.people[i] as PairingParticipant);
  const name = (i: number): string => cohort.people[i]?.displayName ?? '';

  // Areas.
  const areaCounts = new Map<string, number>();
  let noArea = 0;
  for (const person of people) {
    if (person.area === undefined) noArea += 1;
    else areaCounts.set(person.area, (areaCounts.get(person.area) ?? 0) + 1);
  }
  const areas = [...areaCounts.entries()]
    .map(([area, count]) => ({ area, count }))
    .sort((a, b) => b.count - a.count || (a.area < b.area ? -1 : a.area > b.area ? 1 : 0));
  let sameArea = 0;
  for (const { count } of areas) sameArea += (count * (count - 1)) / 2;

  // Experience.
  let experienced = 0;
  let fresh = 0;
  let unknown = 0;
  let sum = 0;
  let deviation = 0;
  for (const i of members) {
    const level = cohort.experience[i] as number;
    deviation += model.deviation[i] as number;
    if (Number.isNaN(level)) unknown += 1;
    else {
      sum += level;
      if (level >= 0.5) experienced += 1;
      else fresh += 1;
    }
  }
  const known = members.length - unknown;

  // Pairs: topics and repeats.
  let topics = 0;
  const repeats: GroupRepeatPair[] = [];
  let repeatSum = 0;
  for (let a = 0; a < members.length; a += 1)
    for (let b = a + 1; b < members.length; b += 1) {
      const i = members[a] as number;
      const j = members[b] as number;
      if (topicCost !== null) topics += topicCost(i, j);
      if (model.block[i] === model.block[j]) continue; // must-together: they meet by design
      const before = meetings.get(i, j);
      if (before > 0) {
        repeatSum += 1;
        repeats.push({
          members: [cohort.people[i]?.id ?? '', cohort.people[j]?.id ?? ''],
          metBefore: before,
        });
      }
    }
  repeats.sort((x, y) => y.metBefore - x.metBefore);
  const topicCounts = new Map<string, number>();
  for (const person of people)
    for (const topic of new Set(person.topics))
      topicCounts.set(topic, (topicCounts.get(topic) ?? 0) + 1);
  const sharedTopics = [...topicCounts.entries()]
    .filter(([, count]) => count >= 2)
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => b.count - a.count || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0));

  // Facilitators and must-together blocks.
  const canFacilitate = members.filter((i) => model.facilitator[i] === 1);
  const facilitator = model.facilitatorRule ? (canFacilitate[0] ?? null) : null;
  const keptTogether: number[][] = [];
  const seenBlocks = new Set<number>();
  for (const i of members) {
    const b = model.block[i] as number;
    const block = model.blocks[b] as Int32Array;
    if (block.length > 1 && !seenBlocks.has(b)) {
      seenBlocks.add(b);
      keptTogether.push(Array.from(block));
    }
  }
  const facilitatorPairs = model.facilitatorRule
    ? (canFacilitate.length * (canFacilitate.length - 1)) / 2
    : 0;

  const parts: GroupScoreParts = {
    areas: tidy(weights.areas * sameArea),
    experience: tidy(weights.experience * deviation * deviation),
    topics: tidy(weights.topics * topics),
    repeats: tidy(weights.repeats * repeatSum),
    facilitators: tidy(weights.facilitators * facilitatorPairs),
  };
  const score = tidy(
    weights.areas * sameArea +
      weights.experience * deviation * deviation +
      weights.topics * topics +
      weights.repeats * repeatSum +
      weights.facilitators * facilitatorPairs,
  );

  // Reasons, one line per aspect.
  const reasons: string[] = [];
  if (areas.length > 0) {
    const without = noArea > 0 ? `; ${String(noArea)} without an area` : '';
    reasons.push(
      sameArea === 0
        ? `${areas.length === 1 ? 'one area' : `${String(areas.length)} different areas`}: ${areas.map((a) => a.area).join(', ')}${without}`
        : `areas: ${areas.map((a) => (a.count > 1 ? `${a.area} ×${String(a.count)}` : a.area)).join(', ')}${without}`,
    );
  }
  if (known > 0) {
    const notStated = unknown > 0 ? `, ${String(unknown)} not stated` : '';
    reasons.push(
      `experience: ${String(experienced)} experienced, ${String(fresh)} new${notStated}`,
    );
  }
  if (facilitator !== null) {
    const others = canFacilitate.slice(1).map(name);
    reasons.push(
      `facilitated by ${name(facilitator)}${others.length > 0 ? ` (${others.join(' and ')} can also facilitate)` : ''}`,
    );
  } else if (model.facilitatorRule) {
    reasons.push('no facilitator');
  }
  if (people.some((person) => person.topics.length > 0)) {
    reasons.push(
      sharedTopics.length === 0
        ? 'no topic shared by two members'
        : `shared topics: ${sharedTopics.map((t) => `${t.topic} (${String(t.count)})`).join(', ')}`,
    );
  }
  for (const block of keptTogether)
    reasons.push(`kept together by a must-together rule: ${block.map(name).join(', ')}`);
  if (model.trackRepeats) {
    reasons.push(
      repeats.length === 0
        ? 'nobody here has met before'
        : `${String(repeats.length)} pair${repeats.length === 1 ? ' has' : 's have'} met before: ${repeats
            .map((pair) => {
              const [a, b] = pair.members;
              const i = cohort.index.get(a) ?? 0;
              const j = cohort.index.get(b) ?? 0;
              return `${name(i)} and ${name(j)} (${times(pair.metBefore)})`;
            })
            .join(', ')}`,
    );
  }

  return {
    number: k + 1,
    members: people.map((person) => person.id),
    size: members.length,
    facilitator: facilitator === null ? null : (cohort.people[facilitator]?.id ?? null),
    areas,
    experience: {
      experienced,
      new: fresh,
      unknown,
      mean: known === 0 ? null : tidy(sum / known),
    },
    sharedTopics,
    repeats,
    keptTogether: keptTogether.map((block) => block.map((i) => cohort.people[i]?.id ?? '')),
    score,
    parts,
    reasons,
  };
}
