import { describe, expect, it } from 'vitest';
import { learningExchangeReport, type LearningExchange } from '../../src/programme/index.js';
import { expectClose } from '../helpers/expectClose.js';

// Reference values from networkx 3.6.1 (`betweenness_centrality(G)`, normalised by default),
// made by a short Python script: path_graph(5), star_graph(5), two triangles joined by a
// bridge, and gnp_random_graph(30, 0.05, seed=11, directed=True). Node i is named 'n' + two digits.
const REFERENCE_GRAPHS = {
  // networkx 3.6.1
  path: {
    edges: [
      ['n00', 'n01'],
      ['n01', 'n02'],
      ['n02', 'n03'],
      ['n03', 'n04'],
    ],
    betweenness: { n00: 0.0, n01: 0.5, n02: 0.6666666666666666, n03: 0.5, n04: 0.0 },
  },
  // networkx 3.6.1
  star: {
    edges: [
      ['n00', 'n01'],
      ['n00', 'n02'],
      ['n00', 'n03'],
      ['n00', 'n04'],
      ['n00', 'n05'],
    ],
    betweenness: { n00: 1.0, n01: 0.0, n02: 0.0, n03: 0.0, n04: 0.0, n05: 0.0 },
  },
  // networkx 3.6.1
  bridge: {
    edges: [
      ['n00', 'n01'],
      ['n00', 'n02'],
      ['n01', 'n02'],
      ['n02', 'n03'],
      ['n03', 'n04'],
      ['n03', 'n05'],
      ['n04', 'n05'],
    ],
    betweenness: {
      n00: 0.0,
      n01: 0.0,
      n02: 0.6000000000000001,
      n03: 0.6000000000000001,
      n04: 0.0,
      n05: 0.0,
    },
  },
} as const;

// networkx 3.6.1: gnp_random_graph(30, 0.05, seed=11, directed=True); each edge (u, v) is
// read as u taught v.
const RANDOM_GRAPH = {
  nodes: [
    'n00',
    'n01',
    'n02',
    'n03',
    'n04',
    'n05',
    'n06',
    'n07',
    'n08',
    'n09',
    'n10',
    'n11',
    'n12',
    'n13',
    'n14',
    'n15',
    'n16',
    'n17',
    'n18',
    'n19',
    'n20',
    'n21',
    'n22',
    'n23',
    'n24',
    'n25',
    'n26',
    'n27',
    'n28',
    'n29',
  ],
  edges: [
    ['n00', 'n16'],
    ['n00', 'n22'],
    ['n00', 'n27'],
    ['n01', 'n22'],
    ['n04', 'n05'],
    ['n04', 'n23'],
    ['n05', 'n09'],
    ['n05', 'n10'],
    ['n05', 'n14'],
    ['n06', 'n23'],
    ['n07', 'n02'],
    ['n08', 'n12'],
    ['n08', 'n14'],
    ['n08', 'n19'],
    ['n08', 'n22'],
    ['n08', 'n26'],
    ['n09', 'n07'],
    ['n10', 'n26'],
    ['n12', 'n05'],
    ['n13', 'n02'],
    ['n14', 'n21'],
    ['n15', 'n04'],
    ['n15', 'n25'],
    ['n16', 'n05'],
    ['n17', 'n03'],
    ['n17', 'n21'],
    ['n18', 'n12'],
    ['n19', 'n02'],
    ['n19', 'n04'],
    ['n21', 'n03'],
    ['n24', 'n02'],
    ['n26', 'n10'],
    ['n27', 'n05'],
    ['n27', 'n15'],
    ['n28', 'n04'],
    ['n29', 'n13'],
    ['n29', 'n19'],
  ],
  // networkx 3.6.1: betweenness_centrality(D)
  directedBetweenness: {
    n00: 0.0,
    n01: 0.0,
    n02: 0.0,
    n03: 0.0,
    n04: 0.050492610837438424,
    n05: 0.09852216748768473,
    n06: 0.0,
    n07: 0.012315270935960592,
    n08: 0.0,
    n09: 0.02586206896551724,
    n10: 0.013546798029556651,
    n11: 0.0,
    n12: 0.014778325123152709,
    n13: 0.0006157635467980296,
    n14: 0.029556650246305417,
    n15: 0.007389162561576354,
    n16: 0.005541871921182266,
    n17: 0.0,
    n18: 0.0,
    n19: 0.0166256157635468,
    n20: 0.0,
    n21: 0.01600985221674877,
    n22: 0.0,
    n23: 0.0,
    n24: 0.0,
    n25: 0.0,
    n26: 0.0012315270935960591,
    n27: 0.010467980295566502,
    n28: 0.0,
    n29: 0.0,
  },
  // networkx 3.6.1: betweenness_centrality(D.to_undirected())
  betweenness: {
    n00: 0.02914614121510673,
    n01: 0.0,
    n02: 0.12036124794745483,
    n03: 0.0,
    n04: 0.2775862068965517,
    n05: 0.3293103448275862,
    n06: 0.0,
    n07: 0.02110016420361248,
    n08: 0.23702791461412148,
    n09: 0.0473727422003284,
    n10: 0.01929392446633826,
    n11: 0.0,
    n12: 0.07060755336617405,
    n13: 0.00451559934318555,
    n14: 0.18390804597701152,
    n15: 0.0773399014778325,
    n16: 0.015599343185550086,
    n17: 0.0,
    n18: 0.0,
    n19: 0.2576354679802956,
    n20: 0.0,
    n21: 0.12315270935960591,
    n22: 0.0878489326765189,
    n23: 0.06403940886699508,
    n24: 0.0,
    n25: 0.0,
    n26: 0.012479474548440067,
    n27: 0.062397372742200315,
    n28: 0.0,
    n29: 0.025779967159277502,
  },
  // networkx 3.6.1: overall_reciprocity(D)
  reciprocity: 0.05405405405405406,
  // networkx 3.6.1: density(D.to_undirected())
  density: 0.08275862068965517,
  // networkx 3.6.1: connected_components(D.to_undirected()), largest first
  components: [
    [
      'n00',
      'n01',
      'n02',
      'n03',
      'n04',
      'n05',
      'n06',
      'n07',
      'n08',
      'n09',
      'n10',
      'n12',
      'n13',
      'n14',
      'n15',
      'n16',
      'n17',
      'n18',
      'n19',
      'n21',
      'n22',
      'n23',
      'n24',
      'n25',
      'n26',
      'n27',
      'n28',
      'n29',
    ],
    ['n11'],
    ['n20'],
  ],
  // networkx 3.6.1: isolates(D)
  isolated: ['n11', 'n20'],
} as const;

/** One exchange per edge (u, v): u taught v. */
function exchangesOf(edges: readonly (readonly [string, string])[]): LearningExchange[] {
  return edges.map(([teacher, learner], i) => ({
    id: `x${String(i)}`,
    learner,
    teacher,
    topic: 'topic',
    date: '2026-03-05',
    activity: 'buddy-meeting',
  }));
}

describe('learningExchangeReport: betweenness against networkx 3.6.1', () => {
  for (const [name, graph] of Object.entries(REFERENCE_GRAPHS)) {
    it(`matches betweenness_centrality on the ${name} graph to 1e-12`, () => {
      const report = learningExchangeReport(exchangesOf(graph.edges));
      const expected: Record<string, number> = graph.betweenness;
      expect(report.people.map((person) => person.id)).toEqual(Object.keys(expected));
      for (const person of report.people)
        expectClose(person.betweenness, expected[person.id] ?? Number.NaN, person.id, {
          relative: 1e-12,
          absolute: 1e-12,
        });
    });
  }

  it('names the centre of a star as the only broker, and the bridge ends in two triangles', () => {
    expect(
      learningExchangeReport(exchangesOf(REFERENCE_GRAPHS.star.edges)).network.brokers,
    ).toEqual([{ id: 'n00', betweenness: 1 }]);
    const bridge = learningExchangeReport(exchangesOf(REFERENCE_GRAPHS.bridge.edges)).network;
    expect(bridge.brokers.map((broker) => broker.id)).toEqual(['n02', 'n03']);
  });

  describe('a random graph of 30 people, two of them isolated', () => {
    const people = RANDOM_GRAPH.nodes.map((id) => ({ id }));
    const report = learningExchangeReport(exchangesOf(RANDOM_GRAPH.edges), { people });
    const tolerance = { relative: 1e-12, absolute: 1e-12 };

    it('matches undirected betweenness_centrality', () => {
      const expected: Record<string, number> = RANDOM_GRAPH.betweenness;
      for (const person of report.people)
        expectClose(person.betweenness, expected[person.id] ?? Number.NaN, person.id, tolerance);
    });

    it('matches directed betweenness_centrality (teacher → learner)', () => {
      const expected: Record<string, number> = RANDOM_GRAPH.directedBetweenness;
      for (const person of report.people)
        expectClose(
          person.directedBetweenness,
          expected[person.id] ?? Number.NaN,
          person.id,
          tolerance,
        );
    });

    it('matches overall_reciprocity, density, connected_components and isolates', () => {
      expectClose(
        report.reciprocity.tieReciprocity,
        RANDOM_GRAPH.reciprocity,
        'reciprocity',
        tolerance,
      );
      expectClose(report.network.density, RANDOM_GRAPH.density, 'density', tolerance);
      expect(report.network.components).toEqual(RANDOM_GRAPH.components);
      expect(report.network.isolated).toEqual(RANDOM_GRAPH.isolated);
    });

    it('names the three people with the highest betweenness as brokers', () => {
      const ranked = Object.entries(RANDOM_GRAPH.betweenness as Record<string, number>)
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .slice(0, 3)
        .map(([id]) => id);
      expect(report.network.brokers.map((broker) => broker.id)).toEqual(ranked);
    });
  });
});
