/**
 * Model-based tests generated from the machine definitions: a breadth-first walk from each
 * setup, sending every candidate event the machine accepts, until every stage has been
 * reached and every edge of `machine.edges` (each transition, from each stage it is
 * accepted in, to its target) has been taken. Each step also checks that the stage reached
 * is the one the edge promises, and that `events(state)` agrees with `can`.
 */
import { describe, expect, it } from 'vitest';
import type { MachineEvent, MachineState } from '../../src/action-learning/index.js';
import { MACHINES } from './helpers/drivers.js';

interface Explorable<State extends MachineState, Event, Setup> {
  readonly machine: {
    readonly name: string;
    readonly states: readonly string[];
    readonly edges: readonly { from: string; event: string; to: string }[];
    initial(setup: Setup): State;
    transition(state: State, event: Event): State;
    can(state: State, event: unknown): boolean;
    events(state: State): { allowed: readonly string[] };
  };
  readonly setups: readonly Setup[];
  readonly candidates: (state: State) => Event[];
  readonly key: (state: State) => string;
}

function explore<State extends MachineState, Event extends Pick<MachineEvent, 'type'>, Setup>(
  model: Explorable<State, Event, Setup>,
): { stages: Set<string>; edges: Set<string>; states: number; wrong: string[] } {
  const { machine } = model;
  const wanted = new Set(machine.edges.map((edge) => `${edge.from} -${edge.event}-> ${edge.to}`));
  const stages = new Set<string>();
  const edges = new Set<string>();
  const wrong: string[] = [];
  const seen = new Set<string>();
  let frontier = model.setups.map((setup) => machine.initial(setup));
  let states = 0;
  while (frontier.length > 0 && edges.size < wanted.size && states < 100_000) {
    const next: State[] = [];
    for (const state of frontier) {
      const key = model.key(state);
      if (seen.has(key)) continue;
      seen.add(key);
      states += 1;
      stages.add(state.value);
      const allowed = new Set(machine.events(state).allowed);
      for (const event of model.candidates(state)) {
        if (!machine.can(state, event)) continue;
        if (!allowed.has(event.type))
          wrong.push(`${event.type} accepted in ${state.value} but not listed`);
        const after = machine.transition(state, event);
        const edge = `${state.value} -${event.type}-> ${after.value}`;
        if (!wanted.has(edge)) wrong.push(`undeclared edge ${edge}`);
        edges.add(edge);
        stages.add(after.value);
        next.push(after);
      }
    }
    frontier = next;
  }
  return { stages, edges, states, wrong };
}

describe('model-based coverage of the machine definitions', () => {
  for (const model of MACHINES) {
    const { machine } = model;
    it(`${machine.name}: every stage reached and every edge taken`, () => {
      const result = explore(model as unknown as Explorable<MachineState, MachineEvent, unknown>);
      const missing = machine.edges
        .map((edge) => `${edge.from} -${edge.event}-> ${edge.to}`)
        .filter((edge) => !result.edges.has(edge));
      expect(result.wrong).toEqual([]);
      expect(missing, `${String(result.states)} states explored`).toEqual([]);
      expect([...result.stages].sort()).toEqual([...machine.states].sort());
      expect(result.edges.size).toBe(
        new Set(machine.edges.map((e) => `${e.from}|${e.event}|${e.to}`)).size,
      );
    }, 120_000);
  }
});
