import { RULE_BIT } from '../candidates/pairScorer.js';
import type { Experience } from '../participant.js';
import {
  MENTORING_HARD_RULES,
  type MentoringHardRule,
  type MentoringProblem,
  type MentoringScoreParts,
} from './compileMentoring.js';
import type { Mentee } from './mentee.js';
import type { Mentor } from './mentor.js';

/** How an assignment was made. */
export type MentorAssignmentSource = 'stable' | 'optimal' | 'must-pair';

/** A mentee placed with a mentor, with the score and why. */
export interface MentorAssignment {
  /** The mentee's id. */
  readonly mentee: string;
  /** The mentor's id. */
  readonly mentor: string;
  /** The pair's score: the sum of its parts. */
  readonly score: number;
  /** Each soft rule's weighted part of the score. */
  readonly parts: MentoringScoreParts;
  /** The mentor's place (1 = first) in the mentee's order of acceptable mentors; null for a must-pair outside it. */
  readonly menteeRank: number | null;
  /** The mentee's place (1 = first) in the mentor's order of acceptable mentees; null for a must-pair outside it. */
  readonly mentorRank: number | null;
  /** How it was made: by deferred acceptance, by the optimal assignment, or by a must-pair rule. */
  readonly madeBy: MentorAssignmentSource;
  /** Why, in plain words, one line per rule that mattered. */
  readonly reasons: readonly string[];
}

/** A mentor with the mentees they were given. */
export interface MentorLoad {
  /** The mentor's id. */
  readonly id: string;
  /** Their mentees' ids, in id order. */
  readonly mentees: readonly string[];
  /** How many mentees they have. */
  readonly load: number;
  /** How many they offered to take. */
  readonly capacity: number;
}

/** Why a mentee was waitlisted. */
export type WaitlistReason = 'no_allowed_mentor' | 'not_ranked' | 'mentors_full';

/** A mentee left unplaced, and why. */
export interface WaitlistedMentee {
  /** The mentee's id. */
  readonly id: string;
  /** The kind of reason. */
  readonly reason: WaitlistReason;
  /** The reason in plain words. */
  readonly message: string;
  /** How many mentors the hard rules allow them. */
  readonly allowedMentors: number;
  /** How many of those are acceptable to both sides' rankings. */
  readonly acceptableMentors: number;
  /**
   * How many mentors each hard rule removes on its own (rules overlap, so these can add up
   * to more than the mentors removed).
   */
  readonly removedBy: Readonly<Record<MentoringHardRule, number>>;
}

const RULE_WORDS: Readonly<Record<MentoringHardRule, string>> = {
  area: 'same area',
  organisation: 'same organisation',
  neverPair: 'never-pair list',
  availability: 'no shared availability',
  language: 'no shared language',
};

/** Words for the hard rules a pair breaks. */
export function brokenRuleWords(mask: number): string[] {
  return MENTORING_HARD_RULES.filter((rule) => (mask & RULE_BIT[rule]) !== 0).map(
    (rule) => RULE_WORDS[rule],
  );
}

/** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st, … */
export function ordinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${String(value)}${suffix}`;
}

const round = (value: number): string => String(Number(value.toFixed(4)));

function experienceWords(mentor: Mentor, mentee: Mentee, gap: number): string | null {
  const label = (value: Experience | undefined): string =>
    value === undefined ? '' : typeof value === 'number' ? String(value) : value;
  if (mentor.experience === 'experienced' && mentee.experience === 'new')
    return `experienced mentor ${mentor.displayName} with new mentee ${mentee.displayName}`;
  if (gap > 0)
    return `${mentor.displayName} is the more experienced (${label(mentor.experience)} against ${label(mentee.experience)})`;
  return null;
}

/** Describes one assignment: its score, parts, ranks and reasons. */
export function describeAssignment(
  problem: MentoringProblem,
  i: number,
  m: number,
  madeBy: MentorAssignmentSource,
): MentorAssignment {
  const { k, rules } = problem;
  const mentee = problem.mentees[i] as Mentee;
  const mentor = problem.mentors[m] as Mentor;
  const at = i * k + m;
  const parts = problem.parts(i, m);
  const reasons: string[] = [];
  if (madeBy === 'must-pair') reasons.push('made by a must-pair rule');
  if (rules.mustDiffer.includes('organisation')) {
    if (mentee.organisation !== undefined && mentor.organisation !== undefined)
      reasons.push(
        mentee.organisation === mentor.organisation
          ? `same organisation: ${mentor.organisation}`
          : `different organisations: ${mentor.organisation} (mentor), ${mentee.organisation} (mentee)`,
      );
  }
  if (rules.mustDiffer.includes('area')) {
    if (mentee.area !== undefined && mentor.area !== undefined)
      reasons.push(
        mentee.area === mentor.area
          ? `same area: ${mentor.area}`
          : `different areas: ${mentor.area} (mentor), ${mentee.area} (mentee)`,
      );
  }
  // Sorted, so the words do not depend on the order either listed their topics in.
  const shared = mentee.topics.filter((topic) => mentor.topics.includes(topic)).sort();
  if (shared.length > 0) reasons.push(`both interested in ${shared.join(', ')}`);
  const gap = rules.weights.experienceGap === 0 ? 0 : parts.experienceGap;
  const experience = experienceWords(mentor, mentee, gap);
  if (experience !== null) reasons.push(experience);
  const menteeList = problem.menteeListRank[at] as number;
  if (menteeList > 0)
    reasons.push(`${mentor.displayName} is ${mentee.displayName}'s ${ordinal(menteeList)} choice`);
  const mentorList = problem.mentorListRank[at] as number;
  if (mentorList > 0)
    reasons.push(`${mentor.displayName} ranked ${mentee.displayName} ${ordinal(mentorList)}`);
  if (rules.sharedLanguage) {
    const languages = mentee.languages.filter((language) => mentor.languages.includes(language));
    if (languages.length > 0) reasons.push(`share a language: ${languages.join(', ')}`);
  }
  if (rules.sharedAvailability) {
    const slots = mentee.availability.filter((slot) => mentor.availability.includes(slot));
    if (slots.length > 0) reasons.push(`both free: ${slots.join(', ')}`);
  }
  if (parts.custom !== 0) reasons.push(`custom score ${round(parts.custom)}`);
  const menteeRank = problem.menteeRank[at] as number;
  const mentorRank = problem.mentorRank[at] as number;
  return {
    mentee: mentee.id,
    mentor: mentor.id,
    score:
      parts.topics +
      parts.experienceGap +
      parts.menteePreference +
      parts.mentorPreference +
      parts.custom,
    parts,
    menteeRank: menteeRank < 0 ? null : menteeRank + 1,
    mentorRank: mentorRank < 0 ? null : mentorRank + 1,
    madeBy,
    reasons,
  };
}

/** Describes why a mentee ended on the waitlist. */
export function describeWaitlisted(
  problem: MentoringProblem,
  i: number,
  mode: 'stable' | 'optimal',
): WaitlistedMentee {
  const { k, mentees, mentors, rules, mask, acceptable } = problem;
  const mentee = mentees[i] as Mentee;
  const R = MENTORING_HARD_RULES.length;
  const removedBy = Object.fromEntries(
    MENTORING_HARD_RULES.map((rule, r) => [rule, problem.removedFor[i * R + r] as number]),
  ) as Record<MentoringHardRule, number>;
  const allowedMentors = problem.allowed[i] as number;
  let acceptableMentors = 0;
  let offOwnList = 0;
  let notRankedBy = 0;
  let mustPaired = false;
  for (let m = 0; m < k; m += 1) {
    const at = i * k + m;
    if (mask[at] !== 0) continue;
    if (acceptable[at] === 1) {
      acceptableMentors += 1;
      if ((problem.forcedLoad[m] as number) > 0) mustPaired = true;
    }
    if (!rules.rankedOnly) continue;
    if (mentee.preferences !== undefined && problem.menteeListRank[at] === 0) offOwnList += 1;
    if (mentors[m]?.preferences !== undefined && problem.mentorListRank[at] === 0) notRankedBy += 1;
  }
  const name = mentee.displayName;
  const counts = { allowedMentors, acceptableMentors, removedBy };
  if (allowedMentors === 0) {
    const named = MENTORING_HARD_RULES.filter((rule) => removedBy[rule] > 0).map(
      (rule) => `${RULE_WORDS[rule]} removes ${String(removedBy[rule])}`,
    );
    return {
      id: mentee.id,
      reason: 'no_allowed_mentor',
      message: `the hard rules allow none of the ${String(k)} mentors (${named.join('; ') || 'there are no mentors'})`,
      ...counts,
    };
  }
  if (acceptableMentors === 0) {
    const why = [
      ...(offOwnList > 0 ? [`${String(offOwnList)} not in ${name}'s ranking`] : []),
      ...(notRankedBy > 0 ? [`${String(notRankedBy)} did not rank ${name}`] : []),
    ];
    return {
      id: mentee.id,
      reason: 'not_ranked',
      message: `none of the ${String(allowedMentors)} mentors the hard rules allow is in both rankings (${why.join('; ')})`,
      ...counts,
    };
  }
  const who =
    acceptableMentors === 1
      ? 'the one acceptable mentor is'
      : `all ${String(acceptableMentors)} acceptable mentors are`;
  return {
    id: mentee.id,
    reason: 'mentors_full',
    message:
      mode === 'stable'
        ? `${who} full with mentees they rank higher${mustPaired ? ' or must-paired' : ''}`
        : `${who} full, and no arrangement places more mentees`,
    ...counts,
  };
}
