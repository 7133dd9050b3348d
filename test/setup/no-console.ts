/**
 * Fails any test that writes to the console (the library must never log, and a test that
 * logs hides its output among the reporter's). Each console method is replaced by one that
 * records the call; after each test the records are checked and cleared.
 */
import { afterEach } from 'vitest';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;

const writes: string[] = [];

for (const method of METHODS) {
  Object.defineProperty(console, method, {
    configurable: true,
    writable: true,
    value: (...args: unknown[]) => {
      writes.push(`console.${method}(${args.map((arg) => String(arg)).join(', ')})`);
    },
  });
}

afterEach(() => {
  if (writes.length === 0) return;
  const seen = writes.splice(0);
  throw new Error(
    `This test wrote to the console ${String(seen.length)} time(s); tests must not log:\n${seen.join('\n')}`,
  );
});
