import { produce } from 'immer';
import { z } from 'zod';
import { deepFreeze } from '../../core/deepFreeze.js';
import { formatPath } from '../../core/formatPath.js';
import { InvalidInputError } from '../../core/InvalidInputError.js';
import { InvalidTransitionError } from '../../core/InvalidTransitionError.js';
import { IsoDateTime } from '../../core/isoDate.js';
import type { ErrorPath } from '../../core/PeerLearnError.js';
import { parseWith, safeParseWith, type SafeParseResult } from '../../core/validation.js';
import { sizeLimitError, withCommas } from '../../internal/sizeLimit.js';
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

/** The most events `replay` takes: 10,000 questions replay into one meeting in 0.5 to 3.7 s. */
const MAX_REPLAY_EVENTS = 10_000;

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

/** A function, for the parts of a definition that are code. */
const Code = /* @__PURE__ */ (() =>
  z.custom<(...args: never[]) => unknown>(
    (value) => typeof value === 'function',
    'expected a function',
  ))();

/** A zod schema (told by its `safeParse`, so a schema from any copy of zod 4 passes). */
const Schema = /* @__PURE__ */ (() =>
  z.custom<z.ZodType>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { safeParse?: unknown }).safeParse === 'function',
    'expected a zod schema',
  ))();

const Stages = /* @__PURE__ */ (() => z.array(z.string().min(1)))();

/** The shape of a machine definition; the code in it is checked to be functions only. */
const Definition = /* @__PURE__ */ (() =>
  z
    .object({
      name: z.string().min(1),
      schemaVersion: z.int().nonnegative(),
      states: Stages.min(1),
      initial: z.string(),
      final: Stages,
      groups: z.record(z.string(), Stages).optional(),
      setup: Schema,
      context: Schema,
      init: Code,
      events: z.record(z.string(), Schema),
      transitions: z.record(
        z.string(),
        z.array(
          z.object({
            from: z.union([z.string(), Stages]),
            to: z.string().optional(),
            guard: Code.optional(),
            check: Code.optional(),
            append: z.record(z.string(), Code).optional(),
            set: z.record(z.string(), Code).optional(),
            update: z.union([Code, z.record(z.string(), Code)]).optional(),
            note: z.string().optional(),
          }),
        ),
      ),
      invariant: Code.optional(),
    })
    .superRefine((definition, context) => {
      const known = new Set(definition.states);
      for (const [key, stages] of [
        ['initial', [definition.initial]],
        ['final', definition.final],
      ] as const) {
        for (const stage of stages) {
          if (!known.has(stage)) {
            context.addIssue({
              code: 'custom',
              path: [key],
              message: `names the stage "${stage}", which is not one of the states`,
            });
          }
        }
      }
    }))();

/** Refuses an event, transition list or group named `__proto__`, which zod would skip. */
function refuseProtoKeys(definition: unknown): void {
  for (const key of ['events', 'transitions', 'groups']) {
    const record = (definition as Partial<Record<string, unknown>> | null | undefined)?.[key];
    if (typeof record === 'object' && record !== null && Object.hasOwn(record, '__proto__')) {
      throw new InvalidInputError('defineMachine', [
        {
          path: [key, '__proto__'],
          pathText: `definition.${key}["__proto__"]`,
          code: 'invalid_key',
          message: 'cannot be named __proto__; choose another name',
        },
      ]);
    }
  }
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
 * find the transition, plus the event's validation and the update, which copies the lists
 * it changes; so `replay` of e events costs up to O(e²), and takes at most 10,000 events
 * (10,000 questions in one meeting replay in 0.5 s, or 3.7 s when each is 2,000 characters
 * long, on a 2-core machine with Node 20).
 *
 * @param definition - stages, the initial and final stages, setup, context and event
 *   schemas, transitions keyed by event type, optional diagram groups and invariant.
 * @returns the machine: `initial`, `transition`, `can`, `events`, `replay`, `toMermaid`,
 *   `parseState`, `safeParseState`, and its `states`, `final`, `eventTypes` and `edges`.
 * @throws {@link InvalidInputError} (`invalid_input`) when the definition is malformed (a
 *   missing schema or function, an initial or final stage that is not a state), a
 *   transition names an unknown stage, or an event type has no schema.
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
  refuseProtoKeys(definition);
  // The checked copy is read below, not the definition: zod leaves a record key named
  // `__proto__` out, unchecked, and the copy has none.
  const checked = parseWith(Definition, definition, { fn: 'defineMachine', root: 'definition' });
  const { name, schemaVersion } = definition;
  // Copies, frozen: the machine is shared, so neither its caller nor the definition's
  // author can change its stages afterwards.
  const states = Object.freeze([...definition.states]);
  const final = Object.freeze([...definition.final]);
  const eventTypes = Object.freeze(
    Object.keys(checked.events),
  ) as readonly EventOf<Schemas>['type'][];
  const known = new Set<string>(states);
  const schemas = new Map<string, z.ZodType<MachineEvent>>(
    eventTypes.map((type) => [type, checked.events[type] as z.ZodType<MachineEvent>]),
  );

  // stage -> event type -> candidate transitions, in the order they were written.
  const table = new Map<string, Map<string, Step[]>>(states.map((value) => [value, new Map()]));
  const edges: MachineEdge<Value>[] = [];
  const problems: string[] = [];
  for (const type of Object.keys(checked.transitions)) {
    if (!schemas.has(type)) problems.push(`event "${type}" has transitions but no schema`);
    const list = checked.transitions[type] as unknown as readonly AnyTransition[];
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

  deepFreeze(edges);

  const anyEvent = z.object({ type: z.enum(eventTypes as [string, ...string[]]) });
  const stateSchema = z.strictObject({
    schemaVersion: z.literal(schemaVersion),
    machine: z.literal(name),
    value: z.enum(states as readonly string[] as [Value, ...Value[]]),
    at: IsoDateTime.nullable(),
    context: definition.context,
  });

  /**
   * The states this machine made or checked. Each is frozen, so it is still as it was; any
   * other state (one loaded from storage, or built by hand) is checked before it is used.
   */
  const vouched = new WeakSet();

  const freezeState = (value: string, at: string | null, context: unknown): State => {
    const state = Object.freeze({ schemaVersion, machine: name, value, at, context }) as State;
    vouched.add(state);
    return state;
  };

  /** The state, checked against the state schema and invariant unless already vouched for. */
  const checkState = (input: unknown, fn: string): SafeParseResult<State> => {
    if (typeof input === 'object' && input !== null && vouched.has(input)) {
      return { success: true, data: input as State };
    }
    // zod's fast path first; the error map (which slows zod down) only to word problems.
    const quick = stateSchema.safeParse(input);
    const result = quick.success ? quick : safeParseWith(stateSchema, input, { fn, root: 'state' });
    if (!result.success) return result;
    // Parsing lists each object's keys in the schema's order; a stored state keeps its own,
    // so that writing it out again, or carrying on from it, gives the same text.
    const state = deepFreeze(inKeyOrderOf(result.data, input)) as State;
    const broken = definition.invariant?.(state);
    if (broken !== undefined) {
      return {
        success: false,
        error: new InvalidInputError(fn, [
          { path: [], pathText: 'state', code: 'custom', message: broken },
        ]),
      };
    }
    vouched.add(state);
    return { success: true, data: state };
  };

  /** Whether a value claims to be a state of this machine, in one of its stages. */
  const isOurs = (state: unknown): boolean => {
    const { machine, value } = (state ?? {}) as Partial<AnyState>;
    return machine === name && typeof value === 'string' && table.has(value);
  };

  /** The state, checked; throws when it is not a valid state of this machine. */
  const ownState = (state: unknown, fn: string): State => {
    if (!isOurs(state)) candidatesFor(state as AnyState, '', fn);
    const result = checkState(state, fn);
    if (!result.success) throw result.error;
    return result.data;
  };

  /** The candidates for this event in this stage, or throws when the state is not ours. */
  const candidatesFor = (
    state: AnyState,
    type: string,
    fn: string,
  ): readonly Step[] | undefined => {
    const byType = isOurs(state) ? table.get(state.value) : undefined;
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

  const events = (input: State): MachineEvents<EventOf<Schemas>['type']> => {
    const state = ownState(input, `${name}.events`);
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

  const start = (setup: z.input<SetupSchema>, fn: string): State => {
    const checked = checkWith(definition.setup, setup, { fn, root: 'setup' });
    return freezeState(definition.initial, null, deepFreeze(definition.init(checked)));
  };
  const initial = (setup: z.input<SetupSchema>): State => start(setup, `${name}.initial`);

  const safeParseState = (input: unknown): SafeParseResult<State> =>
    checkState(input, `${name}.parseState`);

  return Object.freeze({
    name,
    schemaVersion,
    states,
    final,
    eventTypes,
    edges,
    initial,
    transition: (input: State, event: EventInputOf<Schemas>): State => {
      const fn = `${name}.transition`;
      const parsed = parseEvent(event, fn, ['event']);
      const state = ownState(input, fn);
      const next = attempt(state, parsed, fn);
      if (typeof next === 'string') throw refuse(state, parsed.type, next);
      return next;
    },
    can: (input: State, event: unknown): boolean => {
      if (!isOurs(input)) return false;
      const checked = checkState(input, `${name}.can`);
      if (!checked.success) return false;
      const state = checked.data;
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
      if (list.length > MAX_REPLAY_EVENTS) {
        throw sizeLimitError(
          fn,
          ['events'],
          '',
          `has ${withCommas(list.length)} events; replay takes at most ${withCommas(MAX_REPLAY_EVENTS)} (its cost grows with the square of the events, as lists in the state grow), so store the state and carry on from it with transition`,
        );
      }
      let state = start(setup, fn);
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
    toMermaid: () => machineToMermaid(definition.initial, final, edges, checked.groups ?? {}),
    parseState: (input: unknown): State => {
      const result = safeParseState(input);
      if (!result.success) throw result.error;
      return result.data;
    },
    safeParseState,
  });
}

/**
 * `parsed` with the keys of each object in the order `given` has them (keys `given` lacks,
 * such as defaults filled in, come after), so a checked state written out again gives the
 * same JSON text as the one it was read from.
 *
 * @param parsed - the schema's output.
 * @param given - the input it came from.
 * @returns the same data, its keys ordered as given.
 */
function inKeyOrderOf(parsed: unknown, given: unknown): unknown {
  if (typeof parsed !== 'object' || parsed === null) return parsed;
  if (typeof given !== 'object' || given === null) return parsed;
  if (Array.isArray(parsed)) {
    const items = Array.isArray(given) ? (given as readonly unknown[]) : [];
    return parsed.map((item: unknown, index) => inKeyOrderOf(item, items[index]));
  }
  const from = parsed as Record<string, unknown>;
  const order = given as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(order)) {
    if (Object.hasOwn(from, key)) result[key] = inKeyOrderOf(from[key], order[key]);
  }
  for (const key of Object.keys(from)) {
    if (!Object.hasOwn(result, key)) result[key] = from[key];
  }
  return result;
}
