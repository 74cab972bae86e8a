/**
 * Sorting a table's rows by one column's values, for the small sortable tables (/offers/). Pure:
 * the island reads each cell's `data-value` and hands the rows in. Numbers sort as numbers, with
 * empty cells last in either direction; text sorts alphabetically. Ties keep the page's order.
 */
export interface SortableRow<T> {
  row: T;
  /** The cell's value: a number, text, or '' for an empty cell. */
  value: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function sortRows<T>(rows: readonly SortableRow<T>[], ascending: boolean): T[] {
  const numeric = rows.every((r) => r.value === '' || Number.isFinite(Number(r.value)));
  return rows
    .map((r, index) => ({ ...r, index }))
    .sort((a, b) => {
      if (a.value === '' || b.value === '') {
        return (a.value === '' ? 1 : 0) - (b.value === '' ? 1 : 0) || a.index - b.index;
      }
      const diff = numeric ? Number(a.value) - Number(b.value) : collator.compare(a.value, b.value);
      return (ascending ? diff : -diff) || a.index - b.index;
    })
    .map((r) => r.row);
}
