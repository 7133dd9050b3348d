import { deepFreeze } from '../../core/deepFreeze.js';
import { parseWith, safeParseWith, type SafeParseResult } from '../../core/validation.js';
import { settleBands } from './bands.js';
import { Instrument, type InstrumentInput } from './instrument.js';

/**
 * Defines a survey instrument: checks it thoroughly and returns it ready to score with.
 *
 * An instrument is the questionnaire an app gives out, a social climate survey or the
 * evaluation form after a learning cluster session, together with how its answers become
 * scores: which items form each domain, which are worded the other way round, how many
 * answers a score needs, and how a score reads (low, medium, high). Every problem in the
 * definition is reported at once with its path. The returned instrument has each band's
 * closure settled (see {@link Band}), so it reads the same when stored and loaded again,
 * and is deeply frozen.
 * Cost: O(items + domain items + bands).
 *
 * @param definition - the instrument as written.
 * @returns the instrument, with defaults filled in.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every problem with its path.
 *
 * @example
 * ```ts
 * const pulse = defineInstrument({
 *   id: 'pulse',
 *   title: 'Set pulse check',
 *   version: '1.0',
 *   items: [
 *     { id: 'heard', type: 'likert', min: 1, max: 5, wording: 'I felt heard in the set.' },
 *     { id: 'rushed', type: 'likert', min: 1, max: 5, wording: 'The meeting felt rushed.' },
 *   ],
 *   domains: [
 *     {
 *       id: 'climate',
 *       label: 'Set climate',
 *       items: ['heard', 'rushed'],
 *       reverse: ['rushed'],
 *       bands: [
 *         { label: 'Low', min: 1, max: 2.5 },
 *         { label: 'High', min: 2.5, max: 5 },
 *       ],
 *     },
 *   ],
 * });
 * pulse.domains[0]?.bands.map((band) => band.closed);
 * // => ['both', 'right']
 * ```
 */
export function defineInstrument(definition: InstrumentInput): Instrument {
  return settleInstrument(
    parseWith(Instrument, definition, { fn: 'defineInstrument', root: 'instrument' }),
  );
}

/**
 * Checks an untrusted instrument definition (from storage or an API) without throwing.
 * Cost: as {@link defineInstrument}, O(items + domain items + bands).
 *
 * @param input - the definition.
 * @returns `{ success: true, data }` with the instrument as {@link defineInstrument} returns it,
 *   or `{ success: false, error }` with every problem.
 *
 * @example
 * ```ts
 * const result = safeParseInstrument({ id: 'x', title: 'X', version: '1', items: [] });
 * result.success ? [] : result.error.issues.map((issue) => `${issue.pathText}: ${issue.message}`);
 * // => ['instrument.items: must not be empty']
 * ```
 */
export function safeParseInstrument(input: unknown): SafeParseResult<Instrument> {
  const result = safeParseWith(Instrument, input, {
    fn: 'safeParseInstrument',
    root: 'instrument',
  });
  return result.success ? { success: true, data: settleInstrument(result.data) } : result;
}

/**
 * Settles every band's closure and deep-freezes the instrument, so it can be shared and
 * cached safely (a frozen instrument cannot change between two calls).
 */
export function settleInstrument(instrument: Instrument): Instrument {
  const result = deepFreeze({
    ...instrument,
    domains: instrument.domains.map((domain) => ({
      ...domain,
      bands: settleBands(domain.bands, domain.bandsClosed),
    })),
  });
  settled.add(result);
  return result;
}

/** The instruments this module has checked and frozen; they need no second check. */
const settled = /* @__PURE__ */ (() => new WeakSet())();

/** Whether a value is an instrument returned by {@link defineInstrument} (checked and frozen). */
export function isSettledInstrument(value: unknown): value is Instrument {
  return typeof value === 'object' && value !== null && settled.has(value);
}
