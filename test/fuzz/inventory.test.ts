/**
 * Every runtime export of the package is accounted for by the fuzz suite (issue 10):
 * each function, class and machine method has a fuzz entry (entries.ts), which its
 * domain's fuzz file runs (suite.ts), and each constant is frozen all the way down, so no caller can
 * change what another caller sees. Zod schemas (the models) are not functions; their
 * `parseX`/`safeParseX` twins are, and are fuzzed.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as root from '../../src/index.js';
import { domainOf, ENTRIES, publicFunctionNames, type Domain } from './entries.js';
import { isMachine, MACHINE_METHODS } from '../helpers/machines.js';

const DOMAINS: readonly Domain[] = [
  'core',
  'survey',
  'pairing',
  'action-learning',
  'practice',
  'programme',
];

/** The paths of every part of a value that is not frozen. */
function unfrozenParts(value: unknown, path = '', seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path === '' ? '(root)' : path];
  return [
    ...here,
    ...Object.entries(value).flatMap(([key, child]) =>
      unfrozenParts(child, `${path}${Array.isArray(value) ? `[${key}]` : `.${key}`}`, seen),
    ),
  ];
}

describe('fuzz inventory', () => {
  const exports = Object.entries(root);
  const functions = publicFunctionNames();

  it('finds the whole public surface: functions, machines, constants and schemas', () => {
    const kinds = {
      schema: exports.filter(([, value]) => value instanceof z.ZodType).length,
      function: functions.length,
      machine: exports.filter(([, value]) => isMachine(value)).length,
    };
    expect(kinds.schema).toBeGreaterThan(50);
    expect(kinds.function).toBeGreaterThan(80);
    expect(kinds.machine).toBe(2);
  });

  it('has a fuzz entry for every public function, and no entry for a function that is gone', () => {
    const entries = Object.keys(ENTRIES).filter((name) => !name.startsWith('SeededRandom.'));
    expect(functions.filter((name) => !(name in ENTRIES))).toEqual([]);
    expect(entries.filter((name) => !functions.includes(name))).toEqual([]);
  });

  it('lists every method of each machine', () => {
    for (const [name, value] of exports) {
      if (!isMachine(value)) continue;
      const methods = Object.entries(value)
        .filter(([, member]) => typeof member === 'function')
        .map(([method]) => method)
        .sort();
      expect(methods, name).toEqual([...MACHINE_METHODS].sort());
    }
  });

  it('names only functions that exist, in domains that have a fuzz file', () => {
    const targets = DOMAINS.flatMap((domain) =>
      Object.keys(ENTRIES).filter((name) => domainOf(name) === domain),
    );
    expect(targets.sort()).toEqual(Object.keys(ENTRIES).sort());
  });

  it('exports only frozen constants, so no caller can change them for another', () => {
    const constants = exports.filter(
      ([, value]) =>
        typeof value === 'object' &&
        value !== null &&
        !(value instanceof z.ZodType) &&
        !isMachine(value),
    );
    expect(constants.length).toBeGreaterThan(10);
    const unfrozen = constants.flatMap(([name, value]) =>
      unfrozenParts(value).map((part) => `${name}${part === '(root)' ? '' : part}`),
    );
    expect(unfrozen).toEqual([]);
  });

  it('exports machines that are frozen, with frozen lists of states, events and edges', () => {
    for (const [name, value] of exports) {
      if (!isMachine(value)) continue;
      expect(unfrozenParts(value), name).toEqual([]);
    }
  });

  it('a frozen constant refuses changes, so a careless caller fails loudly', () => {
    const principles = root.DESIGN_PRINCIPLES as unknown as unknown[];
    expect(() => {
      principles.push('new principle');
    }).toThrow(TypeError);
    expect(root.DESIGN_PRINCIPLES).toHaveLength(7);
  });
});
