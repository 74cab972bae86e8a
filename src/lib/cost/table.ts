/**
 * The results table: one column per path, one row per figure (per request, per month, up front,
 * total over the months, payback, and GPUs on rented GPUs). Shared by the page, which renders it
 * at build time, and the island, which fills the same cells, so both read alike.
 */
import { isTuned, type InputKey, type PathId, type TunedPath } from './inputs';
import { PATH_OUTPUTS, type CostResult, type OutputKey } from './model';
import { formatCount, formatMonths, formatUsd, requestsAMonth } from './format';
import { pairBound, type Bound } from './bounds';
import { MONEY_FLOOR } from './money';
import type { GapFigure } from './words';

export type RowId = 'request' | 'month' | 'upfront' | 'total' | 'payback' | 'gpus';

export interface Row {
  id: RowId;
  /** The row's heading. */
  label: (months: number, gpu: boolean) => string;
  /** The output a cell holds, or null where the row has no figure for the path. */
  key: (path: PathId) => OutputKey | null;
  /** The cell's unrounded value, for `data-value`. */
  value: (result: CostResult, path: PathId) => number | 'never';
}

const PAYBACK: Partial<Record<PathId, OutputKey>> = {
  'fine-tuning': 'payback-months',
  'tuned-retrieval': 'tuned-retrieval-payback-months',
};

const figure =
  (field: 'request' | 'month' | 'upfront' | 'total' | 'gpus') =>
  (result: CostResult, path: PathId) =>
    result.path[path][field];

export const ROWS: readonly Row[] = [
  {
    id: 'request',
    label: (_, gpu) => (gpu ? 'Per request (its share of a busy GPU)' : 'Per request'),
    key: (p) => PATH_OUTPUTS[p].request,
    value: figure('request'),
  },
  {
    id: 'month',
    label: () => 'Per month',
    key: (p) => PATH_OUTPUTS[p].month,
    value: figure('month'),
  },
  {
    id: 'upfront',
    label: () => 'Up front',
    key: (p) => PATH_OUTPUTS[p].upfront,
    value: figure('upfront'),
  },
  {
    id: 'total',
    label: (months) => `Total over ${formatMonths(months)}`,
    key: (p) => PATH_OUTPUTS[p].total,
    value: figure('total'),
  },
  {
    id: 'payback',
    label: () => 'Pays back (against the untuned path)',
    key: (p) => PAYBACK[p] ?? null,
    value: (result, p) =>
      p === 'fine-tuning'
        ? result.paybackMonths
        : p === 'tuned-retrieval'
          ? result.retrievalPayback.months
          : 'never',
  },
  {
    id: 'gpus',
    label: () => 'GPUs',
    key: (p) => PATH_OUTPUTS[p].gpus,
    value: figure('gpus'),
  },
];

/** Every unknown input some path shown leaves out. */
export function gapKeys(result: CostResult): InputKey[] {
  return [...new Set(result.gaps.flatMap((g) => g.keys))];
}

/** A cell as the page shows it: "$730.00", "at least $11,220" where prices are unknown, "6 months". */
export function cellText(result: CostResult, row: RowId, path: PathId): string {
  if (row === 'payback') return isTuned(path) ? paybackText(result, path) : '—';
  if (row === 'gpus') return formatCount(result.path[path].gpus);
  const value = result.path[path][row];
  // A figure an unknown price leaves open is a floor; the path's other figures are exact.
  return isOpen(result, path, row) ? floorText(value) : formatUsd(value);
}

/**
 * Whether the figures beside the table apply to the paths shown: a training run needs a tuned
 * path; the break-even volume weighs fine-tuning against prompting per token, so it needs both
 * and an API (on GPUs costs step with whole GPUs). Shown otherwise, they would price what the
 * reader is not comparing ("Training run: $0").
 */
export function extraShown(result: CostResult, key: 'training-run' | 'breakeven-volume'): boolean {
  const { paths, host } = result.choices;
  if (key === 'training-run') return paths.some(isTuned);
  return host !== 'gpu' && paths.includes('fine-tuning') && paths.includes('prompting');
}

/** A figure an unknown price leaves open: "at least $6.00", or "unknown" when nothing is known of it. */
export function floorText(value: number): string {
  return value > MONEY_FLOOR ? `at least ${formatUsd(value)}` : 'unknown';
}

/** Whether an unknown price leaves this figure of the path open (so it shows as a floor). */
export function isOpen(result: CostResult, path: PathId, figure: GapFigure): boolean {
  return result.gaps.some((g) => g.path === path && g.figures.includes(figure));
}

/**
 * A training run as the page shows it: its cost, or, when the training price is unknown, a floor
 * ("at least $4", the minimum per job) or "unknown" — never a made-up $0.
 */
export function trainingRunText(result: CostResult): string {
  const unknownPrice = result.gaps.some((g) => g.keys.includes('trainPrice'));
  if (!unknownPrice) return formatUsd(result.trainingRun);
  return result.trainingRun > 0 ? `at least ${formatUsd(result.trainingRun)}` : 'unknown';
}

/** A payback or break-even as its bound allows: as it is, "at least …", or "unknown". */
function bounded(bound: Bound, text: string): string {
  return bound === 'exact' ? text : bound === 'floor' ? `at least ${text}` : 'unknown';
}

/** When a tuned path pays back against its counterpart: "6 months", "at least 6 months", "never", "unknown". */
export function paybackText(result: CostResult, tuned: TunedPath): string {
  const months = tuned === 'fine-tuning' ? result.paybackMonths : result.retrievalPayback.months;
  return bounded(pairBound(result.gaps, tuned, months), formatMonths(months));
}

/** The break-even volume as the page shows it: "12,500 requests a month", "never", or a bound. */
export function breakevenText(result: CostResult): string {
  const v = result.breakevenVolume;
  return bounded(pairBound(result.gaps, 'fine-tuning', v), v === 'never' ? v : requestsAMonth(v));
}
