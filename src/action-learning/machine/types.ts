import type { z } from 'zod';
import type { SafeParseResult } from '../../core/validation.js';

/** What every event sent to a machine carries: its type and the instant it happened. */
export interface MachineEvent {
  /** The event's name, such as `'ASK'`. */
  readonly type: string;
  /** When it happened, as an ISO 8601 instant with an offset; never earlier than the last event. */
  readonly at: string;
}

/**
 * The whole state of a machine: plain JSON that an app can store and load again.
 *
 * `value` is the stage the machine is in; `context` is everything it has recorded so far;
 * `at` is the time of the last event it accepted (`null` before the first).
 */
export interface MachineState<Value extends string = string, Context = unknown> {
  /** The version of this state's layout; a stored state of another version is refused. */
  readonly schemaVersion: number;
  /** The name of the machine the state belongs to, such as `'meetingMachine'`. */
  readonly machine: string;
  /** The current stage. */
  readonly value: Value;
  /** The time of the last accepted event, or `null` when no event has been accepted yet. */
  readonly at: string | null;
  /** What the machine has recorded. */
  readonly context: Context;
}

/**
 * One transition of a machine: from which stages an event is accepted, where it leads, the
 * conditions it must meet and what it records.
 */
export interface TransitionDefinition<Value extends string, Context, Event extends MachineEvent> {
  /** The stage or stages the event is accepted in. */
  readonly from: Value | readonly Value[];
  /** The stage it leads to; left out, the machine stays where it is. */
  readonly to?: Value;
  /**
   * A condition on the state alone; returns why the event is refused, or `undefined` to
   * allow it. Where an event has several transitions from a stage, the first whose guard
   * allows it is taken. `events(state)` shows these reasons.
   */
  readonly guard?: (state: MachineState<Value, Context>) => string | undefined;
  /**
   * A condition on the event's content (who asks, which action); returns why the event is
   * refused, or `undefined` to accept it. Runs after the guard.
   */
  readonly check?: (state: MachineState<Value, Context>, event: Event) => string | undefined;
  /**
   * Records to add: for each named list in the context, a function that builds the record
   * to append from the event. The list is copied with the record added (frozen); no draft is
   * made, so recording, the commonest update, stays cheap.
   */
  readonly append?: {
    readonly [Key in ListKeys<Context>]?: (
      event: Event,
      state: MachineState<Value, Context>,
    ) => ListItem<Context[Key]>;
  };
  /** Fields of the context to replace, each with a function of the event. */
  readonly set?: {
    readonly [Key in keyof Context]?: (
      event: Event,
      state: MachineState<Value, Context>,
    ) => Context[Key];
  };
  /**
   * Any other change, written as immer recipes (run after `append` and `set`): either one
   * recipe that changes a draft of the whole context, or, cheaper, one recipe per field,
   * each changing a draft of that field only (`{ slots: (slots) => { … } }`). The machine's
   * own bookkeeping (stage and time) needs no recipe.
   */
  readonly update?:
    | ((draft: Context, event: Event, state: MachineState<Value, Context>) => void)
    | {
        readonly [Key in keyof Context]?: (
          draft: Context[Key],
          event: Event,
          state: MachineState<Value, Context>,
        ) => void;
      };
  /** A few words shown beside the event in the diagram, such as `'[first meeting]'`. */
  readonly note?: string;
}

/** The keys of an object whose values are arrays. */
export type ListKeys<Context> = {
  [Key in keyof Context]-?: Context[Key] extends readonly unknown[] ? Key : never;
}[keyof Context];

/** The element type of an array type. */
export type ListItem<List> = List extends readonly (infer Item)[] ? Item : never;

/** The event schemas of a machine, keyed by event type. */
export type EventSchemas = Readonly<Record<string, z.ZodType<MachineEvent>>>;

/** The union of a machine's events, as its schemas output them. */
export type EventOf<Schemas extends EventSchemas> = {
  [Type in keyof Schemas]: z.output<Schemas[Type]>;
}[keyof Schemas];

/** The union of a machine's events, as an app may write them (defaults may be left out). */
export type EventInputOf<Schemas extends EventSchemas> = {
  [Type in keyof Schemas]: z.input<Schemas[Type]>;
}[keyof Schemas];

/** The description of a machine that {@link defineMachine} turns into a working machine. */
export interface MachineDefinition<
  Value extends string,
  ContextSchema extends z.ZodType,
  SetupSchema extends z.ZodType,
  Schemas extends EventSchemas,
> {
  /** The machine's name, used in messages and stored in every state. */
  readonly name: string;
  /** The layout version of its states; raise it when the context's shape changes. */
  readonly schemaVersion: number;
  /** Every stage, in the order a diagram should list them. */
  readonly states: readonly Value[];
  /** The stage every new state starts in. */
  readonly initial: Value;
  /** The stages nothing leaves. */
  readonly final: readonly Value[];
  /**
   * Named sets of stages, drawn as one box in the diagram when an event leaves (or returns
   * to) every stage of the set alike, as pausing does.
   */
  readonly groups?: Readonly<Record<string, readonly Value[]>>;
  /** The schema of what {@link Machine.initial} takes. */
  readonly setup: SetupSchema;
  /** The schema of the context, used to check stored states. */
  readonly context: ContextSchema;
  /** Builds the first context from a checked setup. */
  readonly init: (setup: z.output<SetupSchema>) => z.output<ContextSchema>;
  /** The schema of each event, keyed by its type. */
  readonly events: Schemas;
  /** The transitions of each event, keyed by its type. */
  readonly transitions: {
    readonly [Type in keyof Schemas]: readonly TransitionDefinition<
      Value,
      z.output<ContextSchema>,
      z.output<Schemas[Type]>
    >[];
  };
  /**
   * A rule every reachable state keeps (such as "a paused meeting knows where it paused");
   * returns what is wrong, or `undefined`. Stored states that break it are refused.
   */
  readonly invariant?: (state: MachineState<Value, z.output<ContextSchema>>) => string | undefined;
}

/** One arrow of a machine's diagram: an event taking one stage to another (or the same). */
export interface MachineEdge<Value extends string = string> {
  /** The stage the event is accepted in. */
  readonly from: Value;
  /** The event's type. */
  readonly event: string;
  /** The stage it leads to (the same stage when it stays). */
  readonly to: Value;
  /** The diagram note, if any. */
  readonly note: string | null;
}

/** What {@link Machine.events} returns: the events allowed now, and the refused ones with why. */
export interface MachineEvents<Type extends string = string> {
  /** Event types whose guards allow them now (their content is checked when sent). */
  readonly allowed: readonly Type[];
  /** Event types this stage knows but refuses now, each with the reason. */
  readonly refused: readonly {
    /** The event type. */
    readonly type: Type;
    /** Why it is refused now. */
    readonly reason: string;
  }[];
}

/** A working state machine, as {@link defineMachine} returns it. */
export interface Machine<
  Value extends string,
  Context,
  SetupInput,
  Event extends MachineEvent,
  EventInput,
> {
  /** The machine's name. */
  readonly name: string;
  /** The layout version of its states. */
  readonly schemaVersion: number;
  /** Every stage. */
  readonly states: readonly Value[];
  /** The stages nothing leaves. */
  readonly final: readonly Value[];
  /** Every event type. */
  readonly eventTypes: readonly Event['type'][];
  /** Every arrow: each transition expanded to one edge per stage it is accepted in. */
  readonly edges: readonly MachineEdge<Value>[];
  /**
   * The first state, built from a setup.
   *
   * @throws {@link InvalidInputError} (`invalid_input`) when the setup is not valid.
   */
  initial(setup: SetupInput): MachineState<Value, Context>;
  /**
   * The state after one event; the state passed in is left as it was.
   *
   * @throws {@link InvalidInputError} (`invalid_input`) for a malformed event or state.
   * @throws {@link InvalidTransitionError} (`invalid_transition`) when the event is not allowed now.
   */
  transition(state: MachineState<Value, Context>, event: EventInput): MachineState<Value, Context>;
  /** Whether {@link Machine.transition} would accept the event now (never throws). */
  can(state: MachineState<Value, Context>, event: unknown): boolean;
  /** The events allowed now, and those this stage refuses with the reason. */
  events(state: MachineState<Value, Context>): MachineEvents<Event['type']>;
  /**
   * The state after a whole list of events from a setup: the same events always give the
   * same state. Takes at most 10,000 events: each event may copy the lists it changes, so
   * the cost grows up to the square of the events.
   *
   * @throws {@link InvalidInputError} (`invalid_input`) naming the index of a malformed event,
   *   or at once for more than 10,000 events.
   * @throws {@link InvalidTransitionError} (`invalid_transition`) naming the index of a refused event.
   */
  replay(setup: SetupInput, events: readonly EventInput[]): MachineState<Value, Context>;
  /** The machine as a Mermaid `stateDiagram-v2`. */
  toMermaid(): string;
  /**
   * Checks a stored state (after `JSON.parse`, say) and returns it frozen.
   *
   * @throws {@link InvalidInputError} (`invalid_input`) listing every problem.
   */
  parseState(input: unknown): MachineState<Value, Context>;
  /** Checks a stored state without throwing. */
  safeParseState(input: unknown): SafeParseResult<MachineState<Value, Context>>;
}
