import { produce } from 'immer';
import { z } from 'zod';
import { deepFreeze } from '../../core/deepFreeze.js';
import { formatPath } from '../../core/formatPath.js';
import { InvalidInputError } from '../../core/InvalidInputError.js';
import { InvalidTransitionError } from '../../core/InvalidTransitionError.js';
import { IsoDateTime } from '../../core/isoDate.js';
import type { ErrorPath } from '../../core/PeerLearnError.js';
import { parseWith, safeParseWith, type SafeParseResult } from '../../core/validation.js';
import { checkWith } from '../model/checkWith.js';
import { isEarlier } from './instant.js';
import { machineToMermaid } from './machineToMermaid.js';
import type {
  EventInputOf,
  EventOf,
  EventSchemas,
  Machine,
  MachineDefinition,
  MachineEdge,
  MachineEvent,
  MachineEvents,
  MachineState,
  TransitionDefinition,
} from './types.js';

type AnyTransition = TransitionDefinition<string, unknown, MachineEvent>;
type AnyState = MachineState;
type Build = (event: MachineEvent, state: AnyState) => unknown;
type Recipe = (draft: unknown, event: MachineEvent, state: AnyState) => void;

/** A transition made ready to run: its changes as lists, so each event loops over arrays. */
interface Step {
  readonly to: string | undefined;
  readonly guard: AnyTransition['guard'];
  readonly check: AnyTransition['check'];
  readonly append: readonly (readonly [string, Build])[];
  readonly set: readonly (readonly [string, Build])[];
  readonly fields: readonly (readonly [string, Recipe])[];
  readonly whole: Recipe | undefined;
  /** Whether the context is copied (any append, set or per-field recipe). */
  readonly copies: boolean;
}

function compile(transition: AnyTransition): Step {
  const { update } = transition;
  const entries = <Value>(record: object | undefined): [string, Value][] =>
    Object.entries(record ?? {}) as [string, Value][];
  const append = entries<Build>(transition.append);
  const set = entries<Build>(transition.set);
  const fields = typeof update === 'object' ? entries<Recipe>(update) : [];
  return {
    to: transition.to,
    guard: transition.guard,
    check: transition.check,
    append,
    set,
    fields,
    whole: typeof update === 'function' ? (update as Recipe) : undefined,
    copies: append.length + set.length + fields.length > 0,
  };
}

/**
 * Turns a description of a state machine (stages, events as zod schemas, transitions with
 * guards and immer updates) into a working, pure machine.
 *
 * This is the kernel under {@link meetingMachine} and {@link setMachine}; apps can use it
 * for protocols of their own (a peer review round, a buddy check-in). The machine is data:
 * its whole state is plain JSON with a `schemaVersion`, so an app can store it and carry on
 * later, and every event carries its time (`at`), which may never go backwards. A refused
 * event raises an {@link InvalidTransitionError} naming the stage, the event, the reason and
 * what is allowed instead; the state passed in is never changed. Updates run through
 * immer's `produce`, only for transitions that record something. Cost per event: O(1) to
 * find the transition, plus the event's validation and the update.
 *
 * @param definition - stages, the initial and final stages, setup, context and event
 *   schemas, transitions keyed by event type, optional diagram groups and invariant.
 * @returns the machine: `initial`, `transition`, `can`, `events`, `replay`, `toMermaid`,
 *   `parseState`, `safeParseState`, and its `states`, `final`, `eventTypes` and `edges`.
 * @throws {@link InvalidInputError} (`invalid_input`) when a transition names an unknown
 *   stage or an event type has no schema.
 *
 * @example
 * ```ts
 * // A round of check-ins: everyone speaks once, then the round ends. The context is the
 * // list of members still to speak.
 * const round = defineMachine({
 *   name: 'roundMachine',
 *   schemaVersion: 1,
 *   states: ['waiting', 'speaking', 'done'],
 *   initial: 'waiting',
 *   final: ['done'],
 *   setup: Members,
 *   context: Members,
 *   init: (members) => members,
 *   events: {
 *     SPEAK: machineEvent('SPEAK', { who: Member.shape.id }),
 *     END: machineEvent('END', {}),
 *   },
 *   transitions: {
 *     SPEAK: [
 *       {
 *         from: ['waiting', 'speaking'],
 *         to: 'speaking',
 *         check: (state, event) =>
 *           state.context.some((member) => member.id === event.who) ? undefined : `${event.who} has spoken already`,
 *         update: (draft, event, state) => {
 *           draft.splice(state.context.findIndex((member) => member.id === event.who), 1);
 *         },
 *       },
 *     ],
 *     END: [
 *       {
 *         from: 'speaking',
 *         to: 'done',
 *         guard: (state) => (state.context.length > 0 ? 'not everyone has spoken' : undefined),
 *       },
 *     ],
 *   },
 * });
 * const start = round.initial([{ id: 'ama', displayName: 'Ama' }, { id: 'ben', displayName: 'Ben' }]);
 * const one = round.transition(start, { type: 'SPEAK', at: '2026-03-05T10:00:00Z', who: 'ama' });
 * round.events(one);
 * // => { allowed: ['SPEAK'], refused: [{ type: 'END', reason: 'not everyone has spoken' }] }
 * round.can(one, { type: 'SPEAK', at: '2026-03-05T09:59:00Z', who: 'ben' }); // time went backwards
 * // => false
 * round.can(one, { type: 'SPEAK', at: '2026-03-05T10:01:00Z', who: 'ama' });
 * // => false
 * start.value; // the state passed in is never changed
 * // => 'waiting'
 * round.toMermaid().split('\n').slice(1, 3);
 * // => ['  [*] --> waiting', '  waiting --> speaking : SPEAK']
 * ```
 */
export function defineMachine<
  const Value extends string,
  ContextSchema extends z.ZodType,
  SetupSchema extends z.ZodType,
  Schemas extends EventSchemas,
>(
  definition: MachineDefinition<Value, ContextSchema, SetupSchema, Schemas>,
): Machine<
  Value,
  z.output<ContextSchema>,
  z.input<SetupSchema>,
  EventOf<Schemas>,
  EventInputOf<Schemas>
> {
  type State = MachineState<Value, z.output<ContextSchema>>;
  const { name, schemaVersion, states, final } = definition;
  const eventTypes = Object.keys(definition.events) as EventOf<Schemas>['type'][];
  const known = new Set<string>(states);
  const schemas = new Map<string, z.ZodType<MachineEvent>>(
    eventTypes.map((type) => [type, definition.events[type] as z.ZodType<MachineEvent>]),
  );

  // stage -> event type -> candidate transitions, in the order they were written.
  const table = new Map<string, Map<string, Step[]>>(states.map((value) => [value, new Map()]));
  const edges: MachineEdge<Value>[] = [];
  const problems: string[] = [];
  for (const type of Object.keys(definition.transitions)) {
    if (!schemas.has(type)) problems.push(`event "${type}" has transitions but no schema`);
    const list = definition.transitions[type] as unknown as readonly AnyTransition[];
    for (const transition of list) {
      const step = compile(transition);
      const sources: readonly string[] =
        typeof transition.from === 'string' ? [transition.from] : transition.from;
      for (const stage of transition.to === undefined ? sources : [...sources, transition.to]) {
        if (!known.has(stage)) problems.push(`event "${type}" names the unknown stage "${stage}"`);
      }
      for (const from of sources) {
        const byType = table.get(from);
        if (byType === undefined) continue;
        const candidates = byType.get(type) ?? [];
        candidates.push(step);
        byType.set(type, candidates);
        edges.push({
          from: from as Value,
          event: type,
          to: (transition.to ?? from) as Value,
          note: transition.note ?? null,
        });
      }
    }
  }
  if (problems.length > 0) {
    throw new InvalidInputError(
      'defineMachine',
      problems.map((message) => ({
        path: ['transitions'],
        pathText: 'definition.transitions',
        code: 'custom',
        message,
      })),
    );
  }

  const anyEvent = z.object({ type: z.enum(eventTypes as [string, ...string[]]) });
  const stateSchema = z.strictObject({
    schemaVersion: z.literal(schemaVersion),
    machine: z.literal(name),
    value: z.enum(states as readonly string[] as [Value, ...Value[]]),
    at: IsoDateTime.nullable(),
    context: definition.context,
  });

  const freezeState = (value: string, at: string | null, context: unknown): State =>
    Object.freeze({ schemaVersion, machine: name, value, at, context }) as State;

  /** The candidates for this event in this stage, or throws when the state is not ours. */
  const candidatesFor = (
    state: AnyState,
    type: string,
    fn: string,
  ): readonly Step[] | undefined => {
    const byType =
      (state as Partial<AnyState> | null)?.machine === name ? table.get(state.value) : undefined;
    if (byType === undefined) {
      throw new InvalidInputError(fn, [
        {
          path: [],
          pathText: 'state',
          code: 'custom',
          message: `is not a ${name} state; start from ${name}.initial(…) or load a stored state with ${name}.parseState(…)`,
        },
      ]);
    }
    return byType.get(type);
  };

  /** The checked event; errors carry its path from the argument (`events[3].at`). */
  const parseEvent = (event: unknown, fn: string, at: ErrorPath): MachineEvent => {
    const type = (event as { type?: unknown } | null)?.type;
    const schema = (typeof type === 'string' && schemas.get(type)) || anyEvent;
    // zod's fast path; the error map (which slows zod down) only to word the problems.
    const quick = schema.safeParse(event);
    if (quick.success) return quick.data as MachineEvent;
    const result = safeParseWith(schema, event, { fn, root: formatPath(at) });
    if (result.success) return result.data as MachineEvent;
    const issues = result.error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] }));
    throw new InvalidInputError(fn, issues, { cause: result.error.cause });
  };

  /** Why the guards of these candidates refuse, joined; or the transition they allow. */
  const choose = (state: AnyState, candidates: readonly Step[]): Step | string => {
    let reasons: string[] | undefined;
    for (const candidate of candidates) {
      const reason = candidate.guard?.(state);
      if (reason === undefined) return candidate;
      reasons ??= [];
      if (!reasons.includes(reason)) reasons.push(reason);
    }
    return reasons?.join('; ') ?? '';
  };

  /** The next state, or why the event is refused. */
  const attempt = (state: AnyState, event: MachineEvent, fn: string): State | string => {
    const candidates = candidatesFor(state, event.type, fn);
    if (candidates === undefined) {
      return final.includes(state.value as Value)
        ? `"${state.value}" is a final stage; nothing more can happen`
        : `"${event.type}" does not happen in "${state.value}"`;
    }
    if (state.at !== null && isEarlier(event.at, state.at)) {
      return `its time ${event.at} is earlier than the last event's (${state.at}); time cannot go backwards`;
    }
    const chosen = choose(state, candidates);
    if (typeof chosen === 'string') return chosen;
    const refused = chosen.check?.(state, event);
    if (refused !== undefined) return refused;
    let context = state.context as Record<string, unknown>;
    if (chosen.copies) {
      context = { ...context };
      for (const [key, build] of chosen.append) {
        const list = context[key] as readonly unknown[];
        context[key] = Object.freeze([...list, deepFreeze(build(event, state))]);
      }
      for (const [key, build] of chosen.set) context[key] = deepFreeze(build(event, state));
      for (const [key, recipe] of chosen.fields) {
        context[key] = produce(context[key], (draft: unknown) => {
          recipe(draft, event, state);
        });
      }
      Object.freeze(context);
    }
    const { whole } = chosen;
    if (whole !== undefined) {
      context = produce(context, (draft: unknown) => {
        whole(draft, event, state);
      });
    }
    return freezeState(chosen.to ?? state.value, event.at, context);
  };

  const events = (state: State): MachineEvents<EventOf<Schemas>['type']> => {
    candidatesFor(state, '', `${name}.events`);
    const allowed: EventOf<Schemas>['type'][] = [];
    const refused: { type: EventOf<Schemas>['type']; reason: string }[] = [];
    for (const [type, candidates] of table.get(state.value) ?? []) {
      const chosen = choose(state, candidates);
      if (typeof chosen === 'string') refused.push({ type, reason: chosen });
      else allowed.push(type);
    }
    return { allowed, refused };
  };

  const refuse = (state: AnyState, type: string, reason: string): InvalidTransitionError =>
    new InvalidTransitionError({
      machine: name,
      state: state.value,
      event: type,
      reason,
      allowed: events(state as State).allowed,
    });

  const initial = (setup: z.input<SetupSchema>): State => {
    const checked = checkWith(definition.setup, setup, { fn: `${name}.initial`, root: 'setup' });
    return freezeState(definition.initial, null, deepFreeze(definition.init(checked)));
  };

  const safeParseState = (input: unknown): SafeParseResult<State> => {
    const fn = `${name}.parseState`;
    const result = safeParseWith(stateSchema, input, { fn, root: 'state' });
    if (!result.success) return result;
    const state = deepFreeze(result.data) as State;
    const broken = definition.invariant?.(state);
    if (broken === undefined) return { success: true, data: state };
    return {
      success: false,
      error: new InvalidInputError(fn, [
        { path: [], pathText: 'state', code: 'custom', message: broken },
      ]),
    };
  };

  return Object.freeze({
    name,
    schemaVersion,
    states,
    final,
    eventTypes,
    edges,
    initial,
    transition: (state: State, event: EventInputOf<Schemas>): State => {
      const fn = `${name}.transition`;
      const parsed = parseEvent(event, fn, ['event']);
      const next = attempt(state, parsed, fn);
      if (typeof next === 'string') throw refuse(state, parsed.type, next);
      return next;
    },
    can: (state: State, event: unknown): boolean => {
      if ((state as Partial<State> | null)?.machine !== name || !table.has(state.value))
        return false;
      const type = (event as { type?: unknown } | null)?.type;
      const parsed = typeof type === 'string' ? schemas.get(type)?.safeParse(event) : undefined;
      return (
        parsed?.success === true && typeof attempt(state, parsed.data, `${name}.can`) !== 'string'
      );
    },
    events,
    replay: (setup: z.input<SetupSchema>, list: readonly EventInputOf<Schemas>[]): State => {
      const fn = `${name}.replay`;
      parseWith(z.array(z.unknown()), list, { fn, root: 'events' });
      let state = initial(setup);
      list.forEach((event, index) => {
        const parsed = parseEvent(event, fn, ['events', index]);
        const next = attempt(state, parsed, fn);
        if (typeof next === 'string') {
          throw refuse(state, parsed.type, `events[${String(index)}] was refused: ${next}`);
        }
        state = next;
      });
      return state;
    },
    toMermaid: () => machineToMermaid(definition.initial, final, edges, definition.groups ?? {}),
    parseState: (input: unknown): State => {
      const result = safeParseState(input);
      if (!result.success) throw result.error;
      return result.data;
    },
    safeParseState,
  });
}
