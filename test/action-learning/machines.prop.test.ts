/**
 * Properties of both machines over random event sequences (fast-check): every state reached
 * is a declared stage and a valid stored state; a JSON round trip gives an equal state that
 * parses; every state is frozen all the way down; a refused or malformed event throws a
 * PeerLearnError and leaves the state exactly as it was; and replaying the accepted events
 * gives the same state as applying them one by one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPeerLearnError,
  meetingMachine,
  setMachine,
  type MachineState,
  type MeetingState,
  type SetState,
} from '../../src/action-learning/index.js';
import { MEETING_SETUPS, meetingCandidates, SET_SETUPS, setCandidates } from './helpers/drivers.js';

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

interface Subject {
  readonly name: string;
  readonly setups: readonly unknown[];
  readonly machine: {
    readonly states: readonly string[];
    readonly edges: readonly { readonly to: string }[];
    initial(setup: unknown): MachineState;
    transition(state: MachineState, event: unknown): MachineState;
    can(state: MachineState, event: unknown): boolean;
    replay(setup: unknown, events: readonly unknown[]): MachineState;
    parseState(input: unknown): MachineState;
  };
  readonly candidates: (
    state: MachineState,
    seconds: number,
  ) => readonly { readonly type: string }[];
  readonly step: number;
  readonly rare: readonly string[];
}

const SUBJECTS: readonly Subject[] = [
  {
    name: 'meetingMachine',
    setups: Object.values(MEETING_SETUPS),
    machine: meetingMachine,
    candidates: (state, seconds) =>
      meetingCandidates(state as MeetingState, { seconds, bidders: 3 }),
    step: 60,
    rare: ['ABANDON', 'PAUSE'],
  },
  {
    name: 'setMachine',
    setups: Object.values(SET_SETUPS),
    machine: setMachine,
    candidates: (state, seconds) => setCandidates(state as SetState, { seconds }),
    step: 86_400,
    rare: ['END', 'PAUSE', 'LEAVE'],
  },
];

const steps = fc.array(
  fc.record({
    pick: fc.nat(),
    // Mostly an event the machine accepts (so sequences get deep), sometimes any.
    acceptable: fc.constantFrom(true, true, true, false),
    // Mostly forwards, sometimes at the same instant, sometimes backwards.
    time: fc.constantFrom(1, 1, 1, 1, 0, -1),
    // Now and then an event with a broken field.
    mangle: fc.constantFrom(null, null, null, null, null, null, null, null, 'at', 'type', 'extra'),
  }),
  { maxLength: 120, size: 'max' },
);

describe('random event sequences', () => {
  for (const subject of SUBJECTS) {
    const { machine } = subject;
    const reached = new Set<string>();
    const entered = new Set<string>();
    // Every state a sequence is in, the initial one included (nothing leads back to a
    // meeting's `scheduled`, so only the start visits it).
    const visit = (state: MachineState): void => {
      expect(machine.states).toContain(state.value);
      reached.add(state.value);
      expect(isDeepFrozen(state)).toBe(true);
      const stored = JSON.parse(JSON.stringify(state)) as unknown;
      expect(stored).toEqual(state);
      expect(machine.parseState(stored)).toEqual(state);
    };
    it(`${subject.name}: only declared, valid, frozen states; refusals change nothing; replay agrees`, () => {
      fc.assert(
        fc.property(fc.nat({ max: subject.setups.length - 1 }), steps, (which, plan) => {
          const setup = subject.setups[which];
          let state = machine.initial(setup);
          visit(state);
          const accepted: unknown[] = [];
          for (const { pick, acceptable, time, mangle } of plan) {
            const all = subject.candidates(state, time * subject.step);
            // Ending or pausing is taken only now and then, so that runs get deep.
            const fitting = all.filter(
              (candidate) =>
                machine.can(state, candidate) &&
                (pick % 10 === 0 || !subject.rare.includes(candidate.type)),
            );
            const candidates = acceptable && fitting.length > 0 ? fitting : all;
            const chosen = candidates[pick % candidates.length];
            if (chosen === undefined) continue;
            const event: Record<string, unknown> = { ...chosen };
            if (mangle === 'at') event['at'] = '5 March 2026, 6pm';
            if (mangle === 'type') event['type'] = 'SHOUT';
            if (mangle === 'extra') event['colour'] = 'blue';
            const before = JSON.stringify(state);
            const previous = state;
            if (machine.can(state, event)) {
              state = machine.transition(state, event);
              accepted.push(event);
              entered.add(state.value);
              visit(state);
            } else {
              let error: unknown;
              try {
                machine.transition(state, event);
              } catch (caught) {
                error = caught;
              }
              expect(isPeerLearnError(error)).toBe(true);
              if (isPeerLearnError(error)) {
                expect(error.code).toBe(mangle === null ? 'invalid_transition' : 'invalid_input');
              }
              expect(state).toBe(previous);
              expect(JSON.stringify(state)).toBe(before);
            }
          }
          expect(machine.replay(setup, accepted)).toEqual(state);
        }),
        { numRuns: 150 },
      );
      // The sequences get somewhere: every stage is visited, and every stage an edge leads to
      // is entered by an accepted event.
      expect([...reached].sort()).toEqual([...machine.states].sort());
      expect([...entered].sort()).toEqual([...new Set(machine.edges.map((e) => e.to))].sort());
    }, 120_000);
  }
});
