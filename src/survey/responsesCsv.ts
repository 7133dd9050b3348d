import { z } from 'zod';
import { cellIssue, readCsv, toCsv } from '../core/csv.js';
import { InvalidInputError, type InputIssue } from '../core/InvalidInputError.js';
import { parseWith } from '../core/validation.js';
import type { InstrumentInput } from './instrument/instrument.js';
import type { Item } from './instrument/items.js';
import {
  SurveyResponse,
  type Answer,
  type FieldValue,
  type SurveyResponseInput,
} from './response.js';
import { resolveInstrument } from './scoring/resolveInstrument.js';

const RESPONSE_COLUMNS = /* @__PURE__ */ (() => new Set(['id', 'respondent', 'submittedAt']))();

function optionsOf(item: Item): readonly { value: string; label?: string | undefined }[] {
  return 'options' in item ? item.options : [];
}

/** Reads one cell for an item; a string is the problem. */
function readCell(item: Item, cell: string): { answer: Answer } | { problem: string } {
  const text = cell.trim();
  switch (item.type) {
    case 'likert': {
      const value = Number(text);
      return Number.isFinite(value)
        ? { answer: value }
        : { problem: `expected a number for ${item.id}, got ${JSON.stringify(cell)}` };
    }
    case 'yes-no': {
      const lower = text.toLowerCase();
      if (lower === 'yes' || lower === 'true') return { answer: true };
      if (lower === 'no' || lower === 'false') return { answer: false };
      return { problem: `expected yes or no for ${item.id}, got ${JSON.stringify(cell)}` };
    }
    case 'text':
      return { answer: cell };
    case 'multiple-choice': {
      const values: string[] = [];
      for (const part of text.split(';')) {
        const one = part.trim();
        if (one === '') continue;
        const found = findOption(item, one);
        if (found === undefined) return { problem: unknownOption(item, one) };
        values.push(found);
      }
      return { answer: values };
    }
    default: {
      const found = findOption(item, text);
      return found === undefined ? { problem: unknownOption(item, text) } : { answer: found };
    }
  }
}

function findOption(item: Item, text: string): string | undefined {
  const options = optionsOf(item);
  return (
    options.find((option) => option.value === text)?.value ??
    options.find((option) => option.label === text)?.value
  );
}

function unknownOption(item: Item, text: string): string {
  const values = optionsOf(item).map((option) => option.value);
  return `${JSON.stringify(text)} is not an option of ${item.id}; use one of ${values.join(', ')}`;
}

/**
 * Reads survey responses from CSV text, one row per response, ready for {@link scoreResponses}.
 *
 * Form tools and spreadsheets hand responses over as CSV. The header names the columns:
 * `id` (required), `respondent` and `submittedAt` (optional), one column per item of the
 * instrument, and any other column, which becomes a context field (kept as text, for
 * grouping). A likert cell is a number; an ordinal or single-choice cell is an option's
 * value or label; a yes/no cell is `yes` or `no`; a multiple-choice cell lists options
 * separated by `;`; an empty cell is no answer (the key is left out). Range checks are left
 * to {@link scoreResponses}, which sets such responses aside with reasons. The CSV rules are
 * those of {@link parseCsv}. Cost: O(length of the text).
 *
 * @param text - the CSV text, header first.
 * @param instrument - the instrument the responses answer.
 * @returns the responses, in row order.
 * @throws {@link InvalidInputError} (`invalid_input`) listing every malformed row, a missing
 *   or repeated column, a missing id, a bad number or an unknown option, each at
 *   `['line', line, 'column', column]`.
 *
 * @example
 * ```ts
 * const responses = responsesFromCsv(
 *   'id,G1,G2,G3,G4,cluster\r\nr1,5,4,2,4,housing\r\nr2,3,,,,youth\r\n',
 *   SOCIAL_CLIMATE_SURVEY,
 * );
 * responses[0];
 * // => { id: 'r1', answers: { G1: 5, G2: 4, G3: 2, G4: 4 }, fields: { cluster: 'housing' } }
 * responses[1]?.answers;
 * // => { G1: 3 }
 * ```
 */
export function responsesFromCsv(text: string, instrument: InstrumentInput): SurveyResponse[] {
  const fn = 'responsesFromCsv';
  const checked = resolveInstrument(instrument, fn);
  const items = new Map(checked.items.map((item) => [item.id, item]));
  const { header, rows, rowLines } = readCsv(text, fn);
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '__proto__') {
      issues.push(cellIssue(1, index + 1, 'invalid_value', 'a column cannot be named __proto__'));
    } else if (seen.has(name)) {
      issues.push(
        cellIssue(1, index + 1, 'repeated_column', `repeats the column ${JSON.stringify(name)}`),
      );
    }
    seen.add(name);
  });
  const idColumn = header.indexOf('id');
  if (idColumn < 0) {
    issues.push(cellIssue(1, header.length + 1, 'missing_column', 'the header needs an id column'));
  }
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  const responses = rows.map((row, r) => {
    const line = rowLines[r] ?? 0;
    const answers: Record<string, Answer> = {};
    const fields: Record<string, FieldValue> = {};
    let id = '';
    let respondent: string | undefined;
    let submittedAt: string | undefined;
    row.forEach((cell, c) => {
      const name = header[c] ?? '';
      if (name === 'id') {
        id = cell.trim();
        if (id === '')
          issues.push(cellIssue(line, c + 1, 'missing_id', 'every response needs an id'));
        return;
      }
      if (cell.trim() === '') return;
      if (name === 'respondent') respondent = cell.trim();
      else if (name === 'submittedAt') submittedAt = cell.trim();
      else {
        const item = items.get(name);
        if (item === undefined) {
          fields[name] = cell;
          return;
        }
        const read = readCell(item, cell);
        if ('problem' in read) issues.push(cellIssue(line, c + 1, 'invalid_value', read.problem));
        else answers[name] = read.answer;
      }
    });
    const response: SurveyResponse = {
      id,
      ...(respondent === undefined ? {} : { respondent }),
      ...(submittedAt === undefined ? {} : { submittedAt }),
      answers,
      fields,
    };
    return response;
  });
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return responses;
}

function writeAnswer(answer: Answer | undefined): string {
  if (answer === undefined || answer === null) return '';
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
  if (Array.isArray(answer)) return answer.join(';');
  return String(answer);
}

/**
 * Writes survey responses as CSV text that {@link responsesFromCsv} reads back.
 *
 * The columns are `id`, then `respondent` and `submittedAt` when any response has them,
 * then one column per item in the instrument's order, then each context field in the order
 * first met. Yes/no answers are written `yes`/`no`, multiple choices joined with `;`, and
 * no answer as an empty cell. Lines end in CRLF, as {@link toCsv} writes them.
 * Cost: O(responses × columns).
 *
 * @param responses - the responses; each is checked.
 * @param instrument - the instrument they answer.
 * @returns the CSV text.
 * @throws {@link InvalidInputError} (`invalid_input`) for a malformed response, an answer to an
 *   item the instrument lacks, a field named like a column, or a choice containing `;`.
 *
 * @example
 * ```ts
 * responsesToCsv(
 *   [{ id: 'r1', answers: { overall: 'good', mostUseful: ['networking', 'buddying'] } }],
 *   SESSION_EVALUATION_FORM,
 * );
 * // => 'id,overall,mostUseful,gotWhatWanted,comments\r\nr1,good,networking;buddying,,\r\n'
 * ```
 */
export function responsesToCsv(
  responses: readonly SurveyResponseInput[],
  instrument: InstrumentInput,
): string {
  const fn = 'responsesToCsv';
  const checked = resolveInstrument(instrument, fn);
  const itemIds = checked.items.map((item) => item.id);
  const known = new Set(itemIds);
  const parsed = parseWith(z.array(SurveyResponse), responses, { fn, root: 'responses' });
  const issues: InputIssue[] = [];
  const fieldNames: string[] = [];
  parsed.forEach((response, index) => {
    for (const [key, answer] of Object.entries(response.answers)) {
      if (!known.has(key)) {
        issues.push({
          path: ['responses', index, 'answers', key],
          pathText: `responses[${String(index)}].answers.${key}`,
          code: 'unknown_item',
          message: `answers ${JSON.stringify(key)}, which is not an item of the instrument`,
        });
      } else if (Array.isArray(answer) && answer.some((value) => value.includes(';'))) {
        issues.push({
          path: ['responses', index, 'answers', key],
          pathText: `responses[${String(index)}].answers.${key}`,
          code: 'invalid_value',
          message: 'a choice contains ";", which separates choices in CSV',
        });
      }
    }
    for (const key of Object.keys(response.fields)) {
      if (known.has(key) || RESPONSE_COLUMNS.has(key)) {
        issues.push({
          path: ['responses', index, 'fields', key],
          pathText: `responses[${String(index)}].fields.${key}`,
          code: 'invalid_value',
          message: `the field ${JSON.stringify(key)} has the name of another column; rename it`,
        });
      } else if (!fieldNames.includes(key)) fieldNames.push(key);
    }
  });
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  const withRespondent = parsed.some((response) => response.respondent !== undefined);
  const withSubmitted = parsed.some((response) => response.submittedAt !== undefined);
  const header = [
    'id',
    ...(withRespondent ? ['respondent'] : []),
    ...(withSubmitted ? ['submittedAt'] : []),
    ...itemIds,
    ...fieldNames,
  ];
  const rows = parsed.map((response) => [
    response.id,
    ...(withRespondent ? [response.respondent ?? ''] : []),
    ...(withSubmitted ? [response.submittedAt ?? ''] : []),
    ...itemIds.map((id) => writeAnswer(response.answers[id])),
    ...fieldNames.map((name) => {
      const value = response.fields[name];
      return value === undefined || value === null ? '' : String(value);
    }),
  ]);
  return toCsv(header, rows);
}
