import { z } from 'zod';
import { addToIsoDate, countDaysBetween, IsoDate } from '../../core/index.js';
import { parseWith } from '../../core/validation.js';
import { LearningCluster, type LearningClusterInput } from '../learningCluster.js';
import { formatPounds } from '../grants/formatPounds.js';
import type { ClusterSpeaker } from './session.js';

/** What {@link clusterTimeline} takes besides the cluster. */
export interface ClusterTimelineOptions {
  /** The date to read the cluster on: sessions on or before it count as held. */
  readonly asOf: IsoDate;
}

/** The kinds of thing a cluster timeline lists. */
export type ClusterTimelineKind = 'session' | 'buddy_round' | 'grant_applied' | 'grant_awarded';

/** One dated line of a cluster's timeline. */
export interface ClusterTimelineEntry {
  /** The date it happened or is due. */
  readonly date: IsoDate;
  /** The session's start time (`HH:MM`), or null when not a session or not set. */
  readonly time: string | null;
  /** What kind of thing it is. */
  readonly kind: ClusterTimelineKind;
  /** `done` on or before `asOf`, `upcoming` after it, `cancelled` for a called-off session (and its buddy round). */
  readonly status: 'done' | 'upcoming' | 'cancelled';
  /** The session id, the grant application id, or `round-N` for buddy round N. */
  readonly id: string;
  /** A line a programme manager can read. */
  readonly text: string;
  /** A session's speakers (empty for other kinds). */
  readonly speakers: readonly ClusterSpeaker[];
  /** People who attended a held session, or were grouped in a buddy round; otherwise null. */
  readonly people: number | null;
  /** The sum asked for or awarded, in pence, for grant entries; otherwise null. */
  readonly amountPence: number | null;
}

/** How the cluster is doing against its expected number of sessions in its first year. */
export interface ClusterYearCheck {
  /** The first session's date, where the year starts. */
  readonly from: IsoDate;
  /** The year's last day (a day before the first session's anniversary). */
  readonly until: IsoDate;
  /** Sessions expected in the year (the cluster's `expectedSessions`, 4 by default). */
  readonly expected: number;
  /** Sessions held in the year up to `asOf`. */
  readonly held: number;
  /** Sessions held plus those still planned within the year. */
  readonly scheduled: number;
  /** `met`: enough held; `on_track`: enough once the planned ones are held; `short`: not enough even then. */
  readonly status: 'met' | 'on_track' | 'short';
}

/** The next session to come. */
export interface ClusterNextSession {
  /** The session's id. */
  readonly id: string;
  /** Its date. */
  readonly date: IsoDate;
  /** Its start time, or null when not set. */
  readonly time: string | null;
  /** Its title, or null when not set. */
  readonly title: string | null;
  /** Days from `asOf` to the session. */
  readonly inDays: number;
}

/** The headline figures of a cluster's timeline. */
export interface ClusterTimelineSummary {
  /** The date the timeline was read on. */
  readonly asOf: IsoDate;
  /** Sessions held (dated on or before `asOf` and not cancelled). */
  readonly sessionsHeld: number;
  /** Sessions still to come. */
  readonly sessionsPlanned: number;
  /** Sessions called off. */
  readonly sessionsCancelled: number;
  /** The first-year check, or null when the cluster has no sessions that are not cancelled. */
  readonly year: ClusterYearCheck | null;
  /** Held sessions with at least one outside speaker. */
  readonly sessionsWithOutsideSpeaker: number;
  /** That number as a share of sessions held (0 to 1), or null when none is held. */
  readonly outsideSpeakerShare: number | null;
  /** Mean attendance over held sessions with attendance recorded, or null when none is. */
  readonly averageAttendance: number | null;
  /** Buddy rounds recorded. */
  readonly buddyRounds: number;
  /** Pilot grant applications received. */
  readonly grantsApplied: number;
  /** Pilot grants awarded. */
  readonly grantsAwarded: number;
  /** The total awarded, in pence. */
  readonly awardedPence: number;
  /** The total paid out, in pence. */
  readonly paidPence: number;
  /** The next session after `asOf`, or null when none is planned. */
  readonly nextSession: ClusterNextSession | null;
}

/** What {@link clusterTimeline} returns. */
export interface ClusterTimeline {
  /** The cluster's id. */
  readonly clusterId: string;
  /** Every dated entry, ordered by date, then kind (sessions first), time and id. */
  readonly entries: readonly ClusterTimelineEntry[];
  /** The headline figures. */
  readonly summary: ClusterTimelineSummary;
}

const KIND_ORDER: Readonly<Record<ClusterTimelineKind, number>> = {
  session: 0,
  buddy_round: 1,
  grant_applied: 2,
  grant_awarded: 3,
};

const Options = /* @__PURE__ */ (() => z.strictObject({ asOf: IsoDate }))();

const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * Lists what a learning cluster has done and what comes next, as dated entries with a
 * summary: sessions held against the expected number in a year, the share with an outside
 * speaker, buddy rounds, pilot grants and the next session.
 *
 * A programme manager reads a cluster as a story over its year: the sessions held and who
 * spoke, the buddy rounds between them, the grants applied for and awarded, and whether the
 * cluster is on course to meet at least four times within a year of its first session (the
 * expectation learning clusters are set). A session dated on or before `asOf` counts as
 * held unless cancelled; a buddy round takes the date and status of the session it follows.
 * Cost: O(E log E) for E entries.
 *
 * @param cluster - the cluster (validated as {@link LearningCluster}).
 * @param options - `asOf`, the date to read the cluster on.
 * @returns the entries in date order and the summary.
 * @throws {@link InvalidInputError} (`invalid_input`) for a malformed cluster or `asOf`.
 *
 * @example
 * ```ts
 * const timeline = clusterTimeline(
 *   {
 *     id: 'coast',
 *     topic: 'Coastal communities',
 *     areas: ['Seaview', 'Harbourside'],
 *     sessions: [
 *       { id: 's1', date: '2026-02-10', speakers: [{ name: 'Dr Rao', origin: 'outside' }] },
 *       { id: 's2', date: '2026-05-12', speakers: [{ name: 'Kim', origin: 'local' }] },
 *       { id: 's3', date: '2026-09-08', title: 'Tourism and jobs' },
 *       { id: 's4', date: '2026-12-01' },
 *     ],
 *   },
 *   { asOf: '2026-06-01' },
 * );
 * timeline.entries.map((entry) => `${entry.date} ${entry.status}`);
 * // => ['2026-02-10 done', '2026-05-12 done', '2026-09-08 upcoming', '2026-12-01 upcoming']
 * [timeline.summary.sessionsHeld, timeline.summary.outsideSpeakerShare, timeline.summary.year?.status];
 * // => [2, 0.5, 'on_track']
 * timeline.summary.nextSession?.title;
 * // => 'Tourism and jobs'
 * ```
 */
export function clusterTimeline(
  cluster: LearningClusterInput,
  options: ClusterTimelineOptions,
): ClusterTimeline {
  const fn = 'clusterTimeline';
  const parsed = parseWith(LearningCluster, cluster, { fn, root: 'cluster' });
  const { asOf } = parseWith(Options, options, { fn, root: 'options' });
  const entries: ClusterTimelineEntry[] = [];
  const sessionStatus = new Map<string, 'done' | 'upcoming' | 'cancelled'>();
  const sessionDate = new Map<string, IsoDate>();
  const statusOf = (date: IsoDate): 'done' | 'upcoming' => (date <= asOf ? 'done' : 'upcoming');

  for (const session of parsed.sessions) {
    const status = session.cancelled ? 'cancelled' : statusOf(session.date);
    sessionStatus.set(session.id, status);
    sessionDate.set(session.id, session.date);
    const outside = session.speakers.filter((speaker) => speaker.origin === 'outside').length;
    const name =
      session.title === undefined ? `Session ${session.id}` : `Session "${session.title}"`;
    const verb = status === 'cancelled' ? 'cancelled' : status === 'done' ? 'held' : 'planned';
    const speakers =
      session.speakers.length === 0
        ? ''
        : `; ${plural(session.speakers.length, 'speaker')} (${String(outside)} from outside)`;
    const attended =
      status === 'done' && session.attended.length > 0
        ? `; ${String(session.attended.length)} attended`
        : '';
    entries.push({
      date: session.date,
      time: session.time ?? null,
      kind: 'session',
      status,
      id: session.id,
      text: `${name} ${verb}${speakers}${attended}`,
      speakers: session.speakers,
      people: status === 'done' && session.attended.length > 0 ? session.attended.length : null,
      amountPence: null,
    });
  }

  for (const round of parsed.buddyRounds) {
    const date = sessionDate.get(round.afterSession) ?? asOf;
    const status = sessionStatus.get(round.afterSession) ?? 'upcoming';
    const people = round.groups.reduce((total, group) => total + group.length, 0);
    entries.push({
      date,
      time: null,
      kind: 'buddy_round',
      status,
      id: `round-${String(round.round)}`,
      text: `Buddy round ${String(round.round)} after session ${round.afterSession}: ${plural(round.groups.length, 'group')} of buddies${round.satOut.length > 0 ? `, ${String(round.satOut.length)} sat out` : ''}`,
      speakers: [],
      people,
      amountPence: null,
    });
  }

  let awardedPence = 0;
  let paidPence = 0;
  let grantsAwarded = 0;
  for (const { application, award } of parsed.grants) {
    entries.push({
      date: application.appliedOn,
      time: null,
      kind: 'grant_applied',
      status: statusOf(application.appliedOn),
      id: application.id,
      text: `${application.area} applied for a pilot grant of ${formatPounds(application.requestedPence)}: ${application.title}`,
      speakers: [],
      people: null,
      amountPence: application.requestedPence,
    });
    if (award !== undefined) {
      grantsAwarded += 1;
      awardedPence += award.amountPence;
      paidPence += award.paidPence;
      entries.push({
        date: award.date,
        time: null,
        kind: 'grant_awarded',
        status: statusOf(award.date),
        id: application.id,
        text: `${application.area} was awarded ${formatPounds(award.amountPence)} for ${application.title}`,
        speakers: [],
        people: null,
        amountPence: award.amountPence,
      });
    }
  }

  entries.sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareText(a.time ?? '', b.time ?? '') ||
      compareText(a.id, b.id),
  );

  const live = parsed.sessions
    .filter((session) => !session.cancelled)
    .sort(
      (a, b) =>
        compareText(a.date, b.date) ||
        compareText(a.time ?? '', b.time ?? '') ||
        compareText(a.id, b.id),
    );
  const held = live.filter((session) => session.date <= asOf);
  const planned = live.filter((session) => session.date > asOf);
  const withOutside = held.filter((session) =>
    session.speakers.some((speaker) => speaker.origin === 'outside'),
  ).length;
  const recorded = held.filter((session) => session.attended.length > 0);
  const next = planned[0];
  const first = live[0];
  let year: ClusterYearCheck | null = null;
  if (first !== undefined) {
    const end = addToIsoDate(first.date, { years: 1 });
    const until = addToIsoDate(end, { days: -1 });
    const inYear = live.filter((session) => session.date < end);
    const heldInYear = inYear.filter((session) => session.date <= asOf).length;
    const expected = parsed.expectedSessions;
    year = {
      from: first.date,
      until,
      expected,
      held: heldInYear,
      scheduled: inYear.length,
      status: heldInYear >= expected ? 'met' : inYear.length >= expected ? 'on_track' : 'short',
    };
  }

  return {
    clusterId: parsed.id,
    entries,
    summary: {
      asOf,
      sessionsHeld: held.length,
      sessionsPlanned: planned.length,
      sessionsCancelled: parsed.sessions.length - live.length,
      year,
      sessionsWithOutsideSpeaker: withOutside,
      outsideSpeakerShare: held.length === 0 ? null : withOutside / held.length,
      averageAttendance:
        recorded.length === 0
          ? null
          : recorded.reduce((total, session) => total + session.attended.length, 0) /
            recorded.length,
      buddyRounds: parsed.buddyRounds.length,
      grantsApplied: parsed.grants.length,
      grantsAwarded,
      awardedPence,
      paidPence,
      nextSession:
        next === undefined
          ? null
          : {
              id: next.id,
              date: next.date,
              time: next.time ?? null,
              title: next.title ?? null,
              inDays: countDaysBetween(asOf, next.date),
            },
    },
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
