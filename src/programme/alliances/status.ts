// Internal helpers of allianceProgress: the evidence each item sees, its status, and the
// next steps. Not exported from the package.
import { addToIsoDate, countDaysBetween, type IsoDate } from '../../core/isoDate.js';
import type { AllianceFeature, AllianceItemId, FirstYearTarget } from './catalogue.js';
import type { AllianceEvidence, LearningAlliance } from './model.js';

/** Where a piece of evidence came from. */
export type EvidenceSource = 'evidence' | 'members' | 'lead';

/** Evidence as the report shows it: the input item, or one read from the alliance's record. */
export interface CountedEvidence extends AllianceEvidence {
  /** `'evidence'` for an item of `alliance.evidence`; `'members'` or `'lead'` when read from those records. */
  readonly source: EvidenceSource;
}

/** The status of a feature or target on the day of the report. */
export type AllianceStatus = 'met' | 'in-progress' | 'not-started' | 'overdue';

/** Whether a reported item is one of the five features or one of the seven first-year targets. */
export type AllianceItemKind = 'feature' | 'target';

/** How one feature or first-year target stands on the day of the report. */
export interface AllianceItemReport {
  /** The feature's or target's id. */
  readonly id: AllianceItemId;
  /** Feature or first-year target. */
  readonly kind: AllianceItemKind;
  /** Its name, from the catalogue. */
  readonly name: string;
  /** Met, in progress, not started, or (for a target past its due date) overdue. */
  readonly status: AllianceStatus;
  /** The evidence dated on or before `asOf`, oldest first. */
  readonly evidence: readonly CountedEvidence[];
  /** How many `'met'` pieces of evidence on different dates it takes. */
  readonly evidenceNeeded: number;
  /** How many different dates carry `'met'` evidence so far (at most `evidenceNeeded`). */
  readonly evidenceMet: number;
  /** The date of the earliest evidence, or `null` when there is none. */
  readonly firstEvidenceOn: IsoDate | null;
  /** The date the item was met, or `null` while it is not. */
  readonly metOn: IsoDate | null;
  /** The due date of a target; `null` for a feature, which has no deadline. */
  readonly due: IsoDate | null;
  /** For a met target, whether it was met on or before its due date; otherwise `null`. */
  readonly onTime: boolean | null;
}

/** A suggested next step towards an item that is not yet met, and why it comes where it does. */
export interface AllianceNextStep {
  /** The feature or target the step works towards. */
  readonly id: AllianceItemId;
  /** Feature or first-year target. */
  readonly kind: AllianceItemKind;
  /** What to do. */
  readonly action: string;
  /** Why this step, and why at this place in the list. */
  readonly reason: string;
  /** The target's due date, or `null` for a feature. */
  readonly due: IsoDate | null;
}

/** Splits the alliance's evidence, its members and its lead into dated evidence items. */
export function collectEvidence(
  alliance: LearningAlliance,
  minimumMembers: number,
): CountedEvidence[] {
  const items: CountedEvidence[] = alliance.evidence.map((item) => ({
    ...item,
    source: 'evidence',
  }));
  const joined = alliance.members
    .map((member) => ({ member, date: member.joined ?? alliance.founded }))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.member.id, b.member.id));
  joined.forEach(({ member, date }, index) => {
    const reached = index + 1 === minimumMembers;
    items.push({
      about: 'membership',
      date,
      description: reached
        ? `${member.name} joined, making ${String(minimumMembers)} member organisations`
        : `${member.name} joined`,
      counts: reached ? 'met' : 'progress',
      source: 'members',
    });
  });
  if (alliance.lead !== undefined) {
    const { organisation, since } = alliance.lead;
    const name = alliance.members.find((member) => member.id === organisation)?.name;
    items.push({
      about: 'lead-organisation',
      date: since,
      description: `${name ?? organisation} took on the lead`,
      counts: 'met',
      source: 'lead',
    });
  }
  return items;
}

/** Reports one item from its evidence (already filtered to the item and to `asOf`). */
export function reportItem(
  entry: AllianceFeature | FirstYearTarget,
  kind: AllianceItemKind,
  evidence: readonly CountedEvidence[],
  due: IsoDate | null,
  asOf: IsoDate,
): AllianceItemReport {
  const sorted = [...evidence].sort((a, b) => compareText(a.date, b.date));
  const metDates = [
    ...new Set(sorted.filter((item) => item.counts === 'met').map((item) => item.date)),
  ];
  const metOn = metDates[entry.evidenceNeeded - 1] ?? null;
  const status =
    metOn !== null
      ? 'met'
      : due !== null && asOf > due
        ? 'overdue'
        : sorted.length > 0
          ? 'in-progress'
          : 'not-started';
  return {
    id: entry.id,
    kind,
    name: entry.name,
    status,
    evidence: sorted,
    evidenceNeeded: entry.evidenceNeeded,
    evidenceMet: Math.min(metDates.length, entry.evidenceNeeded),
    firstEvidenceOn: sorted[0]?.date ?? null,
    metOn,
    due,
    onTime: metOn !== null && due !== null ? metOn <= due : null,
  };
}

/** The due date of a target: whole months after founding. */
export function dueDate(founded: IsoDate, months: number): IsoDate {
  return addToIsoDate(founded, { months });
}

/**
 * The next steps, most pressing first: overdue targets (longest overdue first), then the
 * other unmet targets by due date, then unmet features (started before not started); ties
 * keep catalogue order.
 */
export function planNextSteps(
  items: readonly AllianceItemReport[],
  firstSteps: ReadonlyMap<AllianceItemId, string>,
  asOf: IsoDate,
): AllianceNextStep[] {
  const open = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.status !== 'met');
  const rank = (item: AllianceItemReport): number =>
    item.status === 'overdue' ? 0 : item.kind === 'target' ? 1 : 2;
  open.sort(
    (a, b) =>
      rank(a.item) - rank(b.item) ||
      compareText(a.item.due ?? '', b.item.due ?? '') ||
      (a.item.status === 'in-progress' ? 0 : 1) - (b.item.status === 'in-progress' ? 0 : 1) ||
      a.index - b.index,
  );
  return open.map(({ item }) => ({
    id: item.id,
    kind: item.kind,
    action: actionFor(item, firstSteps.get(item.id) ?? ''),
    reason: reasonFor(item, asOf),
    due: item.due,
  }));
}

function actionFor(item: AllianceItemReport, firstStep: string): string {
  if (item.evidence.length === 0) return firstStep;
  const missing = item.evidenceNeeded - item.evidenceMet;
  return missing > 1 || item.evidenceNeeded > 1
    ? `Carry on and record ${String(missing)} more piece${missing === 1 ? '' : 's'} of evidence marked met, on different dates.`
    : 'Finish the work already started and record the evidence that shows it done.';
}

function reasonFor(item: AllianceItemReport, asOf: IsoDate): string {
  const sofar = `${String(item.evidenceMet)} of ${String(item.evidenceNeeded)} needed so far`;
  const started =
    item.evidence.length === 0
      ? 'nothing recorded yet'
      : `${String(item.evidence.length)} piece${item.evidence.length === 1 ? '' : 's'} of evidence, ${sofar}`;
  if (item.due === null) {
    return `A feature with no deadline; ${started}.`;
  }
  const days = countDaysBetween(asOf, item.due);
  const when =
    days < 0
      ? `Overdue: it was due on ${item.due}, ${String(-days)} day${days === -1 ? '' : 's'} ago`
      : `Due on ${item.due}, in ${String(days)} day${days === 1 ? '' : 's'}`;
  return `${when}; ${started}.`;
}

/** Compares two texts by code unit, which orders `YYYY-MM-DD` dates by time. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
