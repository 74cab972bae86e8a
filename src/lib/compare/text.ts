/**
 * The words of the comparison table, shared by the page (rendered at build time) and its island
 * (what the reader sees and hears as the view changes), so both say exactly the same thing.
 * Pure: a view and the table's labels in, strings out. Mirrors checklist-report.ts.
 */
import { APPROACH_IDS, type ApproachId } from '../site/approaches';
import { DEFAULT_WEIGHT, weightedTotals, type Row, type Sort, type View } from './model';
import { formatList } from '../site/format';

/** Approach and criterion id → the name readers see. */
export type Labels = Readonly<Record<string, string>>;

const name = (labels: Labels, id: string) => labels[id] ?? id;

/** "Sorted by Fine-tuning rating, best first." */
export function sortMessage(sort: Sort, labels: Labels): string {
  switch (sort.by) {
    case 'order':
      return "Sorted in the guide's order.";
    case 'name':
      return `Sorted by criterion, ${sort.reversed ? 'Z to A' : 'A to Z'}.`;
    case 'rating':
      return `Sorted by ${name(labels, sort.approach)} rating, ${sort.reversed ? 'worst' : 'best'} first.`;
    case 'gap':
      return `Sorted by ${name(labels, sort.a)} minus ${name(labels, sort.b)}, ${sort.reversed ? 'smallest' : 'largest'} first.`;
  }
}

/** "Prompt engineering leads.", "… tie for the lead.", or that nothing is weighted. */
export function leadMessage(rows: readonly Row[], view: View, labels: Labels): string {
  const { leaders } = weightedTotals(rows, view);
  if (leaders.length === 0) return 'No criterion has any weight.';
  const names = formatList(leaders.map((a) => name(labels, a)));
  return leaders.length > 1 ? `${names} tie for the lead.` : `${names} leads.`;
}

/** "Showing 5 of 13 criteria. Prompt engineering leads." */
export function shownMessage(rows: readonly Row[], view: View, labels: Labels): string {
  return `Showing ${view.criteria.length} of ${rows.length} criteria. ${leadMessage(rows, view, labels)}`;
}

/** "Showing Prompt engineering and Hybrid." */
export function approachesMessage(approaches: readonly ApproachId[], labels: Labels): string {
  return `Showing ${formatList(approaches.map((a) => name(labels, a)))}.`;
}

/** The table caption's first part: "13 criteria in the guide's order", "5 criteria for … sorted by …". */
export function caption(shown: number, view: View, labels: Labels): string {
  const sortText =
    view.sort.by === 'order'
      ? "in the guide's order"
      : sortMessage(view.sort, labels)
          .replace(/^Sorted/, 'sorted')
          .slice(0, -1);
  const columns =
    view.approaches.length < APPROACH_IDS.length
      ? ` for ${formatList(view.approaches.map((a) => name(labels, a)))}`
      : '';
  return `${shown} criteria${columns} ${sortText}`;
}

/** The label of the totals row: whether the reader's weights are in play. */
export function totalLabel(view: View): string {
  const shown = new Set(view.criteria);
  const weighted = Object.entries(view.weights).some(
    ([id, weight]) => shown.has(id) && weight !== DEFAULT_WEIGHT,
  );
  return weighted ? 'Total with your weights' : 'Total, every criterion weighted equally';
}

/** The gap column's heading: "Fine-tuning − Prompt engineering". */
export function gapLabel(a: ApproachId, b: ApproachId, labels: Labels): string {
  return `${name(labels, a)} − ${name(labels, b)}`;
}
