import { z } from 'zod';
import { InvalidInputError, type InputIssue } from './InvalidInputError.js';
import type { ErrorPath } from './PeerLearnError.js';
import { parseWith } from './validation.js';

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** The character between fields; `,` unless given (`;` and tab are common in Europe). */
  readonly delimiter?: string;
}

/** A CSV text read into its header and rows of fields. */
export interface CsvTable {
  /** The fields of the first record. */
  readonly header: string[];
  /** The other records, each with as many fields as the header. */
  readonly rows: string[][];
}

/** @internal A parsed table with the line each field starts on (1-based), for messages. */
export interface LocatedCsvTable extends CsvTable {
  /** The line each row starts on, in step with `rows`. */
  readonly rowLines: number[];
}

/**
 * @internal The issue for a cell: its path is `['line', line, 'column', column]` and its
 * text `line 4, column 2`, each 1-based as a spreadsheet counts them.
 */
export function cellIssue(line: number, column: number, code: string, message: string): InputIssue {
  const path: ErrorPath = ['line', line, 'column', column];
  return { path, pathText: `line ${String(line)}, column ${String(column)}`, code, message };
}

/**
 * @internal Reads a CSV text, keeping where each row starts; throws every problem at once
 * as an {@link InvalidInputError} of `fn`.
 */
export function readCsv(text: string, fn: string, options: ParseCsvOptions = {}): LocatedCsvTable {
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new InvalidInputError(fn, [
      {
        path: [],
        pathText: 'options',
        code: 'invalid_type',
        message: 'expected an object, such as { delimiter: ";" }',
      },
    ]);
  }
  const delimiter = options.delimiter ?? ',';
  if (typeof text !== 'string') {
    throw new InvalidInputError(fn, [
      { path: [], pathText: 'text', code: 'invalid_type', message: 'expected the CSV as a string' },
    ]);
  }
  if (
    typeof delimiter !== 'string' ||
    delimiter.length !== 1 ||
    delimiter === '"' ||
    delimiter === '\r' ||
    delimiter === '\n'
  ) {
    throw new InvalidInputError(fn, [
      {
        path: ['delimiter'],
        pathText: 'options.delimiter',
        code: 'invalid_value',
        message: 'must be one character other than a quote or a line break',
      },
    ]);
  }
  const issues: InputIssue[] = [];
  const records: { line: number; fields: string[] }[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let recordLine = 1;
  const n = text.length;
  // The loop reads one field per pass; `atRecordStart` tells an empty line from an empty field.
  let atRecordStart = true;
  while (i < n || !atRecordStart) {
    if (atRecordStart) {
      recordLine = line;
      fields = [];
      atRecordStart = false;
    }
    const column = fields.length + 1;
    let value = '';
    const quoted = text[i] === '"';
    if (quoted) {
      const openLine = line;
      i += 1;
      let closed = false;
      while (i < n) {
        const ch = text[i] as string;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          closed = true;
          i += 1;
          break;
        }
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line += 1;
        value += ch;
        i += 1;
      }
      if (!closed) {
        issues.push(
          cellIssue(
            openLine,
            column,
            'unclosed_quote',
            'a quoted field never closes; add the closing quote (write a quote inside a field as two quotes)',
          ),
        );
        fields.push(value);
        records.push({ line: recordLine, fields });
        break;
      }
      // After a closing quote only a delimiter, a line break or the end may follow.
      let stray = false;
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        if (!stray) {
          issues.push(
            cellIssue(
              line,
              column,
              'stray_quote',
              'text follows the closing quote of a quoted field; quote the whole field and double the quotes inside it',
            ),
          );
          stray = true;
        }
        value += text[i] as string;
        i += 1;
      }
    } else {
      let stray = false;
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"' && !stray) {
          issues.push(
            cellIssue(
              line,
              column,
              'stray_quote',
              'a quote inside an unquoted field; quote the whole field and double the quotes inside it',
            ),
          );
          stray = true;
        }
        value += text[i] as string;
        i += 1;
      }
    }
    fields.push(value);
    if (i < n && text[i] === delimiter) {
      i += 1;
      continue;
    }
    // A line break or the end closes the record.
    if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
    else if (text[i] === '\n') i += 1;
    line += 1;
    atRecordStart = true;
    // A wholly empty line is skipped, as spreadsheets leave them at the end.
    if (!(fields.length === 1 && value === '' && !quoted)) {
      records.push({ line: recordLine, fields });
    }
  }
  const header = records[0]?.fields ?? [];
  const rows: string[][] = [];
  const rowLines: number[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.length !== header.length) {
      const count = record.fields.length;
      issues.push(
        cellIssue(
          record.line,
          Math.min(count, header.length) + 1,
          'wrong_field_count',
          `has ${String(count)} field${count === 1 ? '' : 's'} but the header has ${String(header.length)}; check for a missing or extra delimiter`,
        ),
      );
    }
    rows.push(record.fields);
    rowLines.push(record.line);
  }
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return { header, rows, rowLines };
}

/**
 * Reads a CSV text (RFC 4180) into its header and rows of fields.
 *
 * Spreadsheets and form tools export responses and sign-up lists as CSV; this reads them
 * without touching files, so an app passes in the text it has. Fields may be quoted, with
 * a quote inside written as two quotes, and quoted fields may hold delimiters and line
 * breaks. Lines end in CRLF or LF; a leading byte-order mark and wholly empty lines are
 * skipped. Fields are kept exactly as written (no trimming, no number conversion). Every
 * malformed spot is reported at once, by line and column. Cost: O(length of the text).
 *
 * @param text - the CSV text; its first record is the header.
 * @param options - the `delimiter` (`,` unless given).
 * @returns the header and the rows, each row as long as the header.
 * @throws {@link InvalidInputError} (`invalid_input`) with an issue per problem, each
 *   with the path `['line', line, 'column', column]` and the code `unclosed_quote`,
 *   `stray_quote` or `wrong_field_count`.
 *
 * @example
 * ```ts
 * parseCsv('id,comment\r\nr1,"Good, thanks"\r\nr2,"She said ""yes"""\r\n');
 * // => { header: ['id', 'comment'], rows: [['r1', 'Good, thanks'], ['r2', 'She said "yes"']] }
 * try {
 *   parseCsv('id,score\nr1,4\nr2,3,5\n');
 * } catch (error) {
 *   (error as InvalidInputError).issues[0]?.pathText;
 *   // => 'line 3, column 3'
 * }
 * ```
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvTable {
  const { header, rows } = readCsv(text, 'parseCsv', options);
  return { header, rows };
}

const NEEDS_QUOTES = /["\r\n,]/u;
const Fields = /* @__PURE__ */ (() => z.array(z.string()))();
const Rows = /* @__PURE__ */ (() => z.array(Fields))();

function quoteField(field: string): string {
  return NEEDS_QUOTES.test(field) || field.startsWith('\uFEFF')
    ? `"${field.replaceAll('"', '""')}"`
    : field;
}

/**
 * Writes a header and rows as CSV text (RFC 4180), ready to save or download.
 *
 * A field is quoted only when it must be: when it holds a comma, a quote or a line break
 * (a quote inside is doubled). A record that is one empty field is written `""`, so it
 * is not read back as an empty line. Lines end in CRLF, the last one included, as RFC
 * 4180 and spreadsheets expect. {@link parseCsv} reads the text back to the same header
 * and rows. Cost: O(total length of the fields).
 *
 * @param header - the column names.
 * @param rows - the rows, each with as many fields as the header.
 * @returns the CSV text; empty when there is no header and no row.
 * @throws {@link InvalidInputError} (`invalid_input`) when the header or a row is not a list of
 *   strings, or a row's length differs from the header's.
 *
 * @example
 * ```ts
 * toCsv(['id', 'comment'], [['r1', 'Good, thanks'], ['r2', 'She said "yes"']]);
 * // => 'id,comment\r\nr1,"Good, thanks"\r\nr2,"She said ""yes"""\r\n'
 * ```
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  parseWith(Fields, header, { fn: 'toCsv', root: 'header' });
  parseWith(Rows, rows, { fn: 'toCsv', root: 'rows' });
  const issues: InputIssue[] = [];
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      issues.push({
        path: ['rows', index],
        pathText: `rows[${String(index)}]`,
        code: 'wrong_field_count',
        message: `has ${String(row.length)} fields but the header has ${String(header.length)}`,
      });
    }
  });
  if (issues.length > 0) throw new InvalidInputError('toCsv', issues);
  if (header.length === 0 && rows.length === 0) return '';
  const record = (fields: readonly string[]): string =>
    fields.length === 1 && fields[0] === '' ? '""' : fields.map(quoteField).join(',');
  return [header, ...rows].map((fields) => `${record(fields)}\r\n`).join('');
}
