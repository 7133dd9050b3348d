/** How the tests recognise a machine export (fuzz, serialisation) and name its methods. */

/** The methods of a machine that the fuzz suite calls by the name `machine.method`. */
export const MACHINE_METHODS = [
  'initial',
  'transition',
  'can',
  'events',
  'replay',
  'toMermaid',
  'parseState',
  'safeParseState',
] as const;

/** Whether an export is a machine made by defineMachine (an object with those methods). */
export function isMachine(
  value: unknown,
): value is Record<string, (...args: unknown[]) => unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { transition?: unknown }).transition === 'function' &&
    typeof (value as { initial?: unknown }).initial === 'function'
  );
}
