/**
 * The cumulative-cost chart: each path's running total month by month (a tuned path steps up
 * where it must move), where fine-tuning's total meets prompting's, and the picture's geometry as
 * polylines in an SVG box with axis ticks. Pure, so the page (at build time) and the calculator
 * island draw the same picture from the same numbers; the table beside it is its text alternative.
 */
import { COUNTERPART, isTuned, type PathId } from './inputs';
import type { CostResult } from './model';

/** The running totals at the end of each month; month 0 is the cost up front. */
export interface Cumulative {
  /** The paths drawn, in page order. */
  paths: PathId[];
  /** For each path drawn, its total at months 0 to `months`. */
  totals: Partial<Record<PathId, number[]>>;
  /**
   * The (fractional) month at which fine-tuning's total falls to prompting's and stays there;
   * null when both are not drawn or that does not happen within the months compared. Read off the
   * totals by straight-line interpolation, so it agrees with the payback.
   */
  crossing: number | null;
  /**
   * Paths drawn whose totals leave out an unknown price: their lines are the least they could
   * cost. With prompting among them the crossing is not known and is null; with fine-tuning
   * among them it is the earliest it could be.
   */
  floors: PathId[];
}

/** Every drawn path's running total, month by month, and where fine-tuning meets prompting. */
export function cumulativeCosts(months: number, result: CostResult): Cumulative {
  const { paths, move: kind } = result.choices;
  const move = result.move;
  const totals: Cumulative['totals'] = {};
  for (const p of paths) {
    const f = result.path[p];
    const after = kind === 'tune' || !isTuned(p) ? f.month : result.path[COUNTERPART[p]].month;
    totals[p] = Array.from({ length: months + 1 }, (_, m) =>
      move && isTuned(p) && m >= move.month
        ? f.upfront + move.month * f.month + move.once + (m - move.month) * after
        : f.upfront + m * f.month,
    );
  }
  let crossing: number | null = null;
  const tuned = totals['fine-tuning'];
  const prompted = totals.prompting;
  const floors = paths.filter((p) =>
    result.gaps.some((g) => g.path === p && g.figures.includes('total')),
  );
  // Only a cheaper tuned month makes the crossing for good; otherwise prompting catches up.
  // Prompting's line too low by an unknown amount puts the crossing anywhere: none is drawn.
  if (tuned && prompted && result.paybackMonths !== 'never' && !floors.includes('prompting')) {
    let before = Infinity;
    for (const [m, t] of tuned.entries()) {
      const ahead = t - (prompted[m] ?? 0);
      if (ahead <= 0) {
        crossing = m === 0 ? 0 : m - 1 + before / (before - ahead);
        break;
      }
      before = ahead;
    }
  }
  return { paths: [...paths], totals, crossing, floors };
}

export const CHART = { width: 560, height: 260, left: 64, right: 16, top: 16, bottom: 36 } as const;

export interface ChartGeometry {
  /** One `points` attribute for <polyline> per path drawn. */
  lines: { path: PathId; points: string }[];
  /** Where fine-tuning meets prompting, in SVG units, or null. */
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
  const series = data.paths.map((path) => ({ path, totals: data.totals[path] ?? [] }));
  const months = Math.max(1, (series[0]?.totals.length ?? 1) - 1);
  const max = Math.max(1, ...series.flatMap((s) => s.totals));
  const step = niceStep(max);
  const top$ = Math.ceil(max / step) * step;
  const x = (month: number) => left + (month / months) * (width - left - right);
  const y = (usd: number) => top + (1 - usd / top$) * (height - top - bottom);
  const lines = series.map((s) => ({
    path: s.path,
    points: s.totals.map((t, m) => `${x(m).toFixed(1)},${y(t).toFixed(1)}`).join(' '),
  }));
  let crossing: ChartGeometry['crossing'] = null;
  const prompted = data.totals.prompting;
  if (data.crossing !== null && prompted) {
    const before = prompted[Math.floor(data.crossing)];
    const after = prompted[Math.min(prompted.length - 1, Math.ceil(data.crossing))];
    if (before !== undefined && after !== undefined) {
      const share = data.crossing - Math.floor(data.crossing);
      crossing = {
        x: x(data.crossing),
        y: y(before + (after - before) * share),
        month: data.crossing,
      };
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
  return { lines, crossing, xTicks, yTicks };
}

/** "$12k", "$1.2M", "$450": short dollar labels for an axis. */
export function axisUsd(value: number): string {
  if (value >= 1e6)
    return `$${(value / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 })}M`;
  if (value >= 1e3)
    return `$${(value / 1e3).toLocaleString('en-GB', { maximumFractionDigits: 1 })}k`;
  return `$${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}

/** How each path's line is drawn, so the legend and the lines agree without colour alone. */
export const LINE_STYLES: Readonly<Record<PathId, { dash: string; tone: string; word: string }>> = {
  prompting: { dash: '', tone: 'prompt-engineering', word: 'solid' },
  retrieval: { dash: '2 4', tone: 'retrieval', word: 'dotted' },
  'fine-tuning': { dash: '6 3', tone: 'fine-tuning', word: 'dashed' },
  'tuned-retrieval': { dash: '10 3 2 3', tone: 'hybrid', word: 'dash-dotted' },
};

/** The chart's text description: what it shows and where, if anywhere, the lines cross. */
export function chartDescription(
  data: Cumulative,
  names: Readonly<Record<PathId, string>>,
): string {
  const drawn = data.paths.map((p) => names[p].toLowerCase()).join(', ');
  const at = data.floors.includes('fine-tuning') ? 'no sooner than' : 'at';
  const where =
    data.crossing === null
      ? ''
      : ` Fine-tuning's total falls to prompting's ${at} month ${data.crossing.toFixed(1)}.`;
  return `Total dollars spent by each month on ${drawn}; the table below gives every figure.${where}${floorNote(data, names)}`;
}

/** What the lines of paths that leave out an unknown price show, or '' when none do. */
export function floorNote(data: Cumulative, names: Readonly<Record<PathId, string>>): string {
  if (data.floors.length === 0) return '';
  const list = data.floors.map((p) => names[p].toLowerCase());
  const which = list.length < 2 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
  return ` The line${list.length > 1 ? 's' : ''} for ${which} leave${list.length > 1 ? '' : 's'} out unknown prices: the least ${list.length > 1 ? 'each' : 'it'} could cost.`;
}
