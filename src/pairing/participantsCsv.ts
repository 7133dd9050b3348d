import { z } from 'zod';
import { cellIssue, readCsv, toCsv } from '../core/csv.js';
import { describeZodIssue } from '../core/describeZodIssue.js';
import { InvalidInputError, type InputIssue } from '../core/InvalidInputError.js';
import { parseWith } from '../core/validation.js';
import { PairingParticipant, type PairingParticipantInput } from './participant.js';

const COLUMNS = [
  'id',
  'displayName',
  'area',
  'organisation',
  'roles',
  'topics',
  'experience',
  'availability',
  'languages',
  'joined',
  'tags',
] as const;
type Column = (typeof COLUMNS)[number];
const LISTS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(['roles', 'topics', 'availability', 'languages', 'tags']))();

function readExperience(text: string): string | number {
  return /^\d+(\.\d+)?$/u.test(text) ? Number(text) : text;
}

/**
 * Reads pairing participants from CSV text, one row per participant.
 *
 * Sign-up sheets usually live in a spreadsheet. The header names the columns: `id` and
 * `displayName` (required), and any of `area`, `organisation`, `roles`, `topics`,
 * `experience`, `availability`, `languages`, `joined` and `tags`. List columns hold values
 * separated by `;`; `experience` is `new`, `experienced` or a number; an empty cell leaves
 * the value out. Each row is checked as a {@link PairingParticipant}, and every problem is
 * reported with its line and column. The CSV rules are those of {@link parseCsv}.
 * Cost: O(length of the text).
 *
 * @param text - the CSV text, header first.
 * @returns the participants, parsed, in row order.
 * @throws {@link InvalidInputError} (`invalid_input`) listing malformed rows, unknown or
 *   missing columns and invalid values, each at `['line', line, 'column', column]`.
 *
 * @example
 * ```ts
 * const [jo] = participantsFromCsv(
 *   'id,displayName,area,topics,experience\r\np-07,Jo,Coastal,housing;youth,new\r\n',
 * );
 * jo;
 * // => { id: 'p-07', displayName: 'Jo', area: 'Coastal', roles: [], tags: [], topics: ['housing', 'youth'], experience: 'new', availability: [], languages: [] }
 * ```
 */
export function participantsFromCsv(text: string): PairingParticipant[] {
  const fn = 'participantsFromCsv';
  const { header, rows, rowLines } = readCsv(text, fn);
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (!(COLUMNS as readonly string[]).includes(name)) {
      issues.push(
        cellIssue(
          1,
          index + 1,
          'unknown_column',
          `${JSON.stringify(name)} is not a column; use ${COLUMNS.join(', ')}`,
        ),
      );
    } else if (seen.has(name)) {
      issues.push(
        cellIssue(1, index + 1, 'repeated_column', `repeats the column ${JSON.stringify(name)}`),
      );
    }
    seen.add(name);
  });
  for (const required of ['id', 'displayName']) {
    if (!seen.has(required)) {
      issues.push(
        cellIssue(1, header.length + 1, 'missing_column', `the header needs a ${required} column`),
      );
    }
  }
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  const participants: PairingParticipant[] = [];
  rows.forEach((row, r) => {
    const line = rowLines[r] ?? 0;
    const input: Record<string, unknown> = {};
    row.forEach((cell, c) => {
      const name = header[c] as Column;
      const value = cell.trim();
      if (value === '') return;
      if (LISTS.has(name)) {
        input[name] = value
          .split(';')
          .map((part) => part.trim())
          .filter((part) => part !== '');
      } else if (name === 'experience') input[name] = readExperience(value);
      else input[name] = value;
    });
    const result = PairingParticipant.safeParse(input, { error: describeZodIssue });
    if (result.success) {
      participants.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? 'id');
      const column = header.indexOf(key) + 1;
      const where = column > 0 ? column : header.length + 1;
      issues.push(cellIssue(line, where, issue.code, `${key}: ${issue.message}`));
    }
  });
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return participants;
}

/**
 * Writes pairing participants as CSV text that {@link participantsFromCsv} reads back.
 *
 * Every column is written, in the order `id`, `displayName`, `area`, `organisation`,
 * `roles`, `topics`, `experience`, `availability`, `languages`, `joined`, `tags`; lists are
 * joined with `;` and a missing value is an empty cell. Lines end in CRLF, as {@link toCsv}
 * writes them. Cost: O(participants × columns).
 *
 * @param participants - the participants; each is checked.
 * @returns the CSV text.
 * @throws {@link InvalidInputError} (`invalid_input`) for a malformed participant or a list
 *   value containing `;`.
 *
 * @example
 * ```ts
 * participantsToCsv([{ id: 'p-07', displayName: 'Jo', topics: ['housing', 'youth'], experience: 3 }]);
 * // => 'id,displayName,area,organisation,roles,topics,experience,availability,languages,joined,tags\r\np-07,Jo,,,,housing;youth,3,,,,\r\n'
 * ```
 */
export function participantsToCsv(participants: readonly PairingParticipantInput[]): string {
  const fn = 'participantsToCsv';
  const parsed = parseWith(z.array(PairingParticipant), participants, {
    fn,
    root: 'participants',
  });
  const issues: InputIssue[] = [];
  const rows = parsed.map((participant, index) =>
    COLUMNS.map((column) => {
      const value = participant[column];
      if (value === undefined) return '';
      if (Array.isArray(value)) {
        if (value.some((entry) => entry.includes(';'))) {
          issues.push({
            path: ['participants', index, column],
            pathText: `participants[${String(index)}].${column}`,
            code: 'invalid_value',
            message: 'a value contains ";", which separates list values in CSV',
          });
        }
        return value.join(';');
      }
      return String(value);
    }),
  );
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return toCsv(COLUMNS, rows);
}
