import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/core/index.js';

const field = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[a-z",\r\n ]*$/u),
  fc.constantFrom('', '"', ',', '\r\n', '\n', '\r', '\uFEFFx', '""'),
);

describe('toCsv and parseCsv', () => {
  it('parseCsv reads back what toCsv wrote', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.tuple(
              fc.array(field, { minLength: width, maxLength: width }),
              fc.array(fc.array(field, { minLength: width, maxLength: width }), { maxLength: 6 }),
            ),
          ),
        ([header, rows]) => {
          expect(parseCsv(toCsv(header, rows))).toEqual({ header, rows });
        },
      ),
      { numRuns: 500 },
    );
  });
});
