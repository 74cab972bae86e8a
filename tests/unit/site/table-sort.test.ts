import { describe, expect, test } from 'vitest';
import { sortRows } from '../../../src/lib/site/table-sort';

const rows = (...values: string[]) => values.map((value, i) => ({ row: `r${i}`, value }));

describe('sorting a table by a column', () => {
  test('numbers sort as numbers, empty cells last both ways, ties in page order', () => {
    const r = rows('25', '', '3', '0.48', '3');
    expect(sortRows(r, true)).toEqual(['r3', 'r2', 'r4', 'r0', 'r1']);
    expect(sortRows(r, false)).toEqual(['r0', 'r2', 'r4', 'r3', 'r1']);
  });

  test('text sorts alphabetically, ignoring case', () => {
    expect(sortRows(rows('openai', 'Google', 'together'), true)).toEqual(['r1', 'r0', 'r2']);
  });
});
