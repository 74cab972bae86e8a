/**
 * The cumulative-cost chart's geometry: both paths as polylines in an SVG box, the crossing
 * point, and the axis ticks. Pure, so the page (at build time) and the calculator island draw
 * the same picture from the same numbers; the table beside the chart is its text alternative.
 */
import { withinLimits, type CostInputs } from './inputs';
import type { CostResult } from './model';

/** Both paths' running totals at the end of one month; month 0 is the cost up front. */
export interface CumulativePoint {
  month: number;
  prompting: number;
  tuning: number;
}

/** The chart of cumulative cost: its points and where the paths cross. */
export interface Cumulative {
  /** Months 0 to `months`. */
  points: CumulativePoint[];
  /**
   * The (fractional) month at which tuning's total falls to prompting's and, costing less each
   * month, stays there; null when that does not happen within the months compared. Read off
   * the points by straight-line interpolation, so it agrees with `paybackMonths`.
   */
  crossing: number | null;
}

/** The chart's figures: both paths' cumulative totals for each month, and where they cross. */
export function cumulativeCosts(inputs: CostInputs, result: CostResult): Cumulative {
  const span = withinLimits(inputs).months;
  const points = Array.from({ length: span + 1 }, (_, month): CumulativePoint => ({
    month,
    prompting: result.promptingUpfront + month * result.promptingMonth,
    tuning: result.tuningUpfront + month * result.tuningMonth,
  }));
  let crossing: number | null = null;
  // Only a cheaper tuned month makes the crossing for good; otherwise prompting catches up.
  if (result.paybackMonths !== 'never') {
    let before = Infinity;
    for (const p of points) {
      const ahead = p.tuning - p.prompting;
      if (ahead <= 0) {
        crossing = p.month === 0 ? 0 : p.month - 1 + before / (before - ahead);
        break;
      }
      before = ahead;
    }
  }
  return { points, crossing };
}

export const CHART = { width: 560, height: 260, left: 64, right: 16, top: 16, bottom: 36 } as const;

export interface ChartGeometry {
  /** `points` attributes for <polyline>. */
  prompting: string;
  tuning: string;
  /** Where the lines cross, in SVG units, or null. */
  crossing: { x: number; y: number; month: number } | null;
  /** Horizontal axis: months, with their x. */
  xTicks: { x: number; label: string }[];
  /** Vertical axis: dollars, with their y. */
  yTicks: { y: number; value: number }[];
}

/** A round step for about four ticks up to `max`: 1, 2 or 5 times a power of ten. */
function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

export function chartGeometry(data: Cumulative): ChartGeometry {
  const { width, height, left, right, top, bottom } = CHART;
  const months = Math.max(1, data.points.length - 1);
  const max = Math.max(1, ...data.points.flatMap((p) => [p.prompting, p.tuning]));
  const step = niceStep(max);
  const top$ = Math.ceil(max / step) * step;
  const x = (month: number) => left + (month / months) * (width - left - right);
  const y = (usd: number) => top + (1 - usd / top$) * (height - top - bottom);
  const line = (pick: (p: Cumulative['points'][number]) => number) =>
    data.points.map((p) => `${x(p.month).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
  let crossing: ChartGeometry['crossing'] = null;
  if (data.crossing !== null) {
    const before = data.points[Math.floor(data.crossing)];
    const after = data.points[Math.min(data.points.length - 1, Math.ceil(data.crossing))];
    if (before && after) {
      const share = data.crossing - Math.floor(data.crossing);
      const usd = before.prompting + (after.prompting - before.prompting) * share;
      crossing = { x: x(data.crossing), y: y(usd), month: data.crossing };
    }
  }
  const every = months <= 12 ? 1 : months <= 36 ? 6 : 12;
  const xTicks = Array.from({ length: Math.floor(months / every) + 1 }, (_, i) => ({
    x: x(i * every),
    label: String(i * every),
  }));
  const yTicks = Array.from({ length: Math.round(top$ / step) + 1 }, (_, i) => ({
    y: y(i * step),
    value: i * step,
  }));
  return {
    prompting: line((p) => p.prompting),
    tuning: line((p) => p.tuning),
    crossing,
    xTicks,
    yTicks,
  };
}

/** "$12k", "$1.2M", "$450": short dollar labels for an axis. */
export function axisUsd(value: number): string {
  if (value >= 1e6)
    return `$${(value / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 })}M`;
  if (value >= 1e3)
    return `$${(value / 1e3).toLocaleString('en-GB', { maximumFractionDigits: 1 })}k`;
  return `$${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}

/** The chart's text description: what it shows and where, if anywhere, the lines cross. */
export function chartDescription(crossing: number | null): string {
  const where =
    crossing === null
      ? 'The lines do not cross within the months compared.'
      : `The lines cross at month ${crossing.toFixed(1)}.`;
  return `Prompting and fine-tuning, total dollars spent by each month; the table below gives every figure. ${where}`;
}
