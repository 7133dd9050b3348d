/**
 * The Mermaid diagrams of the machines. The expected diagrams are worked out by hand from
 * the transition tables (meetingMachine.ts, setMachine.ts and the small machine below) and
 * the drawing rules in machineToMermaid's JSDoc: one arrow per pair of stages, labelled with
 * every event (and note) that takes one to the other, in the order the transitions are
 * written; a named group drawn as one box where an event leaves every stage of the group
 * for the same stage, arrives at every stage of it from the same stage, or loops on every
 * stage of it. Independently of the exact layout, every stage and every edge of
 * `machine.edges` must be visible in the diagram.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  defineMachine,
  machineEvent,
  meetingMachine,
  setMachine,
  type MachineEdge,
} from '../../src/action-learning/index.js';

/** The stage names in a group box's note (`note right of group0 : a, b`), by box id. */
function groupsOf(diagram: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const line of diagram.split('\n')) {
    const match = /^ {2}note right of (\S+) : (.+)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined)
      groups.set(match[1], match[2].split(', '));
  }
  return groups;
}

/** Each arrow of the diagram as [from, to, label text]. */
function arrowsOf(diagram: string): [string, string, string][] {
  return diagram.split('\n').flatMap((line): [string, string, string][] => {
    const match = /^ {2}(\S+) --> (\S+) : (.+)$/.exec(line);
    return match?.[1] === undefined || match[2] === undefined || match[3] === undefined
      ? []
      : [[match[1], match[2], match[3]]];
  });
}

/**
 * Whether the diagram shows this edge: an arrow labelled with its event (and note) whose
 * ends are the edge's stages or boxes that contain them.
 */
function shows(diagram: string, edge: MachineEdge): boolean {
  const groups = groupsOf(diagram);
  const covers = (end: string, stage: string): boolean =>
    end === stage || (groups.get(end)?.includes(stage) ?? false);
  const label = edge.note === null ? edge.event : `${edge.event} ${edge.note}`;
  // Labels are joined with ', ' and notes may hold commas too, so look for the whole label
  // between separators rather than splitting.
  return arrowsOf(diagram).some(
    ([from, to, text]) =>
      covers(from, edge.from) && covers(to, edge.to) && `, ${text}, `.includes(`, ${label}, `),
  );
}

describe('meetingMachine.toMermaid', () => {
  const diagram = meetingMachine.toMermaid();

  it('draws the whole meeting protocol, with the open and slot stages as boxes', () => {
    // By hand: ARRIVE loops on all eleven open stages, PAUSE leaves all of them for paused,
    // RESUME [where it paused] returns to each of them and ABANDON leaves all of them (and
    // scheduled and paused) for adjourned: each is drawn once, on the "any open stage" box.
    // TIME_UP leaves each of the five slot stages (committing included) for committing: once,
    // from the "any slot stage" box. ASK loops on two slot stages only, so stays per stage.
    const open =
      'checkingIn, contracting, reviewing, bidding, describing, clarifying, exploring, reflecting, committing, processReview, checkingOut';
    expect(diagram.split('\n')).toEqual([
      'stateDiagram-v2',
      '  state "any open stage" as group0',
      `  note right of group0 : ${open}`,
      '  state "any slot stage" as group1',
      '  note right of group1 : describing, clarifying, exploring, reflecting, committing',
      '  [*] --> scheduled',
      '  scheduled --> checkingIn : OPEN',
      '  group0 --> group0 : ARRIVE',
      '  checkingIn --> contracting : BEGIN [quorum, first meeting]',
      '  checkingIn --> reviewing : BEGIN [quorum, actions to review]',
      '  checkingIn --> bidding : BEGIN [quorum]',
      '  contracting --> contracting : PROPOSE_RULE, DROP_RULE',
      '  contracting --> reviewing : AGREE_RULES [actions to review]',
      '  contracting --> bidding : AGREE_RULES',
      '  reviewing --> reviewing : REVIEW_ACTION',
      '  reviewing --> bidding : END_REVIEW',
      '  bidding --> bidding : BID, ALLOCATE',
      '  bidding --> describing : START_PRESENTING',
      '  describing --> clarifying : CLARIFY',
      '  clarifying --> clarifying : ASK',
      '  exploring --> exploring : ASK',
      '  clarifying --> exploring : EXPLORE',
      '  exploring --> reflecting : REFLECT',
      '  reflecting --> committing : COMMIT',
      '  committing --> committing : COMMIT_ACTION',
      '  group1 --> committing : TIME_UP',
      '  committing --> describing : END_SLOT [next presenter]',
      '  committing --> processReview : END_SLOT [last presenter]',
      '  processReview --> processReview : RATE_RULE',
      '  processReview --> checkingOut : END_PROCESS_REVIEW',
      '  checkingOut --> checkingOut : CHECK_OUT',
      '  checkingOut --> closed : CLOSE',
      '  group0 --> paused : PAUSE',
      '  paused --> group0 : RESUME [where it paused]',
      '  scheduled --> adjourned : ABANDON',
      '  group0 --> adjourned : ABANDON',
      '  paused --> adjourned : ABANDON',
      '  closed --> [*]',
      '  adjourned --> [*]',
    ]);
  });

  it('shows every stage and every edge, and marks the initial and final stages', () => {
    const named = new Set([
      ...arrowsOf(diagram).flatMap(([from, to]) => [from, to]),
      ...[...groupsOf(diagram).values()].flat(),
    ]);
    for (const stage of meetingMachine.states) expect(named).toContain(stage);
    for (const edge of meetingMachine.edges) expect(shows(diagram, edge), edge.event).toBe(true);
    for (const type of meetingMachine.eventTypes) expect(diagram).toContain(type);
    expect(diagram).toContain('\n  [*] --> scheduled\n');
    expect(diagram.split('\n').filter((line) => line.endsWith('--> [*]'))).toEqual([
      '  closed --> [*]',
      '  adjourned --> [*]',
    ]);
    // Nothing leaves a final stage.
    expect(arrowsOf(diagram).filter(([from]) => from === 'closed' || from === 'adjourned')).toEqual(
      [],
    );
  });
});

describe('setMachine.toMermaid', () => {
  const diagram = setMachine.toMermaid();

  it('draws the life of a set, one arrow per pair of stages (no groups declared)', () => {
    // By hand: JOIN and LEAVE loop on the six stages a set can change members in, PLAN on
    // forming and recontracted, RECORD_MEETING on active. LEAVE [below quorum] is written
    // before PAUSE, so it heads the active --> paused label. END leaves five stages.
    expect(diagram.split('\n')).toEqual([
      'stateDiagram-v2',
      '  [*] --> recruiting',
      '  recruiting --> recruiting : JOIN, LEAVE',
      '  forming --> forming : JOIN, LEAVE, PLAN',
      '  contracting --> contracting : JOIN, LEAVE',
      '  active --> active : JOIN, LEAVE, RECORD_MEETING',
      '  paused --> paused : JOIN, LEAVE',
      '  recontracted --> recontracted : JOIN, LEAVE, PLAN',
      '  active --> paused : LEAVE [below quorum], PAUSE',
      '  recruiting --> forming : FORM [4-8 members]',
      '  forming --> contracting : CONTRACT [4-8 members, a cadence]',
      '  contracting --> active : AGREE_CONTRACT',
      '  paused --> active : RESUME [quorum]',
      '  active --> finalReview : START_FINAL_REVIEW',
      '  finalReview --> recontracted : RECONTRACT',
      '  recontracted --> active : START_CYCLE [4-8 members]',
      '  recruiting --> ended : END',
      '  forming --> ended : END',
      '  contracting --> ended : END',
      '  paused --> ended : END',
      '  finalReview --> ended : END',
      '  ended --> [*]',
    ]);
  });

  it('shows every stage and every edge', () => {
    expect(diagram).not.toContain('state "');
    for (const stage of setMachine.states) expect(diagram).toMatch(new RegExp(` ${stage} `));
    for (const edge of setMachine.edges) expect(shows(diagram, edge), edge.event).toBe(true);
  });
});

describe('toMermaid of a machine of your own', () => {
  const Empty = z.strictObject({});
  const round = defineMachine({
    name: 'roundMachine',
    schemaVersion: 1,
    states: ['waiting', 'speaking', 'listening', 'paused', 'done'],
    initial: 'waiting',
    final: ['done'],
    groups: {
      'in the round': ['speaking', 'listening'],
      // No event treats both of these alike, so no box is drawn for them.
      'never drawn': ['waiting', 'paused'],
    },
    setup: Empty,
    context: Empty,
    init: () => ({}),
    events: {
      START: machineEvent('START', {}),
      SWAP: machineEvent('SWAP', {}),
      NOTE: machineEvent('NOTE', {}),
      ASK: machineEvent('ASK', {}),
      PAUSE: machineEvent('PAUSE', {}),
      RESUME: machineEvent('RESUME', {}),
      END: machineEvent('END', {}),
    },
    transitions: {
      START: [{ from: 'waiting', to: 'speaking' }],
      SWAP: [
        { from: 'speaking', to: 'listening' },
        { from: 'listening', to: 'speaking' },
      ],
      NOTE: [{ from: ['speaking', 'listening'] }],
      ASK: [{ from: 'speaking' }],
      PAUSE: [{ from: ['speaking', 'listening'], to: 'paused' }],
      RESUME: [
        { from: 'paused', to: 'speaking', note: '[where it paused]' },
        { from: 'paused', to: 'listening', note: '[where it paused]' },
      ],
      END: [{ from: ['waiting', 'speaking', 'listening'], to: 'done' }],
    },
  });

  it('lists one edge per stage a transition is accepted in, staying put when `to` is left out', () => {
    expect(round.edges.map((edge) => `${edge.from} ${edge.event} ${edge.to}`)).toEqual([
      'waiting START speaking',
      'speaking SWAP listening',
      'listening SWAP speaking',
      'speaking NOTE speaking',
      'listening NOTE listening',
      'speaking ASK speaking',
      'speaking PAUSE paused',
      'listening PAUSE paused',
      'paused RESUME speaking',
      'paused RESUME listening',
      'waiting END done',
      'speaking END done',
      'listening END done',
    ]);
    expect(round.edges.find((edge) => edge.event === 'RESUME')?.note).toBe('[where it paused]');
    expect(round.edges.find((edge) => edge.event === 'START')?.note).toBeNull();
  });

  it('boxes a group for loops, departures and returns that cover all of it, and no more', () => {
    // NOTE loops on both round stages: one loop on the box. ASK loops on speaking only: it
    // stays. SWAP goes between the two, not from both to one stage: it stays. PAUSE leaves
    // both for paused; RESUME returns to both from paused; END leaves both (and waiting).
    expect(round.toMermaid().split('\n')).toEqual([
      'stateDiagram-v2',
      '  state "in the round" as group0',
      '  note right of group0 : speaking, listening',
      '  [*] --> waiting',
      '  waiting --> speaking : START',
      '  speaking --> listening : SWAP',
      '  listening --> speaking : SWAP',
      '  group0 --> group0 : NOTE',
      '  speaking --> speaking : ASK',
      '  group0 --> paused : PAUSE',
      '  paused --> group0 : RESUME [where it paused]',
      '  waiting --> done : END',
      '  group0 --> done : END',
      '  done --> [*]',
    ]);
    for (const edge of round.edges) expect(shows(round.toMermaid(), edge), edge.event).toBe(true);
  });

  it('draws a machine without groups stage by stage, with several final stages', () => {
    const Context = z.strictObject({ turns: z.int() });
    const tiny = defineMachine({
      name: 'tinyMachine',
      schemaVersion: 1,
      states: ['a', 'b', 'yes', 'no'],
      initial: 'a',
      final: ['yes', 'no'],
      setup: Context,
      context: Context,
      init: (setup) => setup,
      events: { GO: machineEvent('GO', {}), STOP: machineEvent('STOP', {}) },
      transitions: {
        // Two guarded transitions of the same event between the same stages: one label.
        GO: [
          { from: 'a', to: 'b', guard: (s) => (s.context.turns > 0 ? undefined : 'no turns') },
          { from: 'a', to: 'b' },
          { from: 'b', to: 'yes', note: '[agreed]' },
        ],
        STOP: [{ from: ['a', 'b'], to: 'no' }],
      },
    });
    expect(tiny.toMermaid()).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> a',
        '  a --> b : GO',
        '  b --> yes : GO [agreed]',
        '  a --> no : STOP',
        '  b --> no : STOP',
        '  yes --> [*]',
        '  no --> [*]',
      ].join('\n'),
    );
  });
});
