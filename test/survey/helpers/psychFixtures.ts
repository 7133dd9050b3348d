/**
 * Reads the reference data from R's psych 2.2.9 in test/fixtures/psych/ (see its README):
 * the CSV item files as response objects, and the JSON results.
 */
import { readFileSync } from 'node:fs';

const folder = new URL('../../fixtures/psych/', import.meta.url);

/** A fixture JSON file, parsed; the caller names the shape it expects. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the type is the caller's statement of the fixture's shape
export function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as T;
}

/** A fixture CSV file (first column `id`, empty cell = missing) as rows of numbers. */
export function readItems(name: string): {
  ids: string[];
  items: string[];
  rows: (number | null)[][];
} {
  const lines = readFileSync(new URL(name, folder), 'utf8').trim().split('\n');
  const unquote = (cell: string): string => cell.replace(/^"(.*)"$/u, '$1');
  const header = (lines[0] ?? '').split(',').map(unquote);
  const ids: string[] = [];
  const rows = lines.slice(1).map((line) => {
    const cells = line.split(',').map(unquote);
    ids.push(cells[0] ?? '');
    return cells.slice(1).map((cell) => (cell === '' ? null : Number(cell)));
  });
  return { ids, items: header.slice(1), rows };
}

/** The same rows as survey responses with answers keyed by item. */
export function asResponses(
  name: string,
): { id: string; answers: Record<string, number | null> }[] {
  const { ids, items, rows } = readItems(name);
  return rows.map((row, r) => ({
    id: ids[r] ?? `row${String(r)}`,
    answers: Object.fromEntries(items.map((item, i) => [item, row[i] ?? null])),
  }));
}
