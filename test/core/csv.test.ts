import { describe, expect, it } from 'vitest';
import * as peerlearn from '../../src/index.js';
import { expectRefusal } from '../fuzz/refusal.js';
import { issuesOf } from '../helpers/expectClose.js';
import { parseCsv, toCsv } from '../../src/core/index.js';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, delimiters and line breaks inside quotes, CRLF or LF, BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x,""y""","1\r\n2"\n3,\n')).toEqual({
      header: ['a', 'b'],
      rows: [
        ['x,"y"', '1\r\n2'],
        ['3', ''],
      ],
    });
  });
  it('skips empty lines and reads an empty text as no header', () => {
    expect(parseCsv('a\n\n1\n\n')).toEqual({ header: ['a'], rows: [['1']] });
    expect(parseCsv('')).toEqual({ header: [], rows: [] });
  });
  it('takes another delimiter', () => {
    expect(parseCsv('a;b\n1;2', { delimiter: ';' }).rows).toEqual([['1', '2']]);
  });
  it('names line and column of an unclosed quote', () => {
    const [issue] = issuesOf(() => parseCsv('a,b\n1,2\n3,"open\nmore'));
    expect(issue).toMatchObject({ path: ['line', 3, 'column', 2], code: 'unclosed_quote' });
    expect(issue?.pathText).toBe('line 3, column 2');
  });
  it('names stray quotes and wrong field counts, all at once, on the lines after a multi-line field', () => {
    const issues = issuesOf(() => parseCsv('a,b\n"x\ny",2\n1,b"c\n"q"z,3\n4\n'));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['line', 4, 'column', 2], 'stray_quote'],
      [['line', 5, 'column', 1], 'stray_quote'],
      [['line', 6, 'column', 2], 'wrong_field_count'],
    ]);
    expect(() => parseCsv('a\n1,2')).toThrow(/line 2, column 2/u);
  });
});

describe('toCsv', () => {
  it('quotes only when needed and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x y', 'p,q'],
          ['"', 'l\nm'],
        ],
      ),
    ).toBe('a,b\r\nx y,"p,q"\r\n"""","l\nm"\r\n');
    expect(toCsv([''], [['']])).toBe('""\r\n""\r\n');
  });
  it('refuses rows of the wrong length', () => {
    expect(issuesOf(() => toCsv(['a'], [['1', '2']]))[0]?.path).toEqual(['rows', 0]);
  });
  it('leaves its input as it was', () => {
    const rows = [['1', '2']];
    const copy = structuredClone(rows);
    toCsv(['a', 'b'], rows);
    expect(rows).toEqual(copy);
  });
});

describe('hostile input', () => {
  it('toCsv refuses a header or rows that are not lists of strings', () => {
    expectRefusal(() => peerlearn.toCsv(undefined as never, []), 'toCsv', 'header');
    expectRefusal(() => peerlearn.toCsv(['id'], null as never), 'toCsv', 'rows');
    expectRefusal(() => peerlearn.toCsv(['id'], [[5 as never]]), 'toCsv', 'rows[0][0]');
    expectRefusal(() => peerlearn.toCsv(['id'], [new Array<string>(1)]), 'toCsv', 'rows[0][0]');
  });

  it('parseCsv refuses options that are not an object, or a delimiter that is not text', () => {
    expectRefusal(() => peerlearn.parseCsv('a\n1\n', null as never), 'parseCsv', 'options');
    expectRefusal(
      () => peerlearn.parseCsv('a\n1\n', { delimiter: { length: 1 } as never }),
      'parseCsv',
      'options.delimiter',
    );
  });
});
