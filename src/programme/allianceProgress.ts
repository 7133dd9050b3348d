import { z } from 'zod';
import { deepFreeze } from '../core/deepFreeze.js';
import { countDaysBetween, IsoDate } from '../core/isoDate.js';
import { parseWith } from '../core/validation.js';
import {
  ALLIANCE_FEATURES,
  FIRST_YEAR_TARGETS,
  FirstYearTargetId,
  type AllianceItemId,
} from './alliances/catalogue.js';
import { LearningAlliance, type LearningAllianceInput } from './alliances/model.js';
import {
  collectEvidence,
  compareText,
  dueDate,
  planNextSteps,
  reportItem,
  type AllianceItemReport,
  type AllianceNextStep,
  type CountedEvidence,
} from './alliances/status.js';

/**
 * Options of {@link allianceProgress}: the day of the report, and optionally your own due
 * points and membership threshold.
 *
 * @example
 * ```ts
 * AllianceProgressOptions.parse({ asOf: '2026-06-30' });
 * // => { asOf: '2026-06-30', dueMonths: {}, minimumMembers: 3 }
 * AllianceProgressOptions.safeParse({ asOf: '2026-06-30', dueMonths: { newsletter: 2 } }).success;
 * // => false
 * AllianceProgressOptions.safeParse({}).success; // asOf is required
 * // => false
 * ```
 */
export const AllianceProgressOptions = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The day of the report (required: peerlearn never reads the clock). Evidence dated later is left out and listed. */
    asOf: IsoDate,
    /** Due points to use instead of the catalogue's, in whole months after founding (1 to 24), by target id. */
    dueMonths: z.partialRecord(FirstYearTargetId, z.int().min(1).max(24)).default({}),
    /** How many member organisations make a membership (default 3, at least 2). */
    minimumMembers: z.int().min(2).max(1000).default(3),
  }))();
/** Options of {@link allianceProgress}. */
export type AllianceProgressOptions = z.input<typeof AllianceProgressOptions>;

/** A share of items met. */
export interface AllianceShare {
  /** How many are met. */
  readonly met: number;
  /** How many there are. */
  readonly total: number;
  /** `met / total`, between 0 and 1. */
  readonly share: number;
}

/** A first-year target past its due date and not yet met. */
export interface OverdueTarget {
  /** The target's id. */
  readonly id: FirstYearTargetId;
  /** The target's name. */
  readonly name: string;
  /** The date it was due. */
  readonly due: IsoDate;
  /** Whole days from the due date to `asOf`, at least 1. */
  readonly daysOverdue: number;
}

/** The result of {@link allianceProgress}. */
export interface AllianceProgressResult {
  /** The alliance's id. */
  readonly allianceId: string;
  /** The day of the report. */
  readonly asOf: IsoDate;
  /** The five features, in catalogue order, each reported once. */
  readonly features: readonly AllianceItemReport[];
  /** The seven first-year targets, in catalogue order, each reported once. */
  readonly targets: readonly AllianceItemReport[];
  /** Shares met: overall (of twelve items), of the features and of the targets. */
  readonly progress: {
    /** All twelve items together. */
    readonly overall: AllianceShare;
    /** The five features. */
    readonly features: AllianceShare;
    /** The seven first-year targets. */
    readonly targets: AllianceShare;
  };
  /** The targets overdue at `asOf`, longest overdue first. */
  readonly overdue: readonly OverdueTarget[];
  /** What to do next for every unmet item, most pressing first, each with its reason. */
  readonly nextSteps: readonly AllianceNextStep[];
  /** Evidence dated after `asOf`, which this report does not count, oldest first. */
  readonly laterEvidence: readonly CountedEvidence[];
}

/**
 * Reports how far a learning alliance has come: each feature and first-year target with
 * its status and evidence, the share met, what is overdue and what to do next.
 *
 * An alliance of local organisations is easy to launch and hard to keep going; checking
 * it against a short list of features ({@link ALLIANCE_FEATURES}) and first-year targets
 * ({@link FIRST_YEAR_TARGETS}) shows members and funders what exists and what is still
 * talk. An item is met once it has `evidenceNeeded` pieces of evidence marked `'met'` on
 * different dates, on or before `asOf`; a target not met after its due date (founding
 * plus `dueMonths`) is overdue; an item with any other evidence is in progress. Members'
 * joining dates count towards the membership target (met when `minimumMembers` have
 * joined) and the lead's start date meets the lead-organisation target. Evidence dated
 * before founding counts (alliances grow out of earlier joint work); evidence after
 * `asOf` is listed in `laterEvidence`. Because only evidence up to `asOf` counts, a
 * later `asOf` never un-meets an item. Cost O(e log e) for e pieces of evidence. The
 * result is deeply frozen; the input is not changed.
 *
 * @param alliance - the alliance: place, founding date, members, lead and evidence.
 * @param options - `asOf` (required), and optionally `dueMonths` and `minimumMembers`.
 * @returns the statuses, shares, overdue targets, next steps and evidence not yet counted.
 * @throws {@link InvalidInputError} (`invalid_input`) for a malformed alliance or options,
 *   such as an unknown feature or target id, a date not written `YYYY-MM-DD`, a repeated
 *   organisation id or a lead that is not a member; each problem with its path.
 *
 * @example
 * ```ts
 * const report = allianceProgress(
 *   {
 *     id: 'stockport',
 *     place: 'Stockport',
 *     founded: '2026-01-15',
 *     members: [
 *       { id: 'trust', name: 'Riverside Trust' },
 *       { id: 'college', name: 'Town College' },
 *       { id: 'housing', name: 'Northside Homes', joined: '2026-03-02' },
 *     ],
 *     lead: { organisation: 'trust', since: '2026-02-01' },
 *     evidence: [
 *       { about: 'identity', date: '2026-02-20', description: 'Name agreed: Learn Stockport' },
 *       { about: 'event', date: '2026-05-14', description: 'Launch at the library', counts: 'progress' },
 *     ],
 *   },
 *   { asOf: '2026-07-31' },
 * );
 * report.targets.map((target) => [target.id, target.status]);
 * // => [['identity', 'met'], ['lead-organisation', 'met'], ['membership', 'met'],
 * //   ['event', 'in-progress'], ['shared-training', 'not-started'],
 * //   ['monthly-communications', 'overdue'], ['funding-pot', 'not-started']]
 * report.progress.overall;
 * // => { met: 3, total: 12, share: 0.25 }
 * report.overdue;
 * // => [{ id: 'monthly-communications', name: 'A monthly communications channel', due: '2026-07-15', daysOverdue: 16 }]
 * report.nextSteps[0]?.reason;
 * // => 'Overdue: it was due on 2026-07-15, 16 days ago; nothing recorded yet.'
 * ```
 */
export function allianceProgress(
  alliance: LearningAllianceInput,
  options: AllianceProgressOptions,
): AllianceProgressResult {
  const fn = 'allianceProgress';
  const parsed = parseWith(LearningAlliance, alliance, { fn, root: 'alliance' });
  const { asOf, dueMonths, minimumMembers } = parseWith(AllianceProgressOptions, options, {
    fn,
    root: 'options',
  });

  const all = collectEvidence(parsed, minimumMembers);
  const counted = all.filter((item) => item.date <= asOf);
  const about = (id: AllianceItemId): CountedEvidence[] =>
    counted.filter((item) => item.about === id);

  const features = ALLIANCE_FEATURES.map((feature) =>
    reportItem(feature, 'feature', about(feature.id), null, asOf),
  );
  const targets = FIRST_YEAR_TARGETS.map((target) =>
    reportItem(
      target,
      'target',
      about(target.id),
      dueDate(parsed.founded, dueMonths[target.id] ?? target.dueMonths),
      asOf,
    ),
  );

  const share = (items: readonly AllianceItemReport[]): AllianceShare => {
    const met = items.filter((item) => item.status === 'met').length;
    return { met, total: items.length, share: items.length === 0 ? 0 : met / items.length };
  };
  const firstSteps = new Map<AllianceItemId, string>([
    ...ALLIANCE_FEATURES.map((feature) => [feature.id, feature.firstStep] as const),
    ...FIRST_YEAR_TARGETS.map((target) => [target.id, target.firstStep] as const),
  ]);
  const nextSteps = planNextSteps([...targets, ...features], firstSteps, asOf);

  const overdue: OverdueTarget[] = nextSteps.flatMap((step) => {
    const target = targets.find((item) => item.id === step.id);
    if (target?.status !== 'overdue' || target.due === null) return [];
    const id = FirstYearTargetId.parse(target.id);
    return [
      { id, name: target.name, due: target.due, daysOverdue: countDaysBetween(target.due, asOf) },
    ];
  });

  return deepFreeze({
    allianceId: parsed.id,
    asOf,
    features,
    targets,
    progress: {
      overall: share([...features, ...targets]),
      features: share(features),
      targets: share(targets),
    },
    overdue,
    nextSteps,
    laterEvidence: all
      .filter((item) => item.date > asOf)
      .sort((a, b) => compareText(a.date, b.date)),
  });
}
