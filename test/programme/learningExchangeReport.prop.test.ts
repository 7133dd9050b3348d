import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/index.js';
import {
  learningExchangeReport,
  type ExchangePerson,
  type LearningExchange,
} from '../../src/programme/index.js';

const IDS = ['ama', 'ben', 'cal', 'dee', 'eve', 'fay', 'gus', 'hal'] as const;

/** A log of exchanges among some of IDS, and a list of people holding everyone in it. */
const scenario = fc
  .record({
    pairs: fc.array(
      fc
        .tuple(fc.constantFrom(...IDS), fc.constantFrom(...IDS))
        .filter(([teacher, learner]) => teacher !== learner),
      { maxLength: 25 },
    ),
    topics: fc.array(fc.constantFrom('rotas', 'first aid', 'safeguarding'), {
      minLength: 25,
      maxLength: 25,
    }),
    days: fc.array(fc.integer({ min: 1, max: 28 }), { minLength: 25, maxLength: 25 }),
    extra: fc.subarray([...IDS]),
    areas: fc.array(fc.option(fc.constantFrom('North', 'South', 'East'), { nil: undefined }), {
      minLength: IDS.length,
      maxLength: IDS.length,
    }),
  })
  .map(({ pairs, topics, days, extra, areas }) => {
    const exchanges: LearningExchange[] = pairs.map(([teacher, learner], i) => ({
      id: `x${String(i)}`,
      learner,
      teacher,
      topic: topics[i] ?? 'rotas',
      date: `2026-03-${String(days[i] ?? 1).padStart(2, '0')}`,
      activity: i % 2 === 0 ? 'buddy' : 'shadowing',
    }));
    const ids = new Set([...extra, ...pairs.flat()]);
    const people: ExchangePerson[] = IDS.flatMap((id, i) => {
      if (!ids.has(id)) return [];
      const area = areas[i];
      return [area === undefined ? { id } : { id, area }];
    });
    return { exchanges, people };
  });

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('learningExchangeReport: properties', () => {
  it('counts every exchange exactly once, as a gift by its teacher and a receipt by its learner', () => {
    fc.assert(
      fc.property(scenario, ({ exchanges, people }) => {
        const report = learningExchangeReport(exchanges, { people });
        const e = exchanges.length;
        expect(report.exchangeCount).toBe(e);
        // Σ given = Σ received = number of exchanges, so Σ (given + received) = 2 × exchanges.
        expect(sum(report.people.map((p) => p.given))).toBe(e);
        expect(sum(report.people.map((p) => p.received))).toBe(e);
        expect(sum(report.people.map((p) => p.given + p.received))).toBe(2 * e);
        expect(sum(report.network.links.map((link) => link.exchanges))).toBe(e);
        expect(sum(report.topics.map((topic) => topic.exchanges))).toBe(e);
        expect(sum(report.activities.map((activity) => activity.exchanges))).toBe(e);
        for (const bridging of [report.bridging.area, report.bridging.organisation]) {
          expect(bridging.known + bridging.unknown).toBe(e);
          expect(sum(bridging.flows.map((flow) => flow.exchanges))).toBe(bridging.known);
        }
      }),
    );
  });

  it('sorts every person into one role, and reciprocity shares lie in [0, 1]', () => {
    fc.assert(
      fc.property(scenario, ({ exchanges, people }) => {
        const { reciprocity, people: summaries } = learningExchangeReport(exchanges, { people });
        expect(
          reciprocity.learnersAndTeachers + reciprocity.learnersOnly + reciprocity.teachersOnly,
        ).toBe(reciprocity.activePeople);
        expect(summaries.filter((p) => p.role !== 'inactive').length).toBe(
          reciprocity.activePeople,
        );
        for (const share of [reciprocity.share, reciprocity.pairShare, reciprocity.tieReciprocity])
          if (share !== null) expect(share >= 0 && share <= 1).toBe(true);
      }),
    );
  });

  it('components partition the people; degrees add up to twice the ties; betweenness lies in [0, 1]', () => {
    fc.assert(
      fc.property(scenario, ({ exchanges, people }) => {
        const report = learningExchangeReport(exchanges, { people });
        const ids = report.people.map((p) => p.id);
        expect(report.network.components.flat().sort()).toEqual(ids);
        report.network.components.forEach((component, c) => {
          for (const id of component)
            expect(report.people.find((p) => p.id === id)?.component).toBe(c);
        });
        expect(sum(report.people.map((p) => p.degree))).toBe(2 * report.network.tieCount);
        for (const person of report.people) {
          expect(person.betweenness).toBeGreaterThanOrEqual(0);
          expect(person.betweenness).toBeLessThanOrEqual(1 + 1e-12);
          expect(person.directedBetweenness).toBeGreaterThanOrEqual(0);
          expect(person.directedBetweenness).toBeLessThanOrEqual(1 + 1e-12);
        }
        for (const id of report.network.isolated)
          expect(report.network.components).toContainEqual([id]);
      }),
    );
  });

  it('gives the same report, byte for byte, whatever the order of exchanges and people', () => {
    fc.assert(
      fc.property(
        scenario.chain(({ exchanges, people }) =>
          fc.record({
            exchanges: fc.constant(exchanges),
            people: fc.constant(people),
            shuffledExchanges: fc.shuffledSubarray(exchanges, {
              minLength: exchanges.length,
              maxLength: exchanges.length,
            }),
            shuffledPeople: fc.shuffledSubarray(people, {
              minLength: people.length,
              maxLength: people.length,
            }),
          }),
        ),
        ({ exchanges, people, shuffledExchanges, shuffledPeople }) => {
          expect(
            JSON.stringify(learningExchangeReport(shuffledExchanges, { people: shuffledPeople })),
          ).toBe(JSON.stringify(learningExchangeReport(exchanges, { people })));
        },
      ),
    );
  });

  it('leaves its input as it was (and accepts frozen input)', () => {
    fc.assert(
      fc.property(scenario, ({ exchanges, people }) => {
        const before = structuredClone({ exchanges, people });
        learningExchangeReport(deepFreeze(exchanges), deepFreeze({ people }));
        expect({ exchanges, people }).toEqual(before);
      }),
    );
  });
});
