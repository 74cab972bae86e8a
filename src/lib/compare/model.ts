/**
 * The comparison table as a pure model: which criteria and approaches a view shows, in which
 * order, and the weighted total of each approach. /compare/ renders the default view with it at
 * build time and its island recomputes the reader's view in the browser, so both always agree.
 */
import { APPROACH_IDS, type ApproachId } from '../site/approaches';

/** The highest rating; every criterion is rated 1 to 5, 5 being best for the reader. */
export const MAX_RATING = 5;

/** How much a criterion matters to the reader, and the factor each weight multiplies by. */
export const WEIGHTS = ['none', 'low', 'medium', 'high'] as const;
export type Weight = (typeof WEIGHTS)[number];
export const WEIGHT_FACTOR: Readonly<Record<Weight, number>> = {
  none: 0,
  low: 1,
  medium: 2,
  high: 3,
};
/** Every criterion starts equally weighted, so the first totals are a plain sum. */
export const DEFAULT_WEIGHT: Weight = 'medium';

/** One table row: what the model needs of a criterion. Rows are given in default order. */
export interface Row {
  id: string;
  label: string;
  core: boolean;
  ratings: Readonly<Record<ApproachId, number>>;
}

/**
 * Row order. `order` is the authored order; `name` is alphabetical by label; `rating` follows
 * one approach's rating; `gap` follows the rating of `a` minus the rating of `b`.
 * The natural direction is A→Z for names and largest first for numbers; `reversed` flips it.
 */
export type Sort =
  | { by: 'order' }
  | { by: 'name'; reversed: boolean }
  | { by: 'rating'; approach: ApproachId; reversed: boolean }
  | { by: 'gap'; a: ApproachId; b: ApproachId; reversed: boolean };

/** Everything a reader can change about the table; a shared link carries all of it. */
export interface View {
  /** Ids of the criteria shown (any order; rows keep the sort order). */
  criteria: readonly string[];
  /** Approaches shown, in the fixed column order. */
  approaches: readonly ApproachId[];
  sort: Sort;
  /** Weight per criterion id; a criterion missing here has the default weight. */
  weights: Readonly<Record<string, Weight>>;
}

/** Table rows from criteria entries (already in default order). */
export function rowsFrom(
  criteria: readonly {
    id: string;
    data: { label: string; core: boolean; approaches: Record<ApproachId, { rating: number }> };
  }[],
): Row[] {
  return criteria.map(({ id, data }) => ({
    id,
    label: data.label,
    core: data.core,
    ratings: Object.fromEntries(APPROACH_IDS.map((a) => [a, data.approaches[a].rating])) as Record<
      ApproachId,
      number
    >,
  }));
}

export function defaultView(rows: readonly Row[]): View {
  return {
    criteria: rows.map((r) => r.id),
    approaches: [...APPROACH_IDS],
    sort: { by: 'order' },
    weights: {},
  };
}

/** Ids of the five core criteria, in default order. */
export function coreIds(rows: readonly Row[]): string[] {
  return rows.filter((r) => r.core).map((r) => r.id);
}

export function weightOf(view: View, id: string): Weight {
  return view.weights[id] ?? DEFAULT_WEIGHT;
}

/** Rating of `a` minus rating of `b`: positive where `a` is the better choice. */
export function gap(row: Row, a: ApproachId, b: ApproachId): number {
  return row.ratings[a] - row.ratings[b];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The rows a view shows, in its order. Ties keep the authored order, so sorting is stable. */
export function visibleRows<R extends Row>(rows: readonly R[], view: View): R[] {
  const shown = new Set(view.criteria);
  const kept = rows.filter((r) => shown.has(r.id));
  const sort = view.sort;
  if (sort.by === 'order') return kept;
  const key = (r: R): number | string =>
    sort.by === 'name'
      ? r.label
      : sort.by === 'rating'
        ? r.ratings[sort.approach]
        : gap(r, sort.a, sort.b);
  const natural = sort.by === 'name' ? 1 : -1;
  const direction = sort.reversed ? -natural : natural;
  const position = new Map(rows.map((r, i) => [r.id, i]));
  return kept.slice().sort((x, y) => {
    const a = key(x);
    const b = key(y);
    const diff =
      typeof a === 'string' && typeof b === 'string'
        ? collator.compare(a, b)
        : Number(a) - Number(b);
    return diff * direction || (position.get(x.id) ?? 0) - (position.get(y.id) ?? 0);
  });
}

/** One criterion's contribution to an approach's total: rating × weight factor. */
export interface Term {
  criterion: string;
  rating: number;
  weight: Weight;
  points: number;
}

export interface Total {
  approach: ApproachId;
  /** Sum of the terms' points. */
  points: number;
  /** The most points any approach could score with these weights (every rating a 5). */
  max: number;
  terms: Term[];
}

export interface Totals {
  totals: Total[];
  /** Approaches with the highest total; empty when nothing is weighted, more than one on a tie. */
  leaders: ApproachId[];
}

/** Weighted totals over the criteria and approaches the view shows. */
export function weightedTotals(rows: readonly Row[], view: View): Totals {
  const shown = visibleRows(rows, view);
  const totals = view.approaches.map((approach): Total => {
    const terms = shown.map((row): Term => {
      const weight = weightOf(view, row.id);
      const rating = row.ratings[approach];
      return { criterion: row.id, rating, weight, points: rating * WEIGHT_FACTOR[weight] };
    });
    const max = shown.reduce(
      (sum, row) => sum + MAX_RATING * WEIGHT_FACTOR[weightOf(view, row.id)],
      0,
    );
    return { approach, points: terms.reduce((sum, t) => sum + t.points, 0), max, terms };
  });
  const best = Math.max(0, ...totals.map((t) => t.points));
  const leaders = best > 0 ? totals.filter((t) => t.points === best).map((t) => t.approach) : [];
  return { totals, leaders };
}

/**
 * The sum behind a total, so a reader can check it:
 * "Cost 5 × 2 + Expertise 4 × 0 = 10 of 20 (50%)". `labels` maps criterion ids to names.
 */
export function arithmetic(total: Total, labels: Readonly<Record<string, string>>): string {
  const sum = total.terms.map(
    (t) => `${labels[t.criterion] ?? t.criterion} ${t.rating} × ${WEIGHT_FACTOR[t.weight]}`,
  );
  return `${sum.join(' + ') || '0'} = ${total.points} of ${total.max} (${percent(total)}%)`;
}

/** A total as a whole percentage of the maximum; 0 when nothing is weighted. */
export function percent(total: Pick<Total, 'points' | 'max'>): number {
  return total.max === 0 ? 0 : Math.round((100 * total.points) / total.max);
}
