/**
 * The comparison as the reader is viewing it, as a wide CSV for a spreadsheet: one row per
 * criterion shown, in the view's order, one column per approach shown (verdict and rating), the
 * criterion's weight, its sources as titles with addresses, and the weighted totals at the foot.
 * Pure; the island loads it (and /comparison.json) only when the reader asks for the file.
 */
import {
  rowsFrom,
  visibleRows,
  weightOf,
  weightedTotals,
  WEIGHT_FACTOR,
  percent,
  type View,
} from './model';
import { csvField, type ComparisonData } from './data';

export function viewCsv(data: ComparisonData, view: View): string {
  const rows = rowsFrom(
    data.criteria.map((c) => ({
      id: c.id,
      data: { label: c.label, core: c.core, approaches: c.verdicts },
    })),
  );
  const shown = visibleRows(rows, view);
  const approaches = data.approaches.filter((a) => view.approaches.includes(a.id));
  const source = (id: string) => data.sources.find((s) => s.id === id);
  const lines: string[][] = [['Criterion', 'Weight', ...approaches.map((a) => a.label), 'Sources']];
  for (const row of shown) {
    const criterion = data.criteria.find((c) => c.id === row.id);
    if (!criterion) continue;
    const weight = weightOf(view, row.id);
    const ids = [
      ...new Set([
        ...approaches.flatMap((a) => criterion.verdicts[a.id].sources),
        ...(criterion.disagreement?.sources ?? []),
      ]),
    ];
    lines.push([
      criterion.label,
      `${weight} (×${WEIGHT_FACTOR[weight]})`,
      ...approaches.map((a) => {
        const v = criterion.verdicts[a.id];
        return `${v.verdict} (${v.rating}/5)`;
      }),
      ids
        .map((id) => {
          const s = source(id);
          return s ? `${s.title}${s.url ? ` <${s.url}>` : ''}` : id;
        })
        .join('; '),
    ]);
  }
  const { totals } = weightedTotals(rows, view);
  lines.push([
    'Weighted total',
    '',
    ...approaches.map((a) => {
      const t = totals.find((total) => total.approach === a.id);
      return t ? `${t.points} of ${t.max} (${percent(t)}%)` : '';
    }),
    '',
  ]);
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
