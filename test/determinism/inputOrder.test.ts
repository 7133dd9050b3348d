/**
 * Determinism (issue 10, part 3): the same input twice gives the same output, byte for
 * byte, and where the order of a collection should not matter (participants, responses,
 * members, sessions, activity records, exchanges, evaluation forms, grants, evidence…),
 * a shuffled input gives the same result. Shuffles use the library's own `shuffle` with a
 * generator seeded by fast-check, and reach into nested lists too.
 *
 * Two kinds of claim, named in each test:
 * - "byte for byte": `JSON.stringify` of the result is the same;
 * - "sorted by id": the result lists things in input order (a per-response list, the
 *   caller's own records passed back), so the lists are sorted by id, and positions in the
 *   input (`index`) are left out, before comparing byte for byte.
 *
 * Every public function, module by module (src/<module>/index.ts), and where its order
 * independence is tested. "here" means this file; "n/a" says why order is meaningful or
 * there is no collection.
 *
 * core
 *   PeerLearnError, InvalidInputError, InvalidTransitionError, InfeasibleRequestError,
 *   isPeerLearnError, toInvalidInputError, formatPath, deepFreeze — n/a (no collection whose
 *   order is free: issue lists and paths are ordered)
 *   createRandom, restoreRandom, shuffle — n/a (ordered by nature)
 *   addToIsoDate, compareIsoDates, compareIsoDateTimes, countDaysBetween, findNextWeekday,
 *   findWeekdayInMonth, getIsoWeekday, isIsoDate, parseIsoDate — n/a (scalars)
 *   parseMember, safeParseMember — n/a; parseMembers, safeParseMembers — here (sorted by id)
 *   parseCsv, toCsv — n/a (rows are ordered text)
 * survey
 *   wilsonInterval, compareProportions, tCdf, tQuantile, tSurvival — n/a (scalars)
 *   proportionTrend, chartProportionTrend — n/a (groups are ordered sessions)
 *   comparePaired, comparePairedProportions — here (pairs shuffled together)
 *   cronbachAlpha — rows: test/survey/cronbachAlpha.prop.test.ts (to 1e-9) and here (byte for
 *   byte); items: cronbachAlpha.prop.test.ts (items are ordered columns)
 *   defineInstrument, safeParseInstrument — n/a (items and domains are in display order)
 *   scoreResponses — here (sorted by id); summariseScores, chartBandShares, reliability —
 *   here (byte for byte, through scoreResponses of shuffled responses)
 *   responsesFromCsv, responsesToCsv — n/a (rows are ordered text)
 * pairing
 *   maxWeightMatching — test/pairing/maxWeightMatching.prop.test.ts (edges)
 *   pairParticipants — test/pairing/pairParticipants.test.ts:279 (participants reversed) and
 *   here (participants, their topics, languages and availability, history rounds and groups,
 *   never- and must-pairs)
 *   planRounds — test/pairing/planRounds.prop.test.ts (participants reversed) and here
 *   (participants, absences, pauses, history)
 *   formGroups — test/pairing/formGroups.prop.test.ts and formGroups.test.ts (participants)
 *   and here (participants with nested lists, history, never/must-together)
 *   assignMentors — test/pairing/assignMentors.prop.test.ts (mentors, mentees rotated) and
 *   here (shuffled, with nested lists)
 *   pairingToMermaid — here (participants and the result's groups)
 *   participantsFromCsv, participantsToCsv — n/a (rows are ordered text)
 * action-learning
 *   classifyQuestion — n/a (text); defineMachine, machineEvent — n/a
 *   meetingMachine.*, setMachine.* — n/a (events are ordered by time; replay is tested in
 *   test/serialisation/roundTrip.test.ts)
 *   allocateAirtime — test/action-learning/allocateAirtime.test.ts:123 (ties) and here
 *   (byte for byte for leastRecent, whose order is by priority; sorted by member for equal
 *   and proportional, which speak in bid order)
 *   meetingReport — n/a (a set's meetings are passed in order; one meeting's records are
 *   ordered by time)
 * practice
 *   assessCommunity — test/practice/assessCommunity.prop.test.ts
 *   compareAssessments — test/practice/assessCommunity.prop.test.ts
 *   classifyParticipation — test/practice/classifyParticipation.prop.test.ts
 *   analyseOutsideVoices, inventorySpaces — test/practice/spaces.prop.test.ts
 *   analyseRhythm — test/practice/analyseRhythm.prop.test.ts
 *   estimateStage — test/practice/estimateStage.prop.test.ts
 *   analyseValueCreation — test/practice/analyseValueCreation.prop.test.ts
 *   parseValueStories, safeParseValueStories — here (sorted by id)
 *   chartPrinciples — n/a (assessments are drawn in the given order)
 * programme
 *   planSessions — here (skip, blackouts, weekdays)
 *   checkCadence — here (sessions)
 *   toICalendar — n/a (sessions are written as given)
 *   evaluationTrend — here (the forms within each session; sessions are ordered)
 *   rollUpCounts — test/programme/rollUpCounts.prop.test.ts
 *   parseLearningCluster, safeParseLearningCluster — n/a (a model: lists kept as given)
 *   clusterTimeline — here (sessions, speakers, attendance, buddy rounds, grants, participants)
 *   planClusterBuddies — here (the same; the cluster it hands back sorted by id)
 *   assessPilotGrant — here (topics and areas of the application and the rules)
 *   pilotGrantRulesFor — n/a (copies the cluster's lists)
 *   summarisePilotGrants — here (decisions and payments)
 *   allianceProgress — here (members and evidence)
 *   planLearningRoutes — here (`exclude`)
 *   parseLearningExchanges, safeParseLearningExchanges — n/a (a model: lists kept as given)
 *   learningExchangeReport — test/programme/learningExchangeReport.prop.test.ts
 *   exchangeNetworkToMermaid — here (through learningExchangeReport of shuffled exchanges)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToIsoDate,
  allianceProgress,
  allocateAirtime,
  ALLIANCE_FEATURES,
  assessPilotGrant,
  assignMentors,
  chartBandShares,
  checkCadence,
  clusterTimeline,
  comparePaired,
  comparePairedProportions,
  createRandom,
  cronbachAlpha,
  evaluationTrend,
  exchangeNetworkToMermaid,
  FIRST_YEAR_TARGETS,
  formGroups,
  isPeerLearnError,
  learningExchangeReport,
  pairingToMermaid,
  pairParticipants,
  parseMembers,
  parseValueStories,
  planClusterBuddies,
  planLearningRoutes,
  planRounds,
  planSessions,
  PEER_LEARNING_ACTIVITIES,
  reliability,
  safeParseMembers,
  safeParseValueStories,
  scoreResponses,
  SESSION_EVALUATION_FORM,
  shuffle,
  SOCIAL_CLIMATE_SURVEY,
  summarisePilotGrants,
  summariseScores,
  type AirtimeBidInput,
  type ClusterPilotGrantInput,
  type EvaluatedSession,
  type LearningAllianceInput,
  type LearningClusterInput,
  type LearningExchange,
  type MenteeInput,
  type MentorInput,
  type PairingParticipantInput,
  type PairingRoundInput,
  type PilotGrantApplicationInput,
  type PlanSessionsOptions,
  type SeededRandom,
  type ValueStoryInput,
} from '../../src/index.js';
import { nonJsonText } from '../serialisation/plainJson.js';
import * as publicApi from '../../src/index.js';

// -- the harness ---------------------------------------------------------------------------

/** A seed for `shuffle`, as an app would pass one: a whole number or any text. */
const seedArb = fc.oneof(fc.integer(), fc.string({ maxLength: 8 }));

/** A seeded shuffle of a list (a new array; the list is left as it was). */
const mix = <T>(list: readonly T[], random: SeededRandom): T[] => shuffle(list, random);

/** A call's result, or the code of the PeerLearnError it threw. */
type Outcome =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly code: string };

function attempt(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (isPeerLearnError(error)) return { ok: false, code: error.code };
    throw error;
  }
}

/** An outcome as text: the result as JSON (checked to be plain JSON), or the error's code. */
function asText(outcome: Outcome): string {
  if (!outcome.ok) return `error ${outcome.code}`;
  const problem = nonJsonText(outcome.value, 'result');
  if (problem !== null) throw new Error(`the result is not plain JSON: ${problem}`);
  return JSON.stringify(outcome.value);
}

interface OrderCase<Input> {
  /** Valid inputs. */
  readonly input: fc.Arbitrary<Input>;
  /** The same input with every order-free list shuffled, through `random`. */
  readonly reorder: (input: Input, random: SeededRandom) => Input;
  /** The function under test. */
  readonly run: (input: Input) => unknown;
  /**
   * What to compare: for "sorted by id", the result with its lists sorted (it is given the
   * input the result came from, to name things by content rather than by place); by
   * default the result itself.
   */
  readonly normalise?: (result: never, input: Input) => unknown;
  readonly numRuns?: number;
}

/**
 * Checks both claims: the same input twice (the second time a fresh copy) gives the same
 * JSON, and the reordered input gives the same JSON after `normalise`.
 */
function checkOrderFree<Input>(spec: OrderCase<Input>): void {
  const normalise = (spec.normalise ?? ((result: unknown) => result)) as (
    result: unknown,
    input: Input,
  ) => unknown;
  const compared = (outcome: Outcome, input: Input): string =>
    asText(outcome.ok ? { ok: true, value: normalise(outcome.value, input) } : outcome);
  fc.assert(
    fc.property(spec.input, seedArb, (input, seed) => {
      const first = attempt(() => spec.run(input));
      const again = attempt(() => spec.run(structuredClone(input)));
      expect(asText(again), 'the same input twice').toBe(asText(first));
      const reordered = spec.reorder(input, createRandom(seed));
      const expected = compared(first, input);
      const actual = compared(
        attempt(() => spec.run(reordered)),
        reordered,
      );
      if (actual !== expected) {
        throw new Error(`shuffled input: ${describeDifference(expected, actual)}`);
      }
    }),
    { numRuns: spec.numRuns ?? 40 },
  );
}

/**
 * A `parseX` / `safeParseX` pair over a list of records with ids: shuffled records give the
 * same records from both, once sorted by id.
 */
function checkParsePairOrderFree<Item>(
  input: fc.Arbitrary<Item[]>,
  parse: (list: Item[]) => readonly { id: string }[],
  safeParse: (list: Item[]) => unknown,
): void {
  checkOrderFree({
    input,
    reorder: (list, random) => mix(list, random),
    run: (list) => ({ parsed: parse(list), safe: safeParse(list) }),
    normalise: (result: { parsed: { id: string }[]; safe: { data?: { id: string }[] } }) => ({
      parsed: sortBy(result.parsed, (item) => item.id),
      safe: sortBy(result.safe.data ?? [], (item) => item.id),
    }),
  });
}

/** Where two JSON texts first differ, as a path with both values (shortened). */
function describeDifference(expected: string, actual: string): string {
  const parse = (text: string): unknown =>
    text.startsWith('error') ? text : (JSON.parse(text) as unknown);
  const short = (value: unknown): string => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  };
  const walk = (a: unknown, b: unknown, path: string): string | null => {
    if (JSON.stringify(a) === JSON.stringify(b)) return null;
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
      for (const key of keys) {
        const found = walk(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`,
        );
        if (found !== null) return found;
      }
    }
    return `${path}: ${short(a)} became ${short(b)}`;
  };
  return walk(parse(expected), parse(actual), '$') ?? 'different texts';
}

/**
 * A copy of an alpha result with its per-row lists (`scores` and `missingCounts`, in input
 * order) sorted together, row by row, wherever they occur.
 */
function sortRowLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortRowLists);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, item]) => [key, sortRowLists(item)] as const);
  const copy: Record<string, unknown> = Object.fromEntries(entries);
  const { scores, missingCounts } = copy;
  if (Array.isArray(scores) && Array.isArray(missingCounts)) {
    const rows = scores
      .map((score: unknown, k) => JSON.stringify([score, missingCounts[k]]))
      .sort()
      .map((row) => JSON.parse(row) as [unknown, unknown]);
    copy['scores'] = rows.map((row) => row[0]);
    copy['missingCounts'] = rows.map((row) => row[1]);
  }
  return copy;
}

/** Sorts a copy of a list by a key. */
function sortBy<T>(list: readonly T[], key: (item: T) => string): T[] {
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** A copy of a value with every `index` key removed (positions in the input). */
function withoutIndex(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIndex);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'index')
      .map(([key, item]) => [key, withoutIndex(item)]),
  );
}

const day = (start: string, span: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: span }).map((days) => addToIsoDate(start, { days }));

const AREAS = ['North', 'South', 'East', 'West'] as const;
const TOPICS = ['housing', 'youth', 'rotas', 'funding', 'safeguarding'] as const;

describe('the list at the top of this file', () => {
  it('names every public function and machine', () => {
    const text = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    const header = text.slice(0, text.indexOf('*/'));
    const names = Object.entries(publicApi)
      .filter(
        ([, value]) =>
          (typeof value === 'function' && !('safeParse' in value)) ||
          (typeof value === 'object' && value !== null && 'transition' in value),
      )
      .map(([name]) => name);
    expect(names.length).toBeGreaterThan(80);
    expect(names.filter((name) => !new RegExp(`\\b${name}\\b`, 'u').test(header))).toEqual([]);
  });
});

// -- core ----------------------------------------------------------------------------------

describe('core', () => {
  const members = fc
    .uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 10 })
    .chain((numbers) =>
      fc.tuple(
        ...numbers.map((n) =>
          fc.record({
            id: fc.constant(`m${String(n)}`),
            displayName: fc.constantFrom('Ama', 'Ben', 'Cy'),
            area: fc.constantFrom(...AREAS),
            tags: fc.subarray(['carer', 'trustee', 'new']),
          }),
        ),
      ),
    );

  it('parseMembers and safeParseMembers: shuffled members give the same members, sorted by id', () => {
    checkParsePairOrderFree(members, parseMembers, safeParseMembers);
  });
});

// -- survey --------------------------------------------------------------------------------

describe('survey', () => {
  const CLIMATE_ITEMS = SOCIAL_CLIMATE_SURVEY.items.map((item) => item.id);

  /** Social climate responses: unique ids, some invalid, some respondents twice (timed). */
  const climateResponses = fc
    .array(
      fc.record({
        answers: fc.array(fc.option(fc.integer({ min: 1, max: 6 }), { freq: 4, nil: null }), {
          minLength: CLIMATE_ITEMS.length,
          maxLength: CLIMATE_ITEMS.length,
        }),
        respondent: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
        minute: fc.integer({ min: 0, max: 10_000 }),
        session: fc.constantFrom(1, 2, 3),
        cluster: fc.constantFrom('coast', 'city'),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .map((rows) =>
      rows.map((row, k) => ({
        id: `r${String(k).padStart(2, '0')}`,
        // Every copy has its own instant, so 'latest' and 'first' never fall back on order.
        ...(row.respondent === undefined
          ? {}
          : {
              respondent: `p${String(row.respondent)}`,
              submittedAt: new Date(Date.UTC(2026, 2, 5) + (row.minute * 100 + k) * 60_000)
                .toISOString()
                .replace('.000Z', 'Z'),
            }),
        answers: Object.fromEntries(
          CLIMATE_ITEMS.flatMap((item, j) => {
            const answer = row.answers[j];
            // Leave out some unanswered items, send others as null.
            return answer === undefined || (answer === null && j % 2 === 0) ? [] : [[item, answer]];
          }),
        ),
        fields: { session: row.session, cluster: row.cluster },
      })),
    );

  const scoringOptions = fc.record({
    impute: fc.constantFrom('none' as const, 'median' as const, 'mean' as const),
    duplicates: fc.constantFrom('first' as const, 'latest' as const),
  });

  it('scoreResponses: shuffled responses give the same scores, sorted by id', () => {
    checkOrderFree({
      input: fc.record({ responses: climateResponses, options: scoringOptions }),
      reorder: (input, random) => ({ ...input, responses: mix(input.responses, random) }),
      run: ({ responses, options }) => scoreResponses(SOCIAL_CLIMATE_SURVEY, responses, options),
      normalise: (result: {
        scored: { id: string }[];
        excluded: { id: string | null }[];
        duplicates: { respondent: string; dropped: { id: string }[] }[];
      }) =>
        withoutIndex({
          ...result,
          scored: sortBy(result.scored, (r) => r.id),
          excluded: sortBy(result.excluded, (r) => r.id ?? ''),
          duplicates: sortBy(result.duplicates, (d) => d.respondent).map((d) => ({
            ...d,
            dropped: sortBy(d.dropped, (r) => r.id),
          })),
        }),
    });
  });

  it('summariseScores and chartBandShares: shuffled responses give the same summary, byte for byte', () => {
    checkOrderFree({
      input: fc.record({
        responses: climateResponses,
        options: scoringOptions,
        by: fc.constantFrom(undefined, 'session', ['cluster', 'session']),
      }),
      reorder: (input, random) => ({ ...input, responses: mix(input.responses, random) }),
      run: ({ responses, options, by }) => {
        const summary = summariseScores(scoreResponses(SOCIAL_CLIMATE_SURVEY, responses, options), {
          minGroupSize: 2,
          ...(by === undefined ? {} : { by }),
        });
        return { summary, chart: chartBandShares(summary, 'wellbeing') };
      },
    });
  });

  it('summariseScores: shuffled session evaluations (choices) give the same summary, byte for byte', () => {
    const forms = fc
      .array(
        fc.record({
          overall: fc.option(fc.constantFrom('excellent', 'good', 'fair', 'poor'), { nil: null }),
          mostUseful: fc.subarray(['networking', 'speakers', 'challenges', 'topic', 'buddying']),
          gotWhatWanted: fc.constantFrom('yes', 'partly', 'no'),
        }),
        { maxLength: 30 },
      )
      .map((rows) =>
        rows.map((answers, k) => ({ id: `f${String(k)}`, answers, fields: { table: k % 3 } })),
      );
    checkOrderFree({
      input: forms,
      reorder: (list, random) =>
        mix(list, random).map((form) => ({
          ...form,
          answers: { ...form.answers, mostUseful: mix(form.answers.mostUseful, random) },
        })),
      run: (list) =>
        summariseScores(scoreResponses(SESSION_EVALUATION_FORM, list), {
          by: 'table',
          minGroupSize: 1,
        }),
    });
  });

  it('reliability: shuffled responses give the same coefficients, byte for byte (row scores sorted)', () => {
    checkOrderFree({
      input: fc.record({
        responses: climateResponses,
        impute: fc.constantFrom('none' as const, 'median' as const, 'mean' as const),
      }),
      reorder: (input, random) => ({ ...input, responses: mix(input.responses, random) }),
      run: ({ responses, impute }) =>
        reliability(scoreResponses(SOCIAL_CLIMATE_SURVEY, responses), { impute }),
      normalise: (result: unknown) => sortRowLists(result),
    });
  });

  it('cronbachAlpha: shuffled rows give the same coefficients, byte for byte (row scores sorted)', () => {
    const matrix = fc.array(
      fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 6, nil: null }), {
        minLength: 4,
        maxLength: 4,
      }),
      { minLength: 3, maxLength: 25 },
    );
    checkOrderFree({
      input: matrix,
      reorder: (rows, random) => mix(rows, random),
      run: (rows) => cronbachAlpha(rows),
      normalise: (result: unknown) => sortRowLists(result),
    });
  });

  /**
   * A paired result with `pairs.incomplete` (places in the input) replaced by the pairs at
   * those places, sorted: the same people, whatever their places.
   */
  function incompleteByContent(result: unknown, pairs: readonly (readonly unknown[])[]): unknown {
    const value = result as { pairs: { incomplete: number[] } };
    const incomplete = value.pairs.incomplete.map((k) => JSON.stringify(pairs[k])).sort();
    return { ...value, pairs: { ...value.pairs, incomplete } };
  }

  it('comparePaired: pairs shuffled together give the same tests, byte for byte (incomplete pairs by content)', () => {
    const pairs = fc.array(
      fc.tuple(
        fc.option(fc.integer({ min: 1, max: 7 }), { freq: 6, nil: null }),
        fc.option(fc.integer({ min: 1, max: 7 }), { freq: 6, nil: null }),
      ),
      { minLength: 2, maxLength: 40 },
    );
    checkOrderFree({
      input: fc.record({ pairs, correct: fc.boolean(), exact: fc.boolean() }),
      reorder: (c, random) => ({ ...c, pairs: mix(c.pairs, random) }),
      run: (c) =>
        comparePaired(
          c.pairs.map((row) => row[0]),
          c.pairs.map((row) => row[1]),
          { correct: c.correct, exact: c.exact },
        ),
      normalise: (result: unknown, c) => incompleteByContent(result, c.pairs),
      numRuns: 60,
    });
  });

  it('comparePairedProportions: pairs shuffled together give the same tests, byte for byte (incomplete pairs by content)', () => {
    const pairs = fc.array(
      fc.tuple(
        fc.option(fc.boolean(), { freq: 6, nil: null }),
        fc.option(fc.boolean(), { freq: 6, nil: null }),
      ),
      { minLength: 1, maxLength: 40 },
    );
    checkOrderFree({
      input: fc.record({ pairs, correct: fc.boolean() }),
      reorder: (c, random) => ({ ...c, pairs: mix(c.pairs, random) }),
      run: (c) =>
        comparePairedProportions(
          c.pairs.map((row) => row[0]),
          c.pairs.map((row) => row[1]),
          { correct: c.correct },
        ),
      normalise: (result: unknown, c) => incompleteByContent(result, c.pairs),
      numRuns: 60,
    });
  });
});

// -- pairing -------------------------------------------------------------------------------

describe('pairing', () => {
  /** Participants with areas, organisations, topics, languages and availability. */
  const people = (min: number, max: number): fc.Arbitrary<PairingParticipantInput[]> =>
    fc
      .array(
        fc.record({
          area: fc.constantFrom(...AREAS),
          organisation: fc.constantFrom('Age Concern', 'Food Bank', 'Youth Club'),
          topics: fc.subarray([...TOPICS]),
          languages: fc.subarray(['English', 'Welsh', 'Urdu']),
          availability: fc.subarray(['mon-pm', 'wed-am', 'fri-pm']),
          experience: fc.constantFrom('new' as const, 'experienced' as const, undefined),
        }),
        { minLength: min, maxLength: max },
      )
      .map((rows) =>
        rows.map((row, k) => ({
          id: `p${String(k).padStart(2, '0')}`,
          displayName: `Person ${String(k)}`,
          area: row.area,
          organisation: row.organisation,
          topics: row.topics,
          languages: row.languages,
          availability: row.availability,
          ...(row.experience === undefined ? {} : { experience: row.experience }),
        })),
      );

  /** Every list of a participant shuffled, and the participants too. */
  const mixPeople = (
    list: readonly PairingParticipantInput[],
    random: SeededRandom,
  ): PairingParticipantInput[] =>
    mix(list, random).map((person) => ({
      ...person,
      topics: mix(person.topics ?? [], random),
      languages: mix(person.languages ?? [], random),
      availability: mix(person.availability ?? [], random),
    }));

  /** Earlier rounds among the first `n` people: pairs of neighbours in a shuffled order. */
  const historyOf = (n: number, rounds: number, seed: number): PairingRoundInput[] =>
    Array.from({ length: rounds }, (_, r) => {
      const ids = shuffle(
        Array.from({ length: n }, (_, k) => `p${String(k).padStart(2, '0')}`),
        `${String(seed)}/${String(r)}`,
      );
      const groups: string[][] = [];
      for (let k = 0; k + 1 < ids.length; k += 2) groups.push([ids[k] ?? '', ids[k + 1] ?? '']);
      return { round: r + 1, groups, satOut: ids.length % 2 === 1 ? [ids.at(-1) ?? ''] : [] };
    });

  const mixHistory = (
    history: readonly PairingRoundInput[],
    random: SeededRandom,
  ): PairingRoundInput[] =>
    mix(history, random).map((round) => ({
      ...round,
      groups: mix(round.groups ?? [], random).map((group) => mix(group, random)),
      satOut: mix(round.satOut ?? [], random),
    }));

  const pairingCase = people(2, 14).chain((participants) =>
    fc.record({
      participants: fc.constant(participants),
      history: fc
        .tuple(fc.integer({ min: 0, max: 3 }), fc.nat())
        .map(([rounds, seed]) => historyOf(participants.length, rounds, seed)),
      neverPair: fc.array(
        fc.tuple(
          fc.nat({ max: participants.length - 1 }),
          fc.nat({ max: participants.length - 1 }),
        ),
        { maxLength: 3 },
      ),
      rules: fc.record({
        mustDiffer: fc.constantFrom([], ['area'], ['organisation'], ['area', 'organisation']),
        sharedLanguage: fc.boolean(),
        noRepeatWithin: fc.integer({ min: 0, max: 2 }),
        oddPolicy: fc.constantFrom('trio' as const, 'sit-out' as const),
      }),
    }),
  );

  type PairingCase = typeof pairingCase extends fc.Arbitrary<infer T> ? T : never;

  const pairingInput = (c: PairingCase) => {
    const idOf = (k: number): string => c.participants[k]?.id ?? '';
    const neverPair = c.neverPair
      .filter(([a, b]) => a !== b)
      .map(([a, b]): [string, string] => [idOf(a), idOf(b)]);
    return {
      participants: c.participants,
      history: c.history,
      round: c.history.length + 1,
      rules: {
        ...c.rules,
        mustDiffer: [...c.rules.mustDiffer],
        neverPair,
      },
    };
  };

  type PairingInput = ReturnType<typeof pairingInput>;

  const mixPairingInput = (input: PairingInput, random: SeededRandom): PairingInput => ({
    ...input,
    participants: mixPeople(input.participants, random),
    history: mixHistory(input.history, random),
    rules: {
      ...input.rules,
      mustDiffer: mix(input.rules.mustDiffer, random),
      neverPair: mix(input.rules.neverPair, random).map((pair): [string, string] =>
        random.next() < 0.5 ? [pair[1], pair[0]] : pair,
      ),
    },
  });

  it('pairParticipants: shuffled participants, their lists, history and never-pairs give the same pairs, byte for byte', () => {
    checkOrderFree({
      input: pairingCase.map(pairingInput),
      reorder: mixPairingInput,
      run: (input) => pairParticipants(input),
      numRuns: 30,
    });
  });

  it('pairingToMermaid: shuffled participants and groups give the same diagram, byte for byte', () => {
    checkOrderFree({
      input: pairingCase.map(pairingInput).map((input) => ({
        result: pairParticipants(input),
        participants: input.participants,
      })),
      reorder: ({ result, participants }, random) => ({
        result: { ...result, groups: mix(result.groups, random) },
        participants: mix(participants, random),
      }),
      run: ({ result, participants }) => pairingToMermaid(result, participants),
      numRuns: 30,
    });
  });

  it('planRounds: shuffled participants, absences, pauses and history give the same plan, byte for byte', () => {
    const roundsCase = pairingCase.chain((c) =>
      fc.record({
        input: fc.constant(pairingInput(c)),
        rounds: fc.integer({ min: 1, max: 3 }),
        absences: fc.array(
          fc.tuple(
            fc.nat({ max: c.participants.length - 1 }),
            fc.subarray([1, 2, 3], { minLength: 1 }),
          ),
          { maxLength: 3 },
        ),
        pauses: fc.array(
          fc.tuple(fc.nat({ max: c.participants.length - 1 }), fc.integer({ min: 1, max: 3 })),
          { maxLength: 2 },
        ),
      }),
    );
    type RoundsCase = typeof roundsCase extends fc.Arbitrary<infer T> ? T : never;
    const build = (c: RoundsCase) => {
      const first = c.input.history.length + 1;
      const idOf = (k: number): string => c.input.participants[k]?.id ?? '';
      const absent = new Map<string, number[]>();
      for (const [k, rounds] of c.absences) {
        absent.set(idOf(k), [...new Set([...(absent.get(idOf(k)) ?? []), ...rounds])]);
      }
      const paused = new Map<string, number>();
      for (const [k, from] of c.pauses) if (!absent.has(idOf(k))) paused.set(idOf(k), from);
      return {
        input: {
          participants: c.input.participants,
          history: c.input.history,
          rules: c.input.rules,
          absences: [...absent].map(([id, rounds]) => ({
            id,
            rounds: rounds.map((r) => first + r - 1),
          })),
          pauses: [...paused].map(([id, from]) => ({ id, from: first + from - 1 })),
        },
        options: { rounds: c.rounds, firstRound: first },
      };
    };
    type Built = ReturnType<typeof build>;
    checkOrderFree({
      input: roundsCase.map(build),
      reorder: (c: Built, random) => ({
        ...c,
        input: {
          ...c.input,
          participants: mixPeople(c.input.participants, random),
          history: mixHistory(c.input.history, random),
          absences: mix(c.input.absences, random).map((a) => ({
            ...a,
            rounds: mix(a.rounds, random),
          })),
          pauses: mix(c.input.pauses, random),
          rules: {
            ...c.input.rules,
            neverPair: mix(c.input.rules.neverPair, random),
            mustDiffer: mix(c.input.rules.mustDiffer, random),
          },
        },
      }),
      run: (c) => planRounds(c.input, c.options),
      numRuns: 20,
    });
  }, 60_000);

  it('formGroups: shuffled participants, their lists and history give the same groups, byte for byte', () => {
    const groupsCase = people(4, 10).chain((participants) =>
      fc.record({
        participants: fc.constant(participants),
        history: fc.nat().map((seed) => historyOf(participants.length, 1, seed)),
        seed: fc.integer({ min: 0, max: 1000 }),
        sessions: fc.integer({ min: 1, max: 2 }),
      }),
    );
    checkOrderFree({
      input: groupsCase,
      reorder: (c, random) => ({
        ...c,
        participants: mixPeople(c.participants, random),
        history: c.history.map((round) => ({
          ...round,
          groups: mix(round.groups ?? [], random).map((group) => mix(group, random)),
        })),
      }),
      run: (c) =>
        formGroups(
          {
            participants: c.participants,
            history: c.history.map((round) => ({
              session: round.round,
              groups: round.groups ?? [],
            })),
            seed: c.seed,
          },
          { minSize: 2, maxSize: 4, sessions: c.sessions },
        ),
      numRuns: 8,
    });
  }, 60_000);

  it('assignMentors: shuffled mentors, mentees and their lists give the same assignments, byte for byte', () => {
    const mentoringCase = fc
      .record({
        mentors: fc.array(
          fc.record({
            capacity: fc.integer({ min: 1, max: 3 }),
            organisation: fc.constantFrom('A', 'B', 'C'),
            topics: fc.subarray([...TOPICS]),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        mentees: fc.array(
          fc.record({
            organisation: fc.constantFrom('A', 'B', 'C'),
            topics: fc.subarray([...TOPICS]),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        mode: fc.constantFrom('stable' as const, 'optimal' as const),
      })
      .map(({ mentors, mentees, mode }) => ({
        mode,
        mentors: mentors.map((m, k): MentorInput => ({
          id: `t${String(k)}`,
          displayName: `Mentor ${String(k)}`,
          capacity: m.capacity,
          organisation: m.organisation,
          topics: m.topics,
        })),
        mentees: mentees.map((m, k): MenteeInput => ({
          id: `e${String(k).padStart(2, '0')}`,
          displayName: `Mentee ${String(k)}`,
          organisation: m.organisation,
          topics: m.topics,
        })),
      }));
    checkOrderFree({
      input: mentoringCase,
      reorder: (c, random) => ({
        ...c,
        mentors: mix(c.mentors, random).map((m) => ({ ...m, topics: mix(m.topics ?? [], random) })),
        mentees: mix(c.mentees, random).map((m) => ({ ...m, topics: mix(m.topics ?? [], random) })),
      }),
      run: (c) => assignMentors(c),
      numRuns: 30,
    });
  });
});

// -- action learning -------------------------------------------------------------------------

describe('action-learning', () => {
  const bids = fc
    .uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 8 })
    .chain((numbers) =>
      fc.tuple(
        ...numbers.map((n) =>
          fc.record({
            member: fc.constant(`m${String(n).padStart(2, '0')}`),
            minutes: fc.integer({ min: 1, max: 60 }),
            lastPresented: fc.option(fc.constantFrom('2026-01-08', '2026-02-05', '2026-03-05'), {
              nil: undefined,
            }),
          }),
        ),
      ),
    )
    .map((rows) =>
      rows.map((row): AirtimeBidInput =>
        row.lastPresented === undefined
          ? { member: row.member, minutes: row.minutes }
          : { member: row.member, minutes: row.minutes, lastPresented: row.lastPresented },
      ),
    );
  const total = fc.integer({ min: 1, max: 180 });
  const cap = fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined });

  it('allocateAirtime (leastRecent): shuffled bids give the same allocation, byte for byte', () => {
    checkOrderFree({
      input: fc.record({ bids, total, cap }),
      reorder: (c, random) => ({ ...c, bids: mix(c.bids, random) }),
      run: (c) =>
        allocateAirtime(
          c.bids,
          c.total,
          c.cap === undefined ? 'leastRecent' : { kind: 'leastRecent', cap: c.cap },
        ),
    });
  });

  it('allocateAirtime (equal, proportional): shuffled bids give the same minutes, sorted by member', () => {
    checkOrderFree({
      input: fc.record({
        bids,
        total,
        cap,
        kind: fc.constantFrom('equal' as const, 'proportional' as const),
      }),
      reorder: (c, random) => ({ ...c, bids: mix(c.bids, random) }),
      run: (c) =>
        allocateAirtime(
          c.bids,
          c.total,
          c.cap === undefined ? c.kind : { kind: c.kind, cap: c.cap },
        ),
      normalise: (result: { allocations: { member: string }[] }) => ({
        ...result,
        allocations: sortBy(result.allocations, (a) => a.member),
      }),
    });
  });
});

// -- practice --------------------------------------------------------------------------------

describe('practice', () => {
  it('parseValueStories and safeParseValueStories: shuffled stories give the same stories, sorted by id', () => {
    const stories = fc
      .array(
        fc.record({
          members: fc.subarray(['ama', 'ben', 'cy', 'dee'], { minLength: 1 }),
          date: day('2026-01-01', 300),
          kind: fc.constantFrom('immediate', 'potential', 'applied', 'realised'),
        }),
        { maxLength: 8 },
      )
      .map((rows) =>
        rows.map((row, k): ValueStoryInput => ({
          id: `s${String(k)}`,
          members: row.members,
          date: row.date,
          title: `Story ${String(k)}`,
          evidence: { [row.kind]: { text: 'Something changed' } },
        })),
      );
    checkParsePairOrderFree(stories, parseValueStories, safeParseValueStories);
  });
});

// -- programme -------------------------------------------------------------------------------

describe('programme', () => {
  it('planSessions: shuffled skipped dates, blackouts and weekdays give the same plan, byte for byte', () => {
    const planCase = fc
      .record({
        from: day('2026-01-01', 60),
        length: fc.integer({ min: 30, max: 300 }),
        pattern: fc.oneof(
          fc.record({
            kind: fc.constant('weekly' as const),
            every: fc.integer({ min: 1, max: 4 }),
          }),
          fc.record({
            kind: fc.constant('monthly' as const),
            weekday: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
            nth: fc.constantFrom(1 as const, 2 as const, 'last' as const),
          }),
          fc.record({
            kind: fc.constant('spread' as const),
            count: fc.integer({ min: 1, max: 6 }),
          }),
        ),
        skip: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 6 }),
        blackouts: fc.array(
          fc.record({
            start: fc.integer({ min: 0, max: 400 }),
            days: fc.integer({ min: 0, max: 40 }),
            label: fc.option(fc.constantFrom('summer', 'Christmas', 'Easter'), { nil: undefined }),
          }),
          { maxLength: 4 },
        ),
        extraDays: fc.subarray([1, 2, 3, 4, 5, 6, 7]),
        reschedule: fc.constantFrom('next-valid-day' as const, 'drop' as const),
      })
      .map((c): PlanSessionsOptions => {
        const to = addToIsoDate(c.from, { days: c.length });
        const at = (offset: number): string => addToIsoDate(c.from, { days: offset });
        const weekdays =
          c.pattern.kind === 'spread'
            ? c.extraDays.length === 0
              ? undefined
              : c.extraDays
            : c.pattern.kind === 'monthly'
              ? [...new Set([c.pattern.weekday, ...c.extraDays])]
              : undefined;
        return {
          from: c.from,
          to,
          pattern: c.pattern,
          time: '18:30',
          durationMinutes: 90,
          timeZone: 'Europe/London',
          skip: c.skip.map(at),
          blackouts: c.blackouts.map((b) => ({
            from: at(b.start),
            to: at(b.start + b.days),
            ...(b.label === undefined ? {} : { label: b.label }),
          })),
          reschedule: c.reschedule,
          ...(weekdays === undefined
            ? {}
            : { weekdays: weekdays as (1 | 2 | 3 | 4 | 5 | 6 | 7)[] }),
          require: { atLeast: 4 },
        };
      });
    checkOrderFree({
      input: planCase,
      reorder: (options, random) => ({
        ...options,
        skip: mix(options.skip ?? [], random),
        blackouts: mix(options.blackouts ?? [], random),
        ...(options.weekdays === undefined ? {} : { weekdays: mix(options.weekdays, random) }),
      }),
      run: (options) => planSessions(options),
      numRuns: 30,
    });
  });

  it('checkCadence: shuffled sessions give the same check, byte for byte', () => {
    checkOrderFree({
      input: fc.record({
        dates: fc.array(day('2026-01-01', 500), { maxLength: 12 }),
        atLeast: fc.integer({ min: 1, max: 6 }),
        from: day('2026-01-01', 100),
      }),
      reorder: (c, random) => ({ ...c, dates: mix(c.dates, random) }),
      run: (c) =>
        checkCadence(
          c.dates.map((date) => ({ date })),
          { atLeast: c.atLeast, within: { from: c.from, to: addToIsoDate(c.from, { days: 365 }) } },
        ),
    });
  });

  it('evaluationTrend: shuffled forms within each session give the same trend, byte for byte', () => {
    const sessions = fc
      .array(
        fc.record({
          cluster: fc.constantFrom('coast', 'city'),
          forms: fc.array(
            fc.record({
              overall: fc.constantFrom('excellent', 'good', 'fair', 'poor'),
              gotWhatWanted: fc.option(fc.constantFrom('yes', 'partly', 'no'), { nil: undefined }),
              mostUseful: fc.subarray(['networking', 'speakers', 'topic']),
            }),
            { maxLength: 14 },
          ),
          absent: fc.integer({ min: 0, max: 5 }),
        }),
        { minLength: 1, maxLength: 5 },
      )
      .map((rows) =>
        rows.map((row, s): EvaluatedSession => ({
          id: `s${String(s + 1)}`,
          cluster: row.cluster,
          registered: row.forms.length + row.absent + 2,
          attended: row.forms.length + row.absent,
          responses: row.forms.map((answers, k) => ({
            id: `s${String(s + 1)}-f${String(k)}`,
            answers: Object.fromEntries(
              Object.entries(answers).filter(([, value]) => value !== undefined),
            ),
          })),
        })),
      );
    checkOrderFree({
      input: fc.record({ sessions, minGroupSize: fc.integer({ min: 1, max: 5 }) }),
      reorder: (c, random) => ({
        ...c,
        sessions: c.sessions.map((session) => ({
          ...session,
          responses: mix(session.responses, random).map((response) => {
            const form = response as { answers: { mostUseful?: string[] } };
            return {
              ...form,
              answers: {
                ...form.answers,
                ...(form.answers.mostUseful === undefined
                  ? {}
                  : { mostUseful: mix(form.answers.mostUseful, random) }),
              },
            };
          }),
        })),
      }),
      run: (c) =>
        evaluationTrend(c.sessions, SESSION_EVALUATION_FORM, { minGroupSize: c.minGroupSize }),
    });
  });

  /** A learning cluster with participants, sessions (speakers, attendance), rounds and grants. */
  const clusterCase = fc
    .record({
      participants: fc.array(fc.constantFrom(...AREAS), { minLength: 2, maxLength: 9 }),
      sessions: fc.array(
        fc.record({
          offset: fc.integer({ min: 0, max: 420 }),
          time: fc.option(fc.constantFrom('09:30', '18:30'), { nil: undefined }),
          cancelled: fc.boolean(),
          speakers: fc.subarray(
            [
              { name: 'Dr Rees', origin: 'outside' as const },
              { name: 'Sam', origin: 'local' as const },
              { name: 'Jo', origin: 'local' as const },
            ],
            {},
          ),
          attendance: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        }),
        { maxLength: 6 },
      ),
      rounds: fc.integer({ min: 0, max: 2 }),
      grants: fc.array(
        fc.record({
          applied: fc.integer({ min: 0, max: 420 }),
          awarded: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
          area: fc.constantFrom(...AREAS),
        }),
        { maxLength: 4 },
      ),
      asOf: fc.integer({ min: 0, max: 500 }),
    })
    .map((c) => {
      const at = (offset: number): string => addToIsoDate('2026-01-05', { days: offset });
      const participants = c.participants.map((area, k) => ({
        id: `p${String(k)}`,
        displayName: `Person ${String(k)}`,
        area,
      }));
      const sessions = c.sessions.map((s, k) => ({
        id: `s${String(k)}`,
        date: at(s.offset),
        ...(s.time === undefined ? {} : { time: s.time }),
        cancelled: s.cancelled,
        speakers: s.speakers,
        attended: participants.filter((_, j) => s.attendance[j] === true).map((p) => p.id),
      }));
      const live = sessions.filter((s) => !s.cancelled);
      const buddyRounds = live.slice(0, Math.min(c.rounds, live.length)).map((session, r) => ({
        afterSession: session.id,
        round: r + 1,
        groups:
          participants.length >= 2 ? [[participants[0]?.id ?? '', participants[1]?.id ?? '']] : [],
        satOut: [],
      }));
      const grants = c.grants.map((g, k): ClusterPilotGrantInput => ({
        application: {
          id: `g${String(k)}`,
          area: g.area,
          title: 'Pilot',
          topics: ['Housing'],
          requestedPence: 100_000 + k,
          matchPence: 50_000,
          appliedOn: at(g.applied),
        },
        ...(g.awarded === undefined
          ? {}
          : { award: { date: at(g.applied + g.awarded), amountPence: 50_000 } }),
      }));
      const cluster: LearningClusterInput = {
        id: 'housing-2026',
        topic: 'Housing',
        subtopics: ['Tenancy', 'Repairs'],
        areas: [...AREAS],
        organisations: ['Age Concern', 'Food Bank'],
        participants,
        sessions,
        buddyRounds,
        grants,
      };
      return { cluster, asOf: at(c.asOf) };
    });

  type ClusterCase = typeof clusterCase extends fc.Arbitrary<infer T> ? T : never;

  const mixCluster = (c: ClusterCase, random: SeededRandom): ClusterCase => ({
    ...c,
    cluster: {
      ...c.cluster,
      subtopics: mix(c.cluster.subtopics ?? [], random),
      areas: mix(c.cluster.areas, random),
      organisations: mix(c.cluster.organisations ?? [], random),
      participants: mix(c.cluster.participants ?? [], random),
      sessions: mix(c.cluster.sessions ?? [], random).map((s) => ({
        ...s,
        speakers: mix(s.speakers ?? [], random),
        attended: mix(s.attended ?? [], random),
      })),
      buddyRounds: mix(c.cluster.buddyRounds ?? [], random).map((r) => ({
        ...r,
        groups: mix(r.groups ?? [], random).map((g) => mix(g, random)),
      })),
      grants: mix(c.cluster.grants ?? [], random),
    },
  });

  it("clusterTimeline: a shuffled cluster gives the same timeline, byte for byte (each session's speakers sorted by name)", () => {
    checkOrderFree({
      input: clusterCase,
      reorder: mixCluster,
      run: (c) => clusterTimeline(c.cluster, { asOf: c.asOf }),
      // An entry quotes its session's own list of speakers, in the order the cluster gives.
      normalise: (result: { entries: { speakers: { name: string }[] | null }[] }) => ({
        ...result,
        entries: result.entries.map((entry) => ({
          ...entry,
          speakers: entry.speakers === null ? null : sortBy(entry.speakers, (x) => x.name),
        })),
      }),
    });
  });

  it('planClusterBuddies: a shuffled cluster gives the same rounds and plan, byte for byte (the cluster it returns sorted by id)', () => {
    const sortCluster = (cluster: {
      participants: { id: string }[];
      sessions: { id: string; attended: string[] }[];
      buddyRounds: { round: number }[];
      grants: { application: { id: string } }[];
      subtopics: string[];
      areas: string[];
      organisations: string[];
    }): unknown => ({
      ...cluster,
      subtopics: [...cluster.subtopics].sort(),
      areas: [...cluster.areas].sort(),
      organisations: [...cluster.organisations].sort(),
      participants: sortBy(cluster.participants, (p) => p.id),
      sessions: sortBy(cluster.sessions, (s) => s.id).map((s) => ({
        ...s,
        attended: [...s.attended].sort(),
        speakers: sortBy((s as { speakers?: { name: string }[] }).speakers ?? [], (x) => x.name),
      })),
      buddyRounds: [...cluster.buddyRounds]
        .sort((a, b) => a.round - b.round)
        .map((r) => {
          const groups = (r as { groups?: string[][] }).groups ?? [];
          return {
            ...r,
            groups: groups.map((g) => [...g].sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1)),
          };
        }),
      grants: sortBy(cluster.grants, (g) => g.application.id),
    });
    checkOrderFree({
      input: fc.record({ c: clusterCase, attendeesOnly: fc.boolean() }),
      reorder: (input, random) => ({ ...input, c: mixCluster(input.c, random) }),
      run: ({ c, attendeesOnly }) => planClusterBuddies(c.cluster, { attendeesOnly }),
      normalise: (result: { cluster: Parameters<typeof sortCluster>[0] }) => ({
        ...result,
        cluster: sortCluster(result.cluster),
      }),
      numRuns: 25,
    });
  }, 60_000);

  it('assessPilotGrant: shuffled topics and areas give the same decision, byte for byte', () => {
    const grantCase = fc.record({
      topics: fc.subarray([...TOPICS], { minLength: 1 }),
      clusterTopics: fc.subarray([...TOPICS], { minLength: 1 }),
      memberAreas: fc.subarray([...AREAS], { minLength: 1 }),
      area: fc.constantFrom(...AREAS),
      requestedPence: fc.integer({ min: 0, max: 400_000 }),
      matchPence: fc.integer({ min: 0, max: 400_000 }),
      alreadyPlanned: fc.constantFrom(true, false, undefined),
    });
    checkOrderFree({
      input: grantCase,
      reorder: (c, random) => ({
        ...c,
        topics: mix(c.topics, random),
        clusterTopics: mix(c.clusterTopics, random),
        memberAreas: mix(c.memberAreas, random),
      }),
      run: (c) => {
        const application: PilotGrantApplicationInput = {
          id: 'g1',
          area: c.area,
          title: 'Pilot',
          topics: c.topics,
          requestedPence: c.requestedPence,
          matchPence: c.matchPence,
          appliedOn: '2026-03-05',
          ...(c.alreadyPlanned === undefined ? {} : { alreadyPlanned: c.alreadyPlanned }),
        };
        return assessPilotGrant(application, {
          clusterTopics: c.clusterTopics,
          memberAreas: c.memberAreas,
        });
      },
    });
  });

  it('summarisePilotGrants: shuffled decisions and payments give the same portfolio, byte for byte (warnings name payments by content, sorted)', () => {
    const portfolio = fc
      .record({
        applications: fc.array(
          fc.record({
            area: fc.constantFrom(...AREAS),
            topic: fc.constantFrom('housing', 'gardening'),
            requestedPence: fc.integer({ min: 0, max: 300_000 }),
            matchPence: fc.integer({ min: 0, max: 300_000 }),
          }),
          { maxLength: 8 },
        ),
        payments: fc.array(fc.tuple(fc.nat({ max: 9 }), fc.integer({ min: 1, max: 200_000 })), {
          maxLength: 6,
        }),
        budget: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }),
      })
      .map(({ applications, payments, budget }) => ({
        decisions: applications.map((a, k) =>
          assessPilotGrant(
            {
              id: `g${String(k)}`,
              area: a.area,
              title: 'Pilot',
              topics: [a.topic],
              requestedPence: a.requestedPence,
              matchPence: a.matchPence,
              appliedOn: '2026-03-05',
            },
            { clusterTopics: ['housing'], memberAreas: ['North', 'South', 'East'] },
          ),
        ),
        payments: payments.map(([k, amountPence]) => ({
          applicationId: `g${String(k)}`,
          amountPence,
        })),
        budget,
      }));
    checkOrderFree({
      input: portfolio,
      reorder: (c, random) => ({
        ...c,
        decisions: mix(c.decisions, random),
        payments: mix(c.payments, random),
      }),
      run: (c) =>
        summarisePilotGrants(c.decisions, {
          payments: c.payments,
          ...(c.budget === undefined ? {} : { budgetPence: c.budget }),
        }),
      // A warning names a payment by its place in the input; name it by its content instead.
      normalise: (result: { warnings: string[] }, c) => ({
        ...result,
        warnings: result.warnings
          .map((warning) =>
            warning.replace(/payments\[(\d+)\]/gu, (_, k: string) =>
              JSON.stringify(c.payments[Number(k)]),
            ),
          )
          .sort(),
      }),
    });
  });

  it('allianceProgress: shuffled members and evidence give the same report, byte for byte', () => {
    const ITEM_IDS = [...ALLIANCE_FEATURES, ...FIRST_YEAR_TARGETS].map((item) => item.id);
    const alliance = fc
      .record({
        founded: day('2025-07-01', 300),
        members: fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 6 }),
        joined: fc.array(fc.option(day('2025-06-01', 500), { nil: undefined }), {
          minLength: 6,
          maxLength: 6,
        }),
        lead: fc.boolean(),
        evidence: fc.array(
          fc.record({
            about: fc.constantFrom(...ITEM_IDS),
            date: day('2025-06-01', 700),
            description: fc.constantFrom('a meeting', 'a newsletter', 'a training day'),
            counts: fc.constantFrom('met' as const, 'progress' as const),
          }),
          { maxLength: 25 },
        ),
        asOf: day('2026-01-01', 500),
      })
      .map((c) => {
        const members = c.members.map((n, k) => {
          const joined = c.joined[k];
          return {
            id: `o${String(n)}`,
            name: `Organisation ${String(n)}`,
            ...(joined === undefined ? {} : { joined }),
          };
        });
        const input: LearningAllianceInput = {
          id: 'a1',
          place: 'Seaview',
          founded: c.founded,
          members,
          evidence: c.evidence,
          ...(c.lead && members[0] !== undefined
            ? { lead: { organisation: members[0].id, since: c.founded } }
            : {}),
        };
        return { alliance: input, asOf: c.asOf };
      });
    checkOrderFree({
      input: alliance,
      reorder: (c, random) => ({
        ...c,
        alliance: {
          ...c.alliance,
          members: mix(c.alliance.members ?? [], random),
          evidence: mix(c.alliance.evidence ?? [], random),
        },
      }),
      run: (c) => allianceProgress(c.alliance, { asOf: c.asOf }),
      numRuns: 25,
    });
  });

  it('planLearningRoutes: a shuffled exclude list gives the same route, byte for byte', () => {
    const ACTIVITY_IDS = PEER_LEARNING_ACTIVITIES.map((activity) => activity.id);
    checkOrderFree({
      input: fc.record({
        exclude: fc.subarray(ACTIVITY_IDS),
        digitalOnly: fc.boolean(),
        inCircle: fc.boolean(),
        area: fc.option(fc.constantFrom(...AREAS), { nil: undefined }),
      }),
      reorder: (c, random) => ({ ...c, exclude: mix(c.exclude, random) }),
      run: (c) =>
        planLearningRoutes(
          {
            id: 'm1',
            displayName: 'Ama',
            joined: '2026-03-02',
            ...(c.area === undefined ? {} : { area: c.area }),
          },
          { exclude: c.exclude, digitalOnly: c.digitalOnly, inCircle: c.inCircle },
        ),
    });
  });

  it('exchangeNetworkToMermaid: shuffled exchanges and people give the same diagram, byte for byte', () => {
    const IDS = ['ama', 'ben', 'cal', 'dee', 'eve', 'fay'] as const;
    const log = fc
      .array(
        fc
          .tuple(fc.constantFrom(...IDS), fc.constantFrom(...IDS), fc.integer({ min: 1, max: 28 }))
          .filter(([teacher, learner]) => teacher !== learner),
        { maxLength: 20 },
      )
      .map((rows) => ({
        exchanges: rows.map(([teacher, learner, d], k): LearningExchange => ({
          id: `x${String(k)}`,
          learner,
          teacher,
          topic: k % 2 === 0 ? 'rotas' : 'first aid',
          date: `2026-03-${String(d).padStart(2, '0')}`,
          activity: 'buddy',
        })),
        people: IDS.map((id, k) => ({ id, area: AREAS[k % 3] ?? 'North' })),
      }));
    checkOrderFree({
      input: log,
      reorder: (c, random) => ({
        exchanges: mix(c.exchanges, random),
        people: mix(c.people, random),
      }),
      run: (c) =>
        exchangeNetworkToMermaid(learningExchangeReport(c.exchanges, { people: c.people })),
    });
  });
});

// -- regressions: each of these depended on input order before it was fixed ----------------

describe('regressions', () => {
  /** Every ordering of a short list. */
  const permutations = <T>(list: readonly T[]): T[][] =>
    list.length <= 1
      ? [[...list]]
      : list.flatMap((item, k) =>
          permutations([...list.slice(0, k), ...list.slice(k + 1)]).map((rest) => [item, ...rest]),
        );

  /** Asserts that every ordering of `list` gives the same text as the first. */
  const sameForEveryOrder = <T>(list: readonly T[], run: (ordering: T[]) => unknown): void => {
    const texts = new Set(permutations(list).map((ordering) => JSON.stringify(run(ordering))));
    expect(texts.size).toBe(1);
  };

  it('summariseScores: the sd of scores 2, 4, 1 has the same bits in every order (summed sorted)', () => {
    // A plain running sum gives 1.5275252316519465 in some orders and …468 in others.
    const responses = [2, 4, 1].map((answer, k) => ({
      id: `r${String(k)}`,
      answers: { S3: answer },
    }));
    sameForEveryOrder(responses, (ordering) => {
      const summary = summariseScores(scoreResponses(SOCIAL_CLIMATE_SURVEY, ordering), {
        minGroupSize: 1,
      });
      return summary.overall.domains?.['systems'];
    });
  });

  it('comparePaired: differences 2, 4, 1 give the same sd and tests in every order', () => {
    const pairs: [number, number][] = [
      [1, 3],
      [1, 5],
      [1, 2],
    ];
    sameForEveryOrder(pairs, (ordering) =>
      comparePaired(
        ordering.map((pair) => pair[0]),
        ordering.map((pair) => pair[1]),
      ),
    );
  });

  it('cronbachAlpha: rows in any order give the same coefficients, bit for bit, and row lists in input order', () => {
    const rows: (number | null)[][] = [
      [1, null, null, 1],
      [null, 1, null, 3],
      [1, 3, 2, 3],
    ];
    sameForEveryOrder(rows, (ordering) => {
      const result = cronbachAlpha(ordering);
      return { ...result, scores: null, missingCounts: null };
    });
    const reversed = cronbachAlpha([...rows].reverse());
    const given = cronbachAlpha(rows);
    expect(reversed.scores).toEqual([...given.scores].reverse());
    expect(given.missingCounts).toEqual([2, 2, 0]);
    expect(reversed.missingCounts).toEqual([0, 2, 2]);
  });

  it("scoreResponses: duplicates 'first' keeps the earliest submission when every copy is timed, in any order", () => {
    const responses = [
      { id: 'a1', respondent: 'ama', submittedAt: '2026-03-05T17:10:00Z', answers: { W1: 4 } },
      { id: 'a2', respondent: 'ama', submittedAt: '2026-03-05T17:02:00Z', answers: { W1: 2 } },
      { id: 'a3', respondent: 'ama', submittedAt: '2026-03-05T17:05:00Z', answers: { W1: 3 } },
    ];
    for (const ordering of permutations(responses)) {
      const first = scoreResponses(SOCIAL_CLIMATE_SURVEY, ordering, { duplicates: 'first' });
      const latest = scoreResponses(SOCIAL_CLIMATE_SURVEY, ordering, { duplicates: 'latest' });
      expect(first.scored.map((r) => r.id)).toEqual(['a2']);
      expect(latest.scored.map((r) => r.id)).toEqual(['a1']);
    }
    // Without a time on every copy, input order decides, as documented.
    const untimed = responses.map((response) => ({
      id: response.id,
      respondent: response.respondent,
      answers: response.answers,
    }));
    expect(
      scoreResponses(SOCIAL_CLIMATE_SURVEY, untimed, { duplicates: 'first' }).scored.map(
        (r) => r.id,
      ),
    ).toEqual(['a1']);
  });

  it('planSessions: overlapping blackouts name the same one, whatever their order', () => {
    const blackouts = [
      { from: '2026-01-01', to: '2026-01-01' },
      { from: '2026-01-01', to: '2026-01-26', label: 'refurbishment' },
      { from: '2026-01-07', to: '2026-01-26', label: 'winter' },
    ];
    sameForEveryOrder(blackouts, (ordering) =>
      planSessions({
        from: '2026-01-01',
        to: '2026-01-31',
        pattern: { kind: 'monthly', weekday: 1, nth: 'last' },
        time: '18:30',
        durationMinutes: 90,
        timeZone: 'Europe/London',
        weekdays: [1],
        blackouts: ordering,
      }),
    );
    const plan = planSessions({
      from: '2026-01-01',
      to: '2026-01-31',
      pattern: { kind: 'monthly', weekday: 1, nth: 'last' },
      time: '18:30',
      durationMinutes: 90,
      timeZone: 'Europe/London',
      weekdays: [1],
      blackouts: [...blackouts].reverse(),
    });
    expect(plan.dropped[0]?.detail).toMatch(/^2026-01-26 is inside the blackout refurbishment /u);
  });

  it('pairParticipants and assignMentors: shared topics are named in sorted order, whoever listed them how', () => {
    const pair = pairParticipants({
      participants: [
        { id: 'ama', displayName: 'Ama', area: 'North', topics: ['youth', 'housing'] },
        { id: 'ben', displayName: 'Ben', area: 'South', topics: ['housing', 'youth'] },
      ],
    });
    expect(pair.groups[0]?.reasons).toContain('both interested in housing, youth');
    const mentoring = assignMentors({
      mentors: [
        {
          id: 'tom',
          displayName: 'Tom',
          capacity: 1,
          organisation: 'A',
          topics: ['youth', 'rotas'],
        },
      ],
      mentees: [{ id: 'jo', displayName: 'Jo', organisation: 'B', topics: ['youth', 'rotas'] }],
    });
    expect(mentoring.assignments[0]?.reasons).toContain('both interested in rotas, youth');
  });

  it('assessPilotGrant: matched and missed topics are named in sorted order', () => {
    const application = {
      id: 'g1',
      area: 'North',
      title: 'Pilot',
      topics: ['youth', 'funding'],
      requestedPence: 1000,
      matchPence: 1000,
      appliedOn: '2026-03-05',
    };
    const passed = assessPilotGrant(application, {
      clusterTopics: ['youth', 'funding'],
      memberAreas: ['North'],
    });
    expect(passed.checks[0]?.reason).toBe('names the cluster topics "funding", "youth"');
    const failed = assessPilotGrant(application, {
      clusterTopics: ['rotas', 'housing'],
      memberAreas: ['North'],
    });
    expect(failed.checks[0]?.reason).toBe(
      `names none of the cluster's topics ("housing", "rotas")`,
    );
  });
});
