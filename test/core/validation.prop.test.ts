import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, Member, Members, toInvalidInputError } from '../../src/core/index.js';
import { safeParseWith } from '../../src/core/validation.js';

const schemas: Record<string, z.ZodType> = {
  Member,
  Members,
  nested: z.strictObject({
    rounds: z.array(
      z.strictObject({ date: z.iso.date(), pairs: z.array(z.tuple([z.string(), z.string()])) }),
    ),
    seed: z.union([z.int(), z.string()]),
    size: z.int().min(2).max(8).optional(),
  }),
};

/** Values shaped roughly like the schemas, so that parses fail deep inside as well as at the top. */
const nearMember = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer()),
    displayName: fc.oneof(fc.string(), fc.constant(null)),
    area: fc.oneof(fc.string(), fc.boolean()),
    joined: fc.oneof(fc.constant('2026-02-29'), fc.constant('2024-02-29'), fc.string()),
    roles: fc.array(fc.oneof(fc.string(), fc.integer())),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
const inputs = fc.oneof(
  fc.anything(),
  nearMember,
  fc.array(nearMember, { maxLength: 6 }),
  fc.record(
    { rounds: fc.array(fc.anything(), { maxLength: 3 }), seed: fc.anything(), size: fc.anything() },
    { requiredKeys: [] },
  ),
);

describe('every zod issue survives into the error', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`for ${name}: the same issues, codes and paths, each in the message`, () => {
      fc.assert(
        fc.property(inputs, (input) => {
          const raw = schema.safeParse(input);
          const ours = safeParseWith(schema, input, { fn: 'check', root: 'input' });
          expect(ours.success).toBe(raw.success);
          if (raw.success || ours.success) return;
          expect(ours.error.issues.map((issue) => [issue.code, issue.path])).toEqual(
            raw.error.issues.map((issue) => [
              issue.code,
              issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
            ]),
          );
          for (const issue of ours.error.issues) {
            expect(issue.pathText).toBe(formatPath(issue.path, 'input'));
            expect(ours.error.message).toContain(`  - ${issue.pathText}: ${issue.message}`);
          }
          const converted = toInvalidInputError(raw.error, { fn: 'check' });
          expect(converted.issues.map((issue) => issue.message)).toEqual(
            raw.error.issues.map((issue) => issue.message),
          );
        }),
        { numRuns: 300 },
      );
    });
  }
});
