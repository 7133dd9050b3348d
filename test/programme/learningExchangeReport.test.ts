import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  isPeerLearnError,
  learningExchangeReport,
  parseLearningExchanges,
  safeParseLearningExchanges,
  type LearningExchange,
} from '../../src/programme/index.js';
import { thrown } from '../helpers/expectClose.js';

const ex = (
  id: string,
  teacher: string,
  learner: string,
  topic: string,
  date: string,
  activity: string,
): LearningExchange => ({ id, learner, teacher, topic, date, activity });

// A small network worked by hand: ama ⇄ ben → cal → dee ← eve, and fay with no exchange.
const exchanges: readonly LearningExchange[] = [
  ex('x1', 'ben', 'ama', 'rotas', '2026-03-05', 'shadowing'),
  ex('x2', 'ama', 'ben', 'safeguarding', '2026-03-12', 'buddy'),
  ex('x3', 'ben', 'cal', 'rotas', '2026-04-02', 'shadowing'),
  ex('x4', 'cal', 'dee', 'first aid', '2026-04-20', 'circle'),
  ex('x5', 'ben', 'ama', 'rotas', '2026-05-01', 'buddy'),
  ex('x6', 'eve', 'dee', 'first aid', '2026-02-10', 'circle'),
];
const people = [
  { id: 'ama', area: 'North', organisation: 'A' },
  { id: 'ben', area: 'South', organisation: 'A' },
  { id: 'cal', area: 'South', organisation: 'B' },
  { id: 'dee', area: 'East', organisation: 'B' },
  { id: 'eve', area: 'North' },
  { id: 'fay', area: 'East', organisation: 'B' },
];

describe('learningExchangeReport: a small network worked by hand', () => {
  const report = learningExchangeReport(exchanges, { people });
  const person = (id: string) => report.people.find((p) => p.id === id);

  it('counts what each person gave and received', () => {
    expect(report.exchangeCount).toBe(6);
    expect(report.period).toEqual({ first: '2026-02-10', last: '2026-05-01' });
    expect(report.people.map((p) => [p.id, p.given, p.received, p.role])).toEqual([
      ['ama', 1, 2, 'both'],
      ['ben', 3, 1, 'both'],
      ['cal', 1, 1, 'both'],
      ['dee', 0, 2, 'learner'],
      ['eve', 1, 0, 'teacher'],
      ['fay', 0, 0, 'inactive'],
    ]);
    expect(person('ben')).toMatchObject({
      area: 'South',
      organisation: 'A',
      listed: true,
      topicsGiven: ['rotas'],
      topicsReceived: ['safeguarding'],
      taught: ['ama', 'cal'],
      learnedFrom: ['ama'],
      degree: 2,
      inDegree: 1,
      outDegree: 2,
    });
    expect(person('eve')?.organisation).toBeNull();
  });

  it('measures reciprocity by person and by tie', () => {
    expect(report.reciprocity).toEqual({
      activePeople: 5,
      learnersAndTeachers: 3,
      learnersOnly: 1,
      teachersOnly: 1,
      share: 3 / 5,
      connectedPairs: 4,
      reciprocatedPairs: [['ama', 'ben']],
      pairShare: 1 / 4,
      tieReciprocity: 0.4, // networkx 3.6.1: overall_reciprocity
    });
  });

  it('measures bridging across areas and organisations', () => {
    expect(report.bridging.area).toEqual({
      known: 6,
      unknown: 0,
      crossing: 5,
      share: 5 / 6,
      flows: [
        { from: 'North', to: 'East', exchanges: 1, crossing: true },
        { from: 'North', to: 'South', exchanges: 1, crossing: true },
        { from: 'South', to: 'East', exchanges: 1, crossing: true },
        { from: 'South', to: 'North', exchanges: 2, crossing: true },
        { from: 'South', to: 'South', exchanges: 1, crossing: false },
      ],
    });
    // eve has no organisation, so x6 is not known.
    expect(report.bridging.organisation).toEqual({
      known: 5,
      unknown: 1,
      crossing: 1,
      share: 1 / 5,
      flows: [
        { from: 'A', to: 'A', exchanges: 3, crossing: false },
        { from: 'A', to: 'B', exchanges: 1, crossing: true },
        { from: 'B', to: 'B', exchanges: 1, crossing: false },
      ],
    });
  });

  it('measures the network: betweenness, brokers, components, isolated people', () => {
    // Six nodes: the path ama–ben–cal–dee–eve and fay. networkx 3.6.1 values.
    const close = (id: string) => [person(id)?.betweenness, person(id)?.directedBetweenness];
    expect(close('ben')[0]).toBeCloseTo(0.3, 12); // networkx 3.6.1
    expect(close('cal')[0]).toBeCloseTo(0.4, 12); // networkx 3.6.1
    expect(close('dee')[0]).toBeCloseTo(0.3, 12); // networkx 3.6.1
    expect(close('ben')[1]).toBeCloseTo(0.1, 12); // networkx 3.6.1 (directed)
    expect(close('cal')[1]).toBeCloseTo(0.1, 12); // networkx 3.6.1 (directed)
    expect(close('dee')[1]).toBe(0);
    expect(report.network.brokers.map((b) => b.id)).toEqual(['cal', 'ben', 'dee']);
    expect(report.network.components).toEqual([['ama', 'ben', 'cal', 'dee', 'eve'], ['fay']]);
    expect(report.people.map((p) => p.component)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(report.network.isolated).toEqual(['fay']);
    expect(report.network.nodeCount).toBe(6);
    expect(report.network.tieCount).toBe(4);
    expect(report.network.density).toBeCloseTo(4 / 15, 15); // networkx 3.6.1: 0.26666666666666666
    expect(report.network.links).toEqual([
      { teacher: 'ama', learner: 'ben', exchanges: 1, topics: ['safeguarding'] },
      { teacher: 'ben', learner: 'ama', exchanges: 2, topics: ['rotas'] },
      { teacher: 'ben', learner: 'cal', exchanges: 1, topics: ['rotas'] },
      { teacher: 'cal', learner: 'dee', exchanges: 1, topics: ['first aid'] },
      { teacher: 'eve', learner: 'dee', exchanges: 1, topics: ['first aid'] },
    ]);
  });

  it('summarises topics and activities', () => {
    expect(report.topics).toEqual([
      { topic: 'first aid', exchanges: 2, teachers: 2, learners: 1 },
      { topic: 'rotas', exchanges: 3, teachers: 1, learners: 2 },
      { topic: 'safeguarding', exchanges: 1, teachers: 1, learners: 1 },
    ]);
    expect(report.activities).toEqual([
      { activity: 'buddy', exchanges: 2 },
      { activity: 'circle', exchanges: 2 },
      { activity: 'shadowing', exchanges: 2 },
    ]);
  });

  it('names as many brokers as asked', () => {
    expect(learningExchangeReport(exchanges, { people, brokerCount: 1 }).network.brokers).toEqual([
      { id: 'cal', betweenness: person('cal')?.betweenness },
    ]);
    expect(learningExchangeReport(exchanges, { brokerCount: 0 }).network.brokers).toEqual([]);
  });
});

describe('learningExchangeReport: edge cases', () => {
  it('reports an empty log honestly', () => {
    const report = learningExchangeReport([]);
    expect(report.exchangeCount).toBe(0);
    expect(report.period).toBeNull();
    expect(report.people).toEqual([]);
    expect(report.reciprocity.share).toBeNull();
    expect(report.reciprocity.pairShare).toBeNull();
    expect(report.reciprocity.tieReciprocity).toBeNull();
    expect(report.bridging.area).toEqual({
      known: 0,
      unknown: 0,
      crossing: 0,
      share: null,
      flows: [],
    });
    expect(report.network).toEqual({
      nodeCount: 0,
      tieCount: 0,
      density: 0,
      links: [],
      components: [],
      isolated: [],
      brokers: [],
    });
  });

  it('works without people: no bridging, nobody isolated, everyone unlisted', () => {
    const report = learningExchangeReport(exchanges);
    expect(report.people.map((p) => p.id)).toEqual(['ama', 'ben', 'cal', 'dee', 'eve']);
    expect(report.people.every((p) => !p.listed && p.area === null)).toBe(true);
    expect(report.bridging.area).toMatchObject({ known: 0, unknown: 6, share: null });
    expect(report.network.isolated).toEqual([]);
    // Five nodes now, so the path's betweenness is networkx's path_graph(5) values.
    expect(report.people.find((p) => p.id === 'cal')?.betweenness).toBeCloseTo(2 / 3, 12); // networkx 3.6.1
  });

  it('takes Member records as people, ignoring their other fields', () => {
    const members = people.map((p) => ({ ...p, displayName: p.id.toUpperCase(), roles: [] }));
    expect(learningExchangeReport(exchanges, { people: members })).toEqual(
      learningExchangeReport(exchanges, { people }),
    );
  });
});

describe('learningExchangeReport: bad input', () => {
  const issuesOf = (run: () => unknown) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(isPeerLearnError(error) && error.code).toBe('invalid_input');
    return (error as InvalidInputError).issues.map((issue) => issue.pathText);
  };

  it('refuses a self-exchange, at the teacher', () => {
    const bad = [...exchanges, ex('x7', 'ama', 'ama', 'rotas', '2026-05-02', 'buddy')];
    expect(issuesOf(() => learningExchangeReport(bad))).toEqual(['exchanges[6].teacher']);
  });

  it('refuses repeated exchange ids and repeated people', () => {
    const bad = [...exchanges, ex('x1', 'cal', 'ama', 'rotas', '2026-05-02', 'buddy')];
    expect(issuesOf(() => learningExchangeReport(bad))).toEqual(['exchanges[6].id']);
    expect(
      issuesOf(() => learningExchangeReport(exchanges, { people: [...people, { id: 'ama' }] })),
    ).toEqual(['options.people[6].id']);
  });

  it('refuses a learner or teacher missing from people, when people are given', () => {
    const error = thrown(() =>
      learningExchangeReport(exchanges, { people: people.filter((p) => p.id !== 'dee') }),
    ) as InvalidInputError;
    expect(error.issues.map((issue) => issue.pathText)).toEqual([
      'exchanges[3].learner',
      'exchanges[5].learner',
    ]);
    expect(error.message).toMatch(/^learningExchangeReport: 2 problems/u);
    expect(error.issues[0]?.message).toContain('"dee"');
  });

  it('refuses dates not written YYYY-MM-DD, empty fields and unknown fields', () => {
    const bad = [
      { ...exchanges[0], date: '05/03/2026' },
      { ...exchanges[1], activity: '' },
      { ...exchanges[2], lerner: 'cal' },
    ] as unknown as LearningExchange[];
    expect(issuesOf(() => learningExchangeReport(bad))).toEqual([
      'exchanges[0].date',
      'exchanges[1].activity',
      'exchanges[2]',
    ]);
  });

  it('refuses a bad broker count and a non-array', () => {
    expect(issuesOf(() => learningExchangeReport(exchanges, { brokerCount: -1 }))).toEqual([
      'options.brokerCount',
    ]);
    expect(issuesOf(() => learningExchangeReport('x' as unknown as LearningExchange[]))).toEqual([
      'exchanges',
    ]);
  });
});

describe('parseLearningExchanges and safeParseLearningExchanges', () => {
  it('return the exchanges, or every problem with its path', () => {
    expect(parseLearningExchanges(exchanges)).toEqual(exchanges);
    const bad = [exchanges[0], { ...exchanges[1], id: 'x1', teacher: 'ben' }];
    const result = safeParseLearningExchanges(bad);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.pathText)).toEqual([
      'exchanges[1].id',
      'exchanges[1].teacher',
    ]);
    expect(() => parseLearningExchanges(bad)).toThrow(InvalidInputError);
  });

  it('reports a repeated id and people missing from the list in one error', () => {
    const bad = [
      ex('x1', 'ben', 'ama', 'rotas', '2026-03-05', 'shadowing'),
      ex('x1', 'ama', 'ben', 'rotas', '2026-03-06', 'shadowing'),
    ];
    const error = thrown(() =>
      learningExchangeReport(bad, { people: [{ id: 'ama' }] }),
    ) as InvalidInputError;
    expect(error.issues.map((issue) => issue.pathText)).toEqual([
      'exchanges[1].id',
      'exchanges[0].teacher',
      'exchanges[1].learner',
    ]);
  });
});
