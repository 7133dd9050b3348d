import { PeerLearnError, type ErrorPath } from './PeerLearnError.js';

/**
 * One problem found in an input: where it is, what kind it is, and what to do.
 */
export interface InputIssue {
  /** Keys and indexes from the argument down to the field. */
  readonly path: ErrorPath;
  /** The path written as code would reach it, such as `members[2].joined`. */
  readonly pathText: string;
  /** The kind of problem, as zod names it (`invalid_type`, `too_small`, `custom`, …). */
  readonly code: string;
  /** What is wrong, in plain words. */
  readonly message: string;
}

/** The structured details of an {@link InvalidInputError}. */
export interface InvalidInputDetails {
  /** The function that refused the input. */
  readonly fn: string;
  /** Every problem found, in the order the validator found them. */
  readonly issues: readonly InputIssue[];
}

/**
 * Raised when an argument does not have the shape or range a function needs.
 *
 * It carries every problem at once, each with its path, so an organiser fixing a
 * spreadsheet of responses sees all the bad cells in one pass rather than one per try.
 * The message lists the first 100 problems and counts the rest; `issues` holds them all.
 * The error's own `path` is the first problem's path.
 *
 * @example
 * ```ts
 * const error = new InvalidInputError('pairParticipants', [
 *   { path: ['participants', 3, 'area'], pathText: 'participants[3].area', code: 'invalid_type', message: 'expected a string, got a number' },
 * ]);
 * error.code;
 * // => 'invalid_input'
 * error.message;
 * // => 'pairParticipants: 1 problem in the input:\n  - participants[3].area: expected a string, got a number\nFix it and call pairParticipants again.'
 * ```
 */
export class InvalidInputError extends PeerLearnError<InvalidInputDetails> {
  override readonly name: string = 'InvalidInputError';
  /** Every problem found, each with its path and a plain message. */
  readonly issues: readonly InputIssue[];

  /**
   * @param fn - the name of the function that refused the input.
   * @param issues - every problem found; at least one.
   * @param options - the underlying error, if any (such as the `ZodError`).
   */
  constructor(fn: string, issues: readonly InputIssue[], options: { cause?: unknown } = {}) {
    const frozen = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
    super({
      code: 'invalid_input',
      message: describeIssues(fn, frozen),
      path: frozen[0]?.path ?? [],
      details: { fn, issues: frozen },
      cause: options.cause,
    });
    this.issues = frozen;
  }
}

/**
 * The message lists at most this many problems; `issues` holds them all. A sheet of 10,000
 * bad rows would otherwise make a message of megabytes that nobody reads to the end.
 */
const LISTED = 100;

function describeIssues(fn: string, issues: readonly InputIssue[]): string {
  if (issues.length === 0) return `${fn}: the input is not valid.`;
  const count = issues.length === 1 ? '1 problem' : `${String(issues.length)} problems`;
  const lines = issues.slice(0, LISTED).map((issue) => `  - ${issue.pathText}: ${issue.message}`);
  if (issues.length > LISTED) {
    lines.push(`  - … and ${String(issues.length - LISTED)} more (see the error's issues)`);
  }
  const fix = issues.length === 1 ? 'Fix it' : 'Fix them';
  return `${fn}: ${count} in the input:\n${lines.join('\n')}\n${fix} and call ${fn} again.`;
}
