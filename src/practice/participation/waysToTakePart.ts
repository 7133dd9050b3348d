import type { ParticipationLevel } from './levels.js';

/** One kind of activity in use in the window. */
export interface KindInUse {
  /** The kind, such as `'attended'`. */
  readonly kind: string;
  /** How many records of this kind fall in the window. */
  readonly records: number;
  /** Its share of all records in the window. */
  readonly share: number;
  /** How many different members took part this way. */
  readonly members: number;
}

/**
 * The verdict on whether a community offers more than one way to take part:
 * - `several-ways`: two or more kinds in use, none dominant, and a route in from the edge;
 * - `no-route-in`: varied, but nobody is at the edge and nobody moved in from it;
 * - `one-dominant-way`: one kind makes up more than the allowed share of all records;
 * - `single-way`: only one kind of activity in the window;
 * - `no-activity`: no activity in the window at all.
 */
export type WaysVerdict =
  'several-ways' | 'no-route-in' | 'one-dominant-way' | 'single-way' | 'no-activity';

/** Whether members at the edge have a way in. */
export interface RouteIn {
  /** True when some member is peripheral or occasional now, or moved in from the edge. */
  readonly open: boolean;
  /** The kinds that peripheral and occasional members used in the window, sorted. */
  readonly kinds: readonly string[];
  /**
   * Members who were outside or peripheral in the previous window and are occasional or
   * closer to the centre now, sorted by id.
   */
  readonly movedIn: readonly string[];
}

/** Whether the community really offers more than one way to take part, and why. */
export interface WaysToTakePart {
  /** The kinds in use in the window, most records first (ties by kind). */
  readonly kindsInUse: readonly KindInUse[];
  /** The kind with most records, or `null` without activity. */
  readonly dominantKind: string | null;
  /** The dominant kind's share of the records in the window (0 without activity). */
  readonly dominantShare: number;
  /** The highest share one kind may have before it counts as dominant. */
  readonly dominantShareLimit: number;
  /** Whether members at the edge have a way in. */
  readonly routeIn: RouteIn;
  /** The verdict. */
  readonly verdict: WaysVerdict;
  /** The verdict's reasons in plain words. */
  readonly reasons: readonly string[];
}

const percent = (share: number): string => `${String(Math.round(share * 100))}%`;

/**
 * Judges whether the community offers several ways to take part.
 *
 * @param members - each member's level now and before, and records by kind in the window.
 * @param limit - the highest share one kind may have before it counts as dominant.
 * @returns the judgement.
 */
export function judgeWaysToTakePart(
  members: readonly {
    readonly member: string;
    readonly level: ParticipationLevel;
    readonly previous: { readonly level: ParticipationLevel };
    readonly counts: Readonly<Record<string, number>>;
  }[],
  limit: number,
): WaysToTakePart {
  const records = new Map<string, { records: number; members: number }>();
  const edgeKinds = new Set<string>();
  const movedIn: string[] = [];
  let total = 0;
  for (const member of members) {
    const atEdge = member.level === 'peripheral' || member.level === 'occasional';
    for (const [kind, count] of Object.entries(member.counts)) {
      const entry = records.get(kind) ?? { records: 0, members: 0 };
      entry.records += count;
      entry.members += 1;
      records.set(kind, entry);
      total += count;
      if (atEdge) edgeKinds.add(kind);
    }
    const wasAtEdge = member.previous.level === 'outside' || member.previous.level === 'peripheral';
    const isIn = member.level !== 'outside' && member.level !== 'peripheral';
    if (wasAtEdge && isIn) movedIn.push(member.member);
  }
  const kindsInUse = [...records.entries()]
    .map(([kind, entry]) => ({ kind, ...entry, share: entry.records / total }))
    .sort((a, b) => b.records - a.records || (a.kind < b.kind ? -1 : 1))
    .map(({ kind, records: count, share, members: people }) => ({
      kind,
      records: count,
      share,
      members: people,
    }));
  const top = kindsInUse[0];
  const dominantShare = top?.share ?? 0;
  const edge = members.filter((m) => m.level === 'peripheral' || m.level === 'occasional').length;
  const routeIn: RouteIn = {
    open: edge > 0 || movedIn.length > 0,
    kinds: [...edgeKinds].sort(),
    movedIn,
  };

  const reasons: string[] = [];
  let verdict: WaysVerdict;
  if (top === undefined) {
    verdict = 'no-activity';
    reasons.push('no activity was recorded in the window');
  } else {
    reasons.push(
      kindsInUse.length === 1
        ? `only one kind of activity was used: ${top.kind}`
        : `${String(kindsInUse.length)} kinds of activity were used: ${kindsInUse.map((k) => k.kind).join(', ')}`,
    );
    reasons.push(
      `${top.kind} makes up ${percent(dominantShare)} of the records (the limit for one kind is ${percent(limit)})`,
    );
    const atEdge =
      edge > 0
        ? `${String(edge)} member${edge === 1 ? ' is' : 's are'} peripheral or occasional (by ${routeIn.kinds.join(', ')})`
        : 'nobody is peripheral or occasional';
    reasons.push(
      routeIn.open
        ? `${atEdge} and ${String(movedIn.length)} moved in from the edge, so there is a way in`
        : `${atEdge} and nobody moved in from the edge, so there is no visible way in`,
    );
    if (kindsInUse.length === 1) verdict = 'single-way';
    else if (dominantShare > limit) verdict = 'one-dominant-way';
    else if (!routeIn.open) verdict = 'no-route-in';
    else verdict = 'several-ways';
  }
  return {
    kindsInUse,
    dominantKind: top?.kind ?? null,
    dominantShare,
    dominantShareLimit: limit,
    routeIn,
    verdict,
    reasons,
  };
}
