import { z } from 'zod';
import { IsoDateTime } from '../../core/isoDate.js';

/**
 * The zod schema of one machine event: its `type`, the instant it happened (`at`, ISO 8601
 * with an offset) and the fields given. Unknown fields are refused, so a misspelt field is
 * reported rather than silently dropped.
 *
 * Every event of {@link meetingMachine} and {@link setMachine} is built this way; use it for
 * the events of machines of your own ({@link defineMachine}). Cost: O(fields).
 *
 * @param type - the event's type, such as `'SPEAK'`.
 * @param shape - the event's other fields, as zod schemas.
 * @returns a strict zod object schema.
 *
 * @example
 * ```ts
 * const Speak = machineEvent('SPEAK', { who: Member.shape.id });
 * Speak.parse({ type: 'SPEAK', at: '2026-03-05T18:00:00Z', who: 'ama' }).who;
 * // => 'ama'
 * Speak.safeParse({ type: 'SPEAK', at: '2026-03-05T18:00:00Z', who: 'ama', loud: true }).success;
 * // => false
 * ```
 */
export function machineEvent<const Type extends string, Shape extends z.ZodRawShape>(
  type: Type,
  shape: Shape,
) {
  return z.strictObject({
    /** The event's type. */
    type: z.literal(type),
    /** When it happened: an ISO 8601 instant with an offset, never before the last event. */
    at: IsoDateTime,
    ...shape,
  });
}
