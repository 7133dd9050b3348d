import { z } from 'zod';
import { IsoDate } from '../core/isoDate.js';
import { parseWith } from '../core/validation.js';
import {
  DEFAULT_THRESHOLDS,
  DEFAULT_WEIGHTS,
  LEVELS,
  levelFor,
  thresholdPhrase,
  type ParticipationLevel,
  type Thresholds,
} from './participation/levels.js';
import { describeMovement, type ParticipationMovement } from './participation/movement.js';
import { judgeWaysToTakePart, type WaysToTakePart } from './participation/waysToTakePart.js';
import {
  describeWindow,
  isInside,
  LookBackWindow,
  spanEndingOn,
  type WindowSpan,
} from './participation/window.js';

export { ParticipationLevel } from './participation/levels.js';
export type { LevelMove, ParticipationMovement } from './participation/movement.js';
export type {
  KindInUse,
  RouteIn,
  WaysToTakePart,
  WaysVerdict,
} from './participation/waysToTakePart.js';

const Label = /* @__PURE__ */ (() => z.string().trim().min(1).max(200))();

/**
 * One thing a member did in the community on a day: attended a meeting, presented, hosted,
 * asked a question, posted in a forum, or any kind of the app's own.
 *
 * Extra fields (a session id, a note) are allowed and ignored.
 *
 * @example
 * ```ts
 * ActivityRecord.parse({ member: 'ama', kind: 'presented', date: '2026-03-05', session: 's-4' });
 * // => { member: 'ama', kind: 'presented', date: '2026-03-05' }
 * ActivityRecord.safeParse({ member: 'ama', kind: 'posted', date: '05/03/2026' }).success;
 * // => false
 * ```
 */
export const ActivityRecord = /* @__PURE__ */ (() =>
  z.object({
    /** The id of the member who took part (one of `options.members`). */
    member: Label,
    /** The kind of activity, such as `'attended'`, `'presented'` or `'posted'`. */
    kind: Label,
    /** The day it happened, as an ISO date. */
    date: IsoDate,
  }))();
/** One thing a member did in the community on a day. */
export type ActivityRecord = z.output<typeof ActivityRecord>;

/** A look-back window of whole years, months, weeks and days, none negative and not all zero. */
export interface ParticipationWindow {
  /** Whole years. */
  readonly years?: number;
  /** Whole months (a month back from 31 May is 30 April). */
  readonly months?: number;
  /** Whole weeks. */
  readonly weeks?: number;
  /** Whole days. */
  readonly days?: number;
}

/** The lowest score of each level above peripheral; each must be above the next. */
export interface ParticipationThresholds {
  /** Lowest score of a core member (default 12). */
  readonly core?: number;
  /** Lowest score of an active member (default 6). */
  readonly active?: number;
  /** Lowest score of an occasional member (default 2); any activity below is peripheral. */
  readonly occasional?: number;
}

/** A member given as a record: only the `id` is read, so a {@link Member} will do. */
export interface MemberRef {
  /** The member's id. */
  readonly id: string;
}

/** Options of {@link classifyParticipation}. */
export interface ClassifyParticipationOptions {
  /** The last day of the window, as an ISO date; required, since the library reads no clock. */
  readonly asOf: string;
  /** Every member of the community, as ids or as records with an `id`; ids must differ. */
  readonly members: readonly (string | MemberRef)[];
  /** How far back from `asOf` to look (default `{ months: 3 }`); the previous window is as long. */
  readonly window?: ParticipationWindow;
  /**
   * The weight of each kind of activity (default attended, asked and posted 1; presented 3;
   * hosted 4). Given weights replace the defaults; each must be above 0.
   */
  readonly weights?: Readonly<Record<string, number>>;
  /** Refuse activity of a kind that has no weight (default `false`: such kinds weigh `otherKindWeight`). */
  readonly strictKinds?: boolean;
  /** The weight of a kind not in `weights`, when `strictKinds` is off (default 1). */
  readonly otherKindWeight?: number;
  /** The lowest score of each level above peripheral (defaults core 12, active 6, occasional 2). */
  readonly thresholds?: ParticipationThresholds;
  /** The highest share of records one kind may have before it counts as dominant (default 0.8). */
  readonly dominantShareLimit?: number;
}

/** A member's level and why. */
export interface MemberParticipation {
  /** The member's id. */
  readonly member: string;
  /** The level in this window. */
  readonly level: ParticipationLevel;
  /** The weighted activity in this window: the sum over kinds of records × weight. */
  readonly score: number;
  /** How many records the member has in this window. */
  readonly records: number;
  /** Records in this window by kind (kinds the member used, in kind order). */
  readonly counts: Readonly<Record<string, number>>;
  /** The level and score in the previous window. */
  readonly previous: {
    /** The level in the previous window. */
    readonly level: ParticipationLevel;
    /** The score in the previous window. */
    readonly score: number;
  };
  /** Whether the member moved towards the centre (`up`), away from it (`down`), or stayed. */
  readonly movement: 'up' | 'down' | 'same';
  /** Why the member has this level, in plain words, with the thresholds that placed them. */
  readonly reason: string;
}

/** How many members are at one level, beside the usual shape of a community. */
export interface LevelShare {
  /** The level. */
  readonly level: ParticipationLevel;
  /** How many members are at it. */
  readonly count: number;
  /** Their share of all members. */
  readonly share: number;
  /**
   * The usual range of the share (core 10–15%, active 15–20%, after Wenger, McDermott &
   * Snyder 2002), or `null` for levels without a usual range.
   */
  readonly usual: {
    /** The low end of the usual share. */
    readonly low: number;
    /** The high end of the usual share. */
    readonly high: number;
  } | null;
  /** How the share compares with the usual range, or `null` without one. */
  readonly comparedWithUsual: 'below' | 'within' | 'above' | null;
}

/** The windows compared: this one and the one before, each as first and last dates. */
export interface ParticipationWindows {
  /** The window in words, such as `3 months`. */
  readonly length: string;
  /** This window. */
  readonly current: {
    /** The first date inside. */
    readonly from: string;
    /** The last date inside (`asOf`). */
    readonly to: string;
  };
  /** The window before it, of the same length. */
  readonly previous: {
    /** The first date inside. */
    readonly from: string;
    /** The last date inside (the day before `current.from`). */
    readonly to: string;
  };
}

/** Where every activity record went (nothing is lost). */
export interface ActivityTally {
  /** Records given. */
  readonly total: number;
  /** Records in this window. */
  readonly current: number;
  /** Records in the previous window. */
  readonly previous: number;
  /** Records before the previous window (not used). */
  readonly earlier: number;
  /** Records after `asOf` (not used). */
  readonly later: number;
}

/** What {@link classifyParticipation} returns. */
export interface ParticipationResult {
  /** The last day of the window. */
  readonly asOf: string;
  /** The windows compared. */
  readonly windows: ParticipationWindows;
  /** The weights used, including kinds met without a weight (in kind order). */
  readonly weights: Readonly<Record<string, number>>;
  /** Kinds met in the activity that had no weight and so weighed `otherKindWeight`, sorted. */
  readonly unweightedKinds: readonly string[];
  /** The thresholds used. */
  readonly thresholds: Readonly<Required<ParticipationThresholds>>;
  /** Every member with their level and reason, sorted by id. */
  readonly members: readonly MemberParticipation[];
  /** Member ids at each level, sorted; every member is at exactly one level. */
  readonly levels: Readonly<Record<ParticipationLevel, readonly string[]>>;
  /** The count and share at each level, from core outwards, beside the usual shape. */
  readonly distribution: readonly LevelShare[];
  /** Movement between levels from the previous window to this one. */
  readonly movement: ParticipationMovement;
  /** Whether the community really offers more than one way to take part. */
  readonly waysToTakePart: WaysToTakePart;
  /** Where every activity record went. */
  readonly activity: ActivityTally;
}

const Weight = /* @__PURE__ */ (() => z.number().positive('must be above 0'))();

const Input = /* @__PURE__ */ (() =>
  z
    .strictObject({
      activity: z.array(ActivityRecord),
      options: z.strictObject({
        asOf: IsoDate,
        members: z
          .array(z.union([Label, z.looseObject({ id: Label })]))
          .min(1, 'must list at least one member'),
        window: LookBackWindow.default({ months: 3 }),
        weights: z.record(Label, Weight).optional(),
        strictKinds: z.boolean().default(false),
        otherKindWeight: Weight.default(1),
        thresholds: z
          .strictObject({
            core: Weight.default(DEFAULT_THRESHOLDS.core),
            active: Weight.default(DEFAULT_THRESHOLDS.active),
            occasional: Weight.default(DEFAULT_THRESHOLDS.occasional),
          })
          .prefault({}),
        dominantShareLimit: z
          .number()
          .gt(0, 'must be above 0 (write 80% as 0.8)')
          .max(1, 'must be at most 1 (write 80% as 0.8)')
          .default(0.8),
      }),
    })
    .superRefine((input, context) => {
      const issue = (path: (string | number)[], message: string): void => {
        context.addIssue({ code: 'custom', path, message });
      };
      const ids = new Map<string, number>();
      input.options.members.forEach((member, index) => {
        const id = typeof member === 'string' ? member : member.id;
        const earlier = ids.get(id);
        if (earlier === undefined) ids.set(id, index);
        else
          issue(
            ['options', 'members', index],
            `repeats the id ${JSON.stringify(id)} of member ${String(earlier)}; every member needs a different id`,
          );
      });
      const weights = input.options.weights ?? DEFAULT_WEIGHTS;
      input.activity.forEach((record, index) => {
        if (!ids.has(record.member))
          issue(
            ['activity', index, 'member'],
            `names ${JSON.stringify(record.member)}, who is not among options.members; add them or drop the record`,
          );
        if (input.options.strictKinds && !Object.hasOwn(weights, record.kind))
          issue(
            ['activity', index, 'kind'],
            `is ${JSON.stringify(record.kind)}, which has no weight (known kinds: ${Object.keys(weights).sort().join(', ')}); add it to options.weights or turn strictKinds off`,
          );
      });
      const t = input.options.thresholds;
      if (!(t.core > t.active))
        issue(
          ['options', 'thresholds', 'core'],
          `must be above the active threshold (${String(t.active)})`,
        );
      if (!(t.active > t.occasional))
        issue(
          ['options', 'thresholds', 'active'],
          `must be above the occasional threshold (${String(t.occasional)})`,
        );
    }))();

/** The usual shares of the core and active groups (Wenger, McDermott & Snyder 2002, ch. 3). */
const USUAL: Partial<Record<ParticipationLevel, { readonly low: number; readonly high: number }>> =
  { core: { low: 0.1, high: 0.15 }, active: { low: 0.15, high: 0.2 } };

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Tally {
  readonly counts: Map<string, number>;
  records: number;
}

function scoreOf(counts: ReadonlyMap<string, number>, weightOf: (kind: string) => number): number {
  // Summed in kind order, so the score does not depend on the order of the records.
  return [...counts.keys()]
    .sort(byText)
    .reduce((sum, kind) => sum + (counts.get(kind) ?? 0) * weightOf(kind), 0);
}

/**
 * Places each member of a community of practice at a level of participation (core, active,
 * occasional, peripheral or outside) from what they did in a window, and compares the
 * shape with the usual one, with the previous window, and with the ways there are to take part.
 *
 * A healthy community of practice invites different levels of participation: a small core
 * leads, an active group takes part regularly, and most members watch from the periphery
 * and join in when a topic touches them (E. Wenger, R. McDermott & W. M. Snyder,
 * *Cultivating Communities of Practice*, 2002, ch. 3, which puts the core at about 10–15% of
 * members and the active group at 15–20%). Learning at the periphery is legitimate and is
 * how newcomers move in (J. Lave & E. Wenger, *Situated Learning*, 1991).
 *
 * The rule: each member's score is the sum over kinds of activity of the records in the
 * window (the dates after `asOf − window`, up to `asOf`) times the kind's weight. Leading
 * (hosting 4, presenting 3) weighs more than joining in (attending, asking, posting 1).
 * A score of at least 12 is core, at least 6 active, at least 2 occasional; any activity
 * below that is peripheral, and none at all is outside. With the default three-month
 * window and monthly meetings, a member who comes to all three meetings scores 3 and is
 * occasional; one who also asks a question at each, or presents once, scores 6 and is
 * active; one who also hosts every meeting is core.
 * Fixed thresholds, rather than cut-offs by share, keep the distribution informative: a
 * community whose core is 40% of members is told so. Change them for other rhythms.
 *
 * The same rule over the window before gives each member's previous level, a transition
 * matrix, and who moved in or out. The community offers more than one way to take part
 * when two or more kinds are in use, no kind makes up more than `dominantShareLimit` of the
 * records, and people at the edge have a route in (some are peripheral or occasional, or
 * moved in from the edge). Cost: O(r + m log m) for r records and m members.
 *
 * @param activity - the activity records; their order does not matter.
 * @param options - `asOf` and `members` (required), `window`, `weights`, `strictKinds`,
 *   `otherKindWeight`, `thresholds`, `dominantShareLimit`.
 * @returns each member's level with its reason, the levels, the distribution beside the
 *   usual shape, movement since the previous window, the ways to take part, and where every
 *   record went.
 * @throws {@link InvalidInputError} (`invalid_input`) for activity naming an unknown member,
 *   dates that are not ISO dates, a kind without a weight when `strictKinds` is on, a window
 *   that is empty or negative, repeated member ids, weights or thresholds that are not
 *   positive, or thresholds out of order; each problem with its path.
 *
 * @example
 * ```ts
 * const result = classifyParticipation(
 *   [
 *     { member: 'ama', kind: 'hosted', date: '2026-01-15' },
 *     { member: 'ama', kind: 'hosted', date: '2026-02-12' },
 *     { member: 'ama', kind: 'presented', date: '2026-03-12' },
 *     { member: 'ama', kind: 'attended', date: '2026-03-12' },
 *     { member: 'ben', kind: 'presented', date: '2026-02-12' },
 *     { member: 'ben', kind: 'attended', date: '2026-02-12' },
 *     { member: 'ben', kind: 'attended', date: '2026-03-12' },
 *     { member: 'ben', kind: 'asked', date: '2026-03-12' },
 *     { member: 'cy', kind: 'posted', date: '2026-03-01' },
 *     { member: 'cy', kind: 'attended', date: '2026-03-12' },
 *     { member: 'dee', kind: 'attended', date: '2025-11-20' },
 *     { member: 'dee', kind: 'attended', date: '2026-03-12' },
 *   ],
 *   { asOf: '2026-03-31', window: { months: 3 }, members: ['ama', 'ben', 'cy', 'dee', 'eve'] },
 * );
 * result.members.map((m) => `${m.member}: ${m.level} (${String(m.score)})`);
 * // => ['ama: core (12)', 'ben: active (6)', 'cy: occasional (2)', 'dee: peripheral (1)', 'eve: outside (0)']
 * result.members[1]?.reason;
 * // => 'score 6 from asked 1 × 1, attended 2 × 1, presented 1 × 3 in the 3 months to 2026-03-31: at least 6 (active) and below 12 (core)'
 * result.movement.movedUp;
 * // => [{ member: 'ama', from: 'outside', to: 'core' }, { member: 'ben', from: 'outside', to: 'active' }, { member: 'cy', from: 'outside', to: 'occasional' }]
 * result.distribution.slice(0, 2).map((l) => [l.level, l.share, l.comparedWithUsual]);
 * // => [['core', 0.2, 'above'], ['active', 0.2, 'within']]
 * result.waysToTakePart.verdict;
 * // => 'several-ways'
 * ```
 */
export function classifyParticipation(
  activity: readonly ActivityRecord[],
  options: ClassifyParticipationOptions,
): ParticipationResult {
  const fn = 'classifyParticipation';
  const checked = parseWith(Input, { activity, options }, { fn });
  const { asOf, window, strictKinds, otherKindWeight, dominantShareLimit } = checked.options;
  const weights = checked.options.weights ?? DEFAULT_WEIGHTS;
  const thresholds: Thresholds = checked.options.thresholds;
  const current: WindowSpan = spanEndingOn(asOf, window, fn);
  const previous: WindowSpan = spanEndingOn(current.start, window, fn);

  const unweighted = new Set<string>();
  const weightOf = (kind: string): number => {
    if (Object.hasOwn(weights, kind)) return weights[kind] ?? otherKindWeight;
    if (!strictKinds) unweighted.add(kind);
    return otherKindWeight;
  };

  const ids = checked.options.members.map((member) =>
    typeof member === 'string' ? member : member.id,
  );
  const now = new Map<string, Tally>(ids.map((id) => [id, { counts: new Map(), records: 0 }]));
  const before = new Map<string, Tally>(ids.map((id) => [id, { counts: new Map(), records: 0 }]));
  const tally = { total: 0, current: 0, previous: 0, earlier: 0, later: 0 };
  for (const record of checked.activity) {
    tally.total += 1;
    let target: Tally | undefined;
    if (record.date > asOf) tally.later += 1;
    else if (isInside(record.date, current)) {
      tally.current += 1;
      target = now.get(record.member);
    } else if (isInside(record.date, previous)) {
      tally.previous += 1;
      target = before.get(record.member);
    } else tally.earlier += 1;
    weightOf(record.kind);
    if (target === undefined) continue;
    target.records += 1;
    target.counts.set(record.kind, (target.counts.get(record.kind) ?? 0) + 1);
  }

  const length = describeWindow(window);
  const members = [...ids].sort(byText).map((member): MemberParticipation => {
    const mine = now.get(member) ?? { counts: new Map<string, number>(), records: 0 };
    const past = before.get(member) ?? { counts: new Map<string, number>(), records: 0 };
    const score = scoreOf(mine.counts, weightOf);
    const level = levelFor(score, mine.records, thresholds);
    const previousScore = scoreOf(past.counts, weightOf);
    const previousLevel = levelFor(previousScore, past.records, thresholds);
    const kinds = [...mine.counts.keys()].sort(byText);
    const counts = Object.fromEntries(kinds.map((kind) => [kind, mine.counts.get(kind) ?? 0]));
    const parts = kinds.map(
      (kind) => `${kind} ${String(counts[kind])} × ${String(weightOf(kind))}`,
    );
    const rank = (l: ParticipationLevel): number => LEVELS.indexOf(l);
    const reason =
      mine.records === 0
        ? `no activity in the ${length} to ${asOf}: outside`
        : `score ${String(score)} from ${parts.join(', ')} in the ${length} to ${asOf}: ${thresholdPhrase(level, thresholds)}`;
    return {
      member,
      level,
      score,
      records: mine.records,
      counts,
      previous: { level: previousLevel, score: previousScore },
      movement:
        rank(level) < rank(previousLevel)
          ? 'up'
          : rank(level) > rank(previousLevel)
            ? 'down'
            : 'same',
      reason,
    };
  });

  const levels = Object.fromEntries(
    LEVELS.map((level) => [level, members.filter((m) => m.level === level).map((m) => m.member)]),
  ) as Record<ParticipationLevel, string[]>;
  const distribution = LEVELS.map((level): LevelShare => {
    const count = levels[level].length;
    const share = count / members.length;
    const usual = USUAL[level] ?? null;
    return {
      level,
      count,
      share,
      usual,
      comparedWithUsual:
        usual === null
          ? null
          : share < usual.low
            ? 'below'
            : share > usual.high
              ? 'above'
              : 'within',
    };
  });

  const usedKinds = [...new Set([...Object.keys(weights), ...unweighted])].sort(byText);
  return {
    asOf,
    windows: {
      length,
      current: { from: current.from, to: current.to },
      previous: { from: previous.from, to: previous.to },
    },
    weights: Object.fromEntries(usedKinds.map((kind) => [kind, weightOf(kind)])),
    unweightedKinds: [...unweighted].sort(byText),
    thresholds: { ...thresholds },
    members,
    levels,
    distribution,
    movement: describeMovement(members),
    waysToTakePart: judgeWaysToTakePart(members, dominantShareLimit),
    activity: tally,
  };
}
