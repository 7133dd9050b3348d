import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../fuzz/refusal.js';
import { exchangeNetworkToMermaid, learningExchangeReport } from '../../src/programme/index.js';

describe('exchangeNetworkToMermaid', () => {
  it('draws people, links, brokers and isolated people', () => {
    const report = learningExchangeReport(
      [
        {
          id: 'x1',
          learner: 'ama',
          teacher: 'ben',
          topic: 'rotas',
          date: '2026-03-05',
          activity: 'a',
        },
        {
          id: 'x2',
          learner: 'ben',
          teacher: 'ama',
          topic: 'rotas',
          date: '2026-03-06',
          activity: 'a',
        },
        {
          id: 'x3',
          learner: 'ama',
          teacher: 'ben',
          topic: 'rotas',
          date: '2026-03-07',
          activity: 'a',
        },
      ],
      { people: [{ id: 'ama' }, { id: 'ben' }, { id: 'cal' }] },
    );
    expect(exchangeNetworkToMermaid(report)).toBe(
      [
        'flowchart LR',
        '  p0["ama (taught 1, learned 2)"]',
        '  p1["ben (taught 2, learned 1)"]',
        '  p2["cal (taught 0, learned 0)"]',
        '  p0 -->|1| p1',
        '  p1 -->|2| p0',
        '  classDef broker stroke-width:4px',
        '  classDef isolated stroke-dasharray:4 4',
        '  class p2 isolated',
      ].join('\n'),
    );
  });

  it('keeps any id safe: node ids are generated and labels escaped', () => {
    const awkward = 'x"];  click p0 "https://example.org" <b>#1</b>\nend';
    const report = learningExchangeReport([
      {
        id: 'x1',
        learner: awkward,
        teacher: 'B-2 (East)',
        topic: 't',
        date: '2026-03-05',
        activity: 'a',
      },
    ]);
    const lines = exchangeNetworkToMermaid(report).split('\n');
    expect(lines[1]).toBe('  p0["B-2 (East) (taught 1, learned 0)"]');
    expect(lines[2]).toBe(
      '  p1["x#quot;];  click p0 #quot;https://example.org#quot; #lt;b#gt;#35;1#lt;/b#gt; end (taught 0, learned 1)"]',
    );
    expect(lines[3]).toBe('  p0 -->|1| p1');
    for (const line of lines.slice(1, 3))
      expect(line.slice(line.indexOf('"') + 1, -2)).not.toMatch(/["<>\n]/u);
  });

  it('draws an empty network as a bare flowchart', () => {
    expect(exchangeNetworkToMermaid(learningExchangeReport([])).split('\n')).toEqual([
      'flowchart LR',
      '  classDef broker stroke-width:4px',
      '  classDef isolated stroke-dasharray:4 4',
    ]);
  });
});

describe('hostile input', () => {
  it('refuses what is not an exchange report, naming the field', () => {
    expectRefusal(
      () => exchangeNetworkToMermaid(undefined as never),
      'exchangeNetworkToMermaid',
      'report',
    );
    const report = learningExchangeReport(
      [
        {
          id: 'x1',
          learner: 'ama',
          teacher: 'ben',
          topic: 'rotas',
          date: '2026-03-05',
          activity: 'shadowing',
        },
      ],
      { people: [{ id: 'ama' }, { id: 'ben' }] },
    );
    expectRefusal(
      () =>
        exchangeNetworkToMermaid({
          ...report,
          network: { ...report.network, links: [{}] },
        } as never),
      'exchangeNetworkToMermaid',
      'report.network.links[0].teacher',
    );
  });
});
