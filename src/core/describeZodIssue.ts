import type { z } from 'zod';

/** The raw issue zod hands to a per-parse error map, with the offending input. */
type RawIssue = z.core.$ZodRawIssue;

/**
 * Words for a zod issue that an organiser can act on, or `undefined` to keep zod's own.
 *
 * Passed to zod as a per-parse error map, so messages written into a schema (with
 * `.refine(…, 'message')` or `{ error }`) still win: zod prefers schema-level messages.
 *
 * @param issue - the raw issue, which still holds the offending input.
 * @returns the plain message, or `undefined` for zod's default.
 */
export function describeZodIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing; expected ${withArticle(issue.expected)}`
        : `expected ${withArticle(issue.expected)}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return describeBound(issue.origin, 'least', issue.minimum, issue.inclusive, issue.exact);
    case 'too_big':
      return describeBound(issue.origin, 'most', issue.maximum, issue.inclusive, issue.exact);
    case 'invalid_format':
      return describeFormat(issue.format, issue.input);
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
      const noun = issue.keys.length === 1 ? 'field' : 'fields';
      return `has unknown ${noun} ${keys}; check the spelling or remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${describeLiteral(issue.values[0])}, got ${describeValue(issue.input)}`
        : `must be one of ${issue.values.map(describeLiteral).join(', ')}, got ${describeValue(issue.input)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}, got ${describeValue(issue.input)}`;
    case 'invalid_key':
      return 'is not an accepted key';
    case 'invalid_union':
      // A discriminated union names the accepted tags; the input is then the whole object.
      return 'options' in issue && Array.isArray(issue.options) && issue.options.length > 0
        ? `must be one of ${issue.options.map(describeLiteral).join(', ')}`
        : `does not match any of the accepted forms (got ${describeValue(issue.input)})`;
    default:
      return undefined;
  }
}

const ARTICLES: Readonly<Record<string, string>> = {
  int: 'an integer',
  array: 'an array (list)',
  object: 'an object',
  undefined: 'nothing',
  null: 'null',
  never: 'no value here',
  nonoptional: 'a value',
  nan: 'NaN',
};

function withArticle(expected: string): string {
  return ARTICLES[expected] ?? `${/^[aeiou]/u.test(expected) ? 'an' : 'a'} ${expected}`;
}

/**
 * Names a value's kind and, for short scalars, the value itself, without echoing
 * long strings or whole objects (which may hold personal data) into messages.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${String(value.length)}`;
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) return 'NaN';
      return `the number ${String(value)}`;
    case 'string':
      return value.length <= 40 ? `the text ${JSON.stringify(value)}` : 'a long text';
    case 'boolean':
      return String(value);
    case 'bigint':
      return 'a bigint';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function describeLiteral(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function describeBound(
  origin: string,
  side: 'least' | 'most',
  limit: number | bigint,
  inclusive: boolean | undefined,
  exact: boolean | undefined,
): string {
  const n = String(limit);
  if (origin === 'string') {
    if (side === 'least' && n === '1' && inclusive !== false) return 'must not be empty';
    return exact === true
      ? `must have exactly ${n} characters`
      : `must have at ${side} ${n} characters`;
  }
  if (origin === 'array' || origin === 'set') {
    if (side === 'least' && n === '1' && inclusive !== false) return 'must not be empty';
    return exact === true ? `must have exactly ${n} items` : `must have at ${side} ${n} items`;
  }
  if (inclusive === false) return `must be ${side === 'least' ? 'greater' : 'less'} than ${n}`;
  return `must be at ${side} ${n}`;
}

const FORMATS: Readonly<Record<string, string>> = {
  date: 'a calendar date written YYYY-MM-DD that exists (such as 2026-03-05)',
  datetime: 'an ISO 8601 date and time with an offset (such as 2026-03-05T18:30:00Z)',
  time: 'a time written HH:MM (such as 18:30)',
  email: 'an email address',
  uuid: 'a UUID',
  url: 'a URL',
};

function describeFormat(format: string, input: unknown): string {
  const wanted = FORMATS[format] ?? `a valid ${format}`;
  return `must be ${wanted}, got ${describeValue(input)}`;
}
