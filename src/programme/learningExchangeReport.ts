import { z } from 'zod';
import type { IsoDate } from '../core/index.js';
import { parseWith } from '../core/validation.js';
import { sizeLimitError, withCommas } from '../internal/sizeLimit.js';
import { brandesBetweenness, connectedComponents } from './exchanges/betweenness.js';
import { ExchangePerson, LearningExchanges, type LearningExchange } from './exchanges/model.js';

/**
 * What a person does in the exchanges: both learns and teaches (the aim of peer learning),
 * only learns, only teaches, or takes no part yet.
 */
export type ExchangeRole = 'both' | 'learner' | 'teacher' | 'inactive';

/** Options for {@link learningExchangeReport}. */
export interface LearningExchangeReportOptions {
  /**
   * The people in the programme, with their areas and organisations (`Member` records fit).
   * When given, every learner and teacher must be listed, bridging is measured, and listed
   * people with no exchange are reported as isolated and kept in the network.
   */
  readonly people?: readonly ExchangePerson[];
  /** How many brokers to name (people with the highest betweenness above 0); default 3. */
  readonly brokerCount?: number;
}

/** One person's part in the exchanges and their place in the network. */
export interface ExchangePersonSummary {
  /** The person's id. */
  readonly id: string;
  /** The person's area, when `people` gave one; otherwise `null`. */
  readonly area: string | null;
  /** The person's organisation, when `people` gave one; otherwise `null`. */
  readonly organisation: string | null;
  /** Whether the person was listed in `people` (as opposed to only seen in an exchange). */
  readonly listed: boolean;
  /** How many exchanges they taught in. */
  readonly given: number;
  /** How many exchanges they learned in. */
  readonly received: number;
  /** The topics they taught, sorted, each once. */
  readonly topicsGiven: readonly string[];
  /** The topics they learned, sorted, each once. */
  readonly topicsReceived: readonly string[];
  /** The people they taught, sorted, each once. */
  readonly taught: readonly string[];
  /** The people they learned from, sorted, each once. */
  readonly learnedFrom: readonly string[];
  /** Whether they learn, teach, both or neither. */
  readonly role: ExchangeRole;
  /** The number of different people they exchanged with either way (undirected degree). */
  readonly degree: number;
  /** The number of different people they learned from (in-degree: teacher → learner). */
  readonly inDegree: number;
  /** The number of different people they taught (out-degree: teacher → learner). */
  readonly outDegree: number;
  /** Betweenness centrality in the undirected network, normalised as networkx does. */
  readonly betweenness: number;
  /**
   * Betweenness centrality in the directed network where ties run teacher → learner: how
   * far the person passes on what others taught them. Normalised as networkx does.
   */
  readonly directedBetweenness: number;
  /** The position of the person's connected component in `network.components`. */
  readonly component: number;
}

/** A pair of people who have both taught and learned from each other. */
export type ReciprocatedPair = readonly [first: string, second: string];

/** How far learning runs both ways, by person and by tie. */
export interface ExchangeReciprocity {
  /** People in at least one exchange. */
  readonly activePeople: number;
  /** Active people who both learned and taught. */
  readonly learnersAndTeachers: number;
  /** Active people who only learned. */
  readonly learnersOnly: number;
  /** Active people who only taught. */
  readonly teachersOnly: number;
  /** `learnersAndTeachers / activePeople`; `null` when nobody is active. */
  readonly share: number | null;
  /** Pairs of people with at least one exchange between them, either way. */
  readonly connectedPairs: number;
  /** The pairs in which each has taught the other, sorted; each pair sorted by id. */
  readonly reciprocatedPairs: readonly ReciprocatedPair[];
  /** `reciprocatedPairs.length / connectedPairs`; `null` when there are no pairs. */
  readonly pairShare: number | null;
  /**
   * The share of directed ties (teacher → learner) whose reverse also exists, as
   * networkx's `overall_reciprocity` reports it; `null` when there are no ties.
   */
  readonly tieReciprocity: number | null;
}

/** The exchanges that flow from one area (or organisation) to another. */
export interface ExchangeFlow {
  /** The teacher's area (or organisation). */
  readonly from: string;
  /** The learner's area (or organisation). */
  readonly to: string;
  /** How many exchanges flowed this way. */
  readonly exchanges: number;
  /** Whether `from` and `to` differ. */
  readonly crossing: boolean;
}

/** How far exchanges cross between areas (or organisations). */
export interface ExchangeBridging {
  /** Exchanges where both people's area (or organisation) is known. */
  readonly known: number;
  /** Exchanges where at least one side is not known; `known + unknown` is every exchange. */
  readonly unknown: number;
  /** Known exchanges between different areas (or organisations). */
  readonly crossing: number;
  /** `crossing / known`; `null` when no exchange is known. */
  readonly share: number | null;
  /** Exchanges per (from, to) pair, sorted by `from` then `to`. */
  readonly flows: readonly ExchangeFlow[];
}

/** The exchanges from one teacher to one learner. */
export interface ExchangeLink {
  /** The teacher's id. */
  readonly teacher: string;
  /** The learner's id. */
  readonly learner: string;
  /** How many exchanges the teacher gave the learner. */
  readonly exchanges: number;
  /** The topics, sorted, each once. */
  readonly topics: readonly string[];
}

/** A person who sits on many shortest paths between others. */
export interface ExchangeBroker {
  /** The person's id. */
  readonly id: string;
  /** Their betweenness centrality in the undirected network. */
  readonly betweenness: number;
}

/** The exchange network: links, components, isolated people and brokers. */
export interface ExchangeNetwork {
  /** The number of people in the network: everyone listed or in an exchange. */
  readonly nodeCount: number;
  /** The number of pairs of people with an exchange between them (undirected edges). */
  readonly tieCount: number;
  /** `2 · tieCount / (n (n − 1))`, as networkx's `density`; 0 for fewer than 2 people. */
  readonly density: number;
  /** Teacher → learner links, sorted by teacher then learner. */
  readonly links: readonly ExchangeLink[];
  /**
   * The connected components of the undirected network: every person in exactly one;
   * each sorted by id; largest first, then by first id.
   */
  readonly components: readonly (readonly string[])[];
  /** Listed people who are in no exchange, sorted. */
  readonly isolated: readonly string[];
  /** The people with the highest betweenness (above 0), highest first, ties by id. */
  readonly brokers: readonly ExchangeBroker[];
}

/** The count of exchanges on one topic. */
export interface ExchangeTopicSummary {
  /** The topic. */
  readonly topic: string;
  /** How many exchanges were on it. */
  readonly exchanges: number;
  /** How many different people taught it. */
  readonly teachers: number;
  /** How many different people learned it. */
  readonly learners: number;
}

/** The count of exchanges through one activity. */
export interface ExchangeActivitySummary {
  /** The activity's id. */
  readonly activity: string;
  /** How many exchanges happened through it. */
  readonly exchanges: number;
}

/** The dates of the first and last exchanges reported on. */
export interface ExchangePeriod {
  /** The date of the earliest exchange. */
  readonly first: IsoDate;
  /** The date of the latest exchange. */
  readonly last: IsoDate;
}

/** What {@link learningExchangeReport} returns. */
export interface LearningExchangeReport {
  /** The number of exchanges reported on. */
  readonly exchangeCount: number;
  /** The first and last exchange dates; `null` when there are none. */
  readonly period: ExchangePeriod | null;
  /** Every person (listed or in an exchange), sorted by id. */
  readonly people: readonly ExchangePersonSummary[];
  /** How far learning runs both ways. */
  readonly reciprocity: ExchangeReciprocity;
  /** How far exchanges cross areas and organisations (needs `people`). */
  readonly bridging: {
    /** Across areas. */
    readonly area: ExchangeBridging;
    /** Across organisations. */
    readonly organisation: ExchangeBridging;
  };
  /** The network measures. */
  readonly network: ExchangeNetwork;
  /** Exchanges per topic, sorted by topic. */
  readonly topics: readonly ExchangeTopicSummary[];
  /** Exchanges per activity, sorted by activity id. */
  readonly activities: readonly ExchangeActivitySummary[];
}

const FN = 'learningExchangeReport';

const ReportInput = /* @__PURE__ */ (() =>
  z
    .object({
      exchanges: LearningExchanges,
      options: z
        .strictObject({
          people: z.array(ExchangePerson).optional(),
          brokerCount: z.int().min(0).default(3),
        })
        .prefault({}),
    })
    .superRefine(({ exchanges, options }, context) => {
      const issue = (path: (string | number)[], message: string): void => {
        context.addIssue({ code: 'custom', path, message });
      };
      if (options.people === undefined) return;
      const listed = new Map<string, number>();
      options.people.forEach((person, i) => {
        const earlier = listed.get(person.id);
        if (earlier === undefined) listed.set(person.id, i);
        else
          issue(
            ['options', 'people', i, 'id'],
            `repeats the id ${JSON.stringify(person.id)} of person ${String(earlier)}; every person needs a different id`,
          );
      });
      exchanges.forEach((exchange, i) => {
        for (const side of ['learner', 'teacher'] as const) {
          if (!listed.has(exchange[side]))
            issue(
              ['exchanges', i, side],
              `names ${JSON.stringify(exchange[side])}, who is not in options.people; add them or correct the id`,
            );
        }
      });
    }))();

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort(byText);

/** The most work for betweenness, people × (people + ties): 2,000 people with 10,000 ties take about 1.5 s. */
const MAX_WORK = 20_000_000;

/**
 * Refuses, before betweenness is computed, a network whose measures would take more than
 * a few seconds. Brandes' algorithm searches from every person, and each search costs
 * people + ties (listed people without an exchange included).
 */
function refuseOversized(undirected: readonly (readonly number[])[]): void {
  const people = undirected.length;
  let ends = 0;
  for (const partners of undirected) ends += partners.length;
  const ties = ends / 2;
  const work = people * (people + ties);
  if (work <= MAX_WORK) return;
  throw sizeLimitError(
    FN,
    ['exchanges'],
    '',
    `join ${withCommas(people)} people by ${withCommas(ties)} ${ties === 1 ? 'tie' : 'ties'}; the network measures cost people × (people + ties), here ${withCommas(work)}, and at most ${withCommas(MAX_WORK)} is taken at once, so report on one area, cluster or period at a time`,
  );
}

/**
 * Reports who learned what from whom: each person's giving and receiving, reciprocity,
 * bridging across areas and organisations, and the measures of the exchange network.
 *
 * Peer learning works when members teach as well as learn, when learning crosses areas
 * and organisations rather than staying inside them, and when nobody is left out. This
 * report reads those three things from a log of exchanges. Reciprocity is the share of
 * active people who both learned and taught, and the pairs in which each taught the
 * other. Bridging is the share of exchanges between different areas (or organisations)
 * with the flows from each to each. The network joins two people when either taught the
 * other: degree counts different partners; betweenness centrality (Freeman 1977, computed
 * by Brandes' algorithm, Brandes 2001) is the share of shortest paths between others that
 * pass through a person, so the highest are the brokers who hold separate groups together
 * (and whose leaving would split them); components show groups with no link between them;
 * isolated people are those listed who have no exchange yet. Betweenness matches
 * networkx's `betweenness_centrality(G)` (normalised by default), on the undirected graph
 * and on the directed graph teacher → learner, with every person as a node. Repeated
 * exchanges between the same two people count once in the network measures.
 *
 * The order of `exchanges` and `people` does not matter: everything is sorted by id.
 * Cost: O(n·(n + m)) for betweenness (n people, listed ones included, and m ties) plus
 * O(e log e) for e exchanges. Limit: n·(n + m) at most 20,000,000 (2,000 people with 8,000
 * ties, or 4,000 people with 1,000), about 1.5 s at the limit.
 *
 * @param exchanges - the exchanges; ids must differ; a learner is never their own teacher.
 * @param options - the people (for bridging and isolated people) and how many brokers to name.
 * @returns the report; see {@link LearningExchangeReport}.
 * @throws {@link InvalidInputError} (`invalid_input`) with the path of each problem: a
 *   missing or malformed field (such as a date not written `YYYY-MM-DD`), a repeated id, a
 *   self-exchange, or a learner or teacher not in `options.people` when it is given; and,
 *   before the network measures, people × (people + ties) above 20,000,000.
 *
 * @example
 * ```ts
 * const exchanges = [
 *   { id: 'x1', learner: 'ama', teacher: 'ben', topic: 'rotas', date: '2026-03-05', activity: 'shadowing' },
 *   { id: 'x2', learner: 'ben', teacher: 'ama', topic: 'safeguarding', date: '2026-03-12', activity: 'buddy-meeting' },
 *   { id: 'x3', learner: 'cal', teacher: 'ben', topic: 'rotas', date: '2026-04-02', activity: 'shadowing' },
 * ];
 * const people = [
 *   { id: 'ama', area: 'North' },
 *   { id: 'ben', area: 'South' },
 *   { id: 'cal', area: 'South' },
 *   { id: 'dee', area: 'East' },
 * ];
 * const report = learningExchangeReport(exchanges, { people });
 * report.reciprocity.share; // ama and ben both learned and taught; cal only learned
 * // => 2 / 3
 * report.reciprocity.reciprocatedPairs;
 * // => [['ama', 'ben']]
 * report.bridging.area.share; // x1 and x2 cross North–South; x3 stays in South
 * // => 2 / 3
 * report.network.brokers; // ben lies between ama and cal; dee counts as a node
 * // => [{ id: 'ben', betweenness: 1 / 3 }]
 * report.network.isolated;
 * // => ['dee']
 * ```
 */
export function learningExchangeReport(
  exchanges: readonly LearningExchange[],
  options: LearningExchangeReportOptions = {},
): LearningExchangeReport {
  const input = parseWith(ReportInput, { exchanges, options }, { fn: FN });
  const list = input.exchanges;
  const listedPeople = new Map((input.options.people ?? []).map((person) => [person.id, person]));

  const ids = sortedUnique([
    ...listedPeople.keys(),
    ...list.flatMap((exchange) => [exchange.learner, exchange.teacher]),
  ]);
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const at = (id: string): number => index.get(id) as number;

  // Directed ties teacher → learner, with their exchanges.
  const links = new Map<
    string,
    { teacher: string; learner: string; exchanges: number; topics: Set<string> }
  >();
  const given = new Array<number>(n).fill(0);
  const received = new Array<number>(n).fill(0);
  const topicsGiven = ids.map(() => new Set<string>());
  const topicsReceived = ids.map(() => new Set<string>());
  const out = ids.map(() => new Set<number>());
  const into = ids.map(() => new Set<number>());
  for (const exchange of list) {
    const t = at(exchange.teacher);
    const l = at(exchange.learner);
    given[t] = (given[t] as number) + 1;
    received[l] = (received[l] as number) + 1;
    topicsGiven[t]?.add(exchange.topic);
    topicsReceived[l]?.add(exchange.topic);
    out[t]?.add(l);
    into[l]?.add(t);
    const key = `${exchange.teacher}\u0000${exchange.learner}`;
    const link = links.get(key) ?? {
      teacher: exchange.teacher,
      learner: exchange.learner,
      exchanges: 0,
      topics: new Set<string>(),
    };
    link.exchanges += 1;
    link.topics.add(exchange.topic);
    links.set(key, link);
  }

  const sortedNumbers = (values: Iterable<number>): number[] => [...values].sort((a, b) => a - b);
  const directed = out.map(sortedNumbers);
  const undirected = ids.map((_, v) =>
    sortedNumbers(new Set([...(out[v] ?? []), ...(into[v] ?? [])])),
  );
  refuseOversized(undirected);
  const betweenness = brandesBetweenness(undirected);
  const directedBetweenness = brandesBetweenness(directed);

  const components = connectedComponents(undirected)
    .map((component) => component.map((v) => ids[v] as string))
    .sort((a, b) => b.length - a.length || byText(a[0] ?? '', b[0] ?? ''));
  const componentOf = new Map<string, number>();
  components.forEach((component, c) => {
    for (const id of component) componentOf.set(id, c);
  });

  const roleOf = (v: number): ExchangeRole => {
    const gives = (given[v] as number) > 0;
    const receives = (received[v] as number) > 0;
    return gives && receives ? 'both' : gives ? 'teacher' : receives ? 'learner' : 'inactive';
  };
  const people = ids.map((id, v): ExchangePersonSummary => {
    const person = listedPeople.get(id);
    return {
      id,
      area: person?.area ?? null,
      organisation: person?.organisation ?? null,
      listed: person !== undefined,
      given: given[v] as number,
      received: received[v] as number,
      topicsGiven: sortedUnique(topicsGiven[v] ?? []),
      topicsReceived: sortedUnique(topicsReceived[v] ?? []),
      taught: (directed[v] ?? []).map((w) => ids[w] as string),
      learnedFrom: sortedNumbers(into[v] ?? []).map((w) => ids[w] as string),
      role: roleOf(v),
      degree: undirected[v]?.length ?? 0,
      inDegree: into[v]?.size ?? 0,
      outDegree: out[v]?.size ?? 0,
      betweenness: betweenness[v] as number,
      directedBetweenness: directedBetweenness[v] as number,
      component: componentOf.get(id) as number,
    };
  });

  // Reciprocity by person and by tie.
  const active = people.filter((person) => person.role !== 'inactive');
  const count = (role: ExchangeRole): number =>
    active.filter((person) => person.role === role).length;
  const reciprocatedPairs: ReciprocatedPair[] = [];
  let connectedPairs = 0;
  let directedTies = 0;
  for (let v = 0; v < n; v += 1) {
    directedTies += out[v]?.size ?? 0;
    for (const w of undirected[v] ?? []) {
      if (w <= v) continue;
      connectedPairs += 1;
      if (out[v]?.has(w) === true && out[w]?.has(v) === true)
        reciprocatedPairs.push([ids[v] as string, ids[w] as string]);
    }
  }
  const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

  // Bridging across areas and organisations.
  const bridging = (field: 'area' | 'organisation'): ExchangeBridging => {
    const flows = new Map<string, ExchangeFlow>();
    let known = 0;
    let crossing = 0;
    for (const exchange of list) {
      const from = listedPeople.get(exchange.teacher)?.[field];
      const to = listedPeople.get(exchange.learner)?.[field];
      if (from === undefined || to === undefined) continue;
      known += 1;
      if (from !== to) crossing += 1;
      const key = `${from}\u0000${to}`;
      const flow = flows.get(key);
      flows.set(key, { from, to, exchanges: (flow?.exchanges ?? 0) + 1, crossing: from !== to });
    }
    return {
      known,
      unknown: list.length - known,
      crossing,
      share: ratio(crossing, known),
      flows: [...flows.values()].sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to)),
    };
  };

  // Ranked on values rounded to 1e-12, so that equal betweenness computed in a different
  // order of additions still ties, and the tie goes to the lower id.
  const rank = (value: number): number => Math.round(value * 1e12);
  const brokers = people
    .filter((person) => rank(person.betweenness) > 0)
    .sort((a, b) => rank(b.betweenness) - rank(a.betweenness) || byText(a.id, b.id))
    .slice(0, input.options.brokerCount)
    .map((person) => ({ id: person.id, betweenness: person.betweenness }));

  const topicStats = new Map<
    string,
    { exchanges: number; teachers: Set<string>; learners: Set<string> }
  >();
  const activityCounts = new Map<string, number>();
  for (const exchange of list) {
    const stats = topicStats.get(exchange.topic) ?? {
      exchanges: 0,
      teachers: new Set<string>(),
      learners: new Set<string>(),
    };
    stats.exchanges += 1;
    stats.teachers.add(exchange.teacher);
    stats.learners.add(exchange.learner);
    topicStats.set(exchange.topic, stats);
    activityCounts.set(exchange.activity, (activityCounts.get(exchange.activity) ?? 0) + 1);
  }
  const dates = list.map((exchange) => exchange.date).sort(byText);

  return {
    exchangeCount: list.length,
    period:
      dates.length === 0
        ? null
        : { first: dates[0] as IsoDate, last: dates[dates.length - 1] as IsoDate },
    people,
    reciprocity: {
      activePeople: active.length,
      learnersAndTeachers: count('both'),
      learnersOnly: count('learner'),
      teachersOnly: count('teacher'),
      share: ratio(count('both'), active.length),
      connectedPairs,
      reciprocatedPairs,
      pairShare: ratio(reciprocatedPairs.length, connectedPairs),
      tieReciprocity: ratio(2 * reciprocatedPairs.length, directedTies),
    },
    bridging: { area: bridging('area'), organisation: bridging('organisation') },
    network: {
      nodeCount: n,
      tieCount: connectedPairs,
      density: n < 2 ? 0 : (2 * connectedPairs) / (n * (n - 1)),
      links: [...links.values()]
        .sort((a, b) => byText(a.teacher, b.teacher) || byText(a.learner, b.learner))
        .map((link) => ({ ...link, topics: sortedUnique(link.topics) })),
      components,
      isolated: people
        .filter((person) => person.listed && person.role === 'inactive')
        .map((person) => person.id),
      brokers,
    },
    topics: [...topicStats.entries()]
      .sort(([a], [b]) => byText(a, b))
      .map(([topic, stats]) => ({
        topic,
        exchanges: stats.exchanges,
        teachers: stats.teachers.size,
        learners: stats.learners.size,
      })),
    activities: [...activityCounts.entries()]
      .sort(([a], [b]) => byText(a, b))
      .map(([activity, exchanges]) => ({ activity, exchanges })),
  };
}
