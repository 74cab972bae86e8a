/**
 * The dates that can stop the tuned paths: when new tuning jobs end and when tuned models shut
 * down, how many months away each is from `today`, which one stops a payback, and which one makes
 * the tuned paths move inside the months compared. Pure: the caller passes `today`; without it no
 * deadline is weighed.
 */
import type { CostInputs } from './inputs';

/**
 * A date after which the tuned path stops working: `last-jobs` is the last day new tuning jobs
 * are accepted (so no retraining after it), `shutdown` the day tuned models stop answering.
 */
export interface Deadline {
  date: Date;
  kind: 'last-jobs' | 'shutdown';
}

/** What the model needs besides the inputs to weigh an offer's dates. */
export interface CostOptions {
  /** The day to count months to a deadline from. Deadlines are only weighed when it is given. */
  today?: Date | undefined;
  /** The offer's announced dates. */
  deadlines?: readonly Deadline[] | undefined;
}

/** A deadline that stops fine-tuning paying back, and how many months away it is from `today`. */
export interface StoppingDeadline extends Deadline {
  /** Months from `today` (an average month of 365.2425 / 12 days); 0 or less when past. */
  monthsAway: number;
}

const MONTH_MS = (365.2425 / 12) * 24 * 60 * 60 * 1000;

/** Months from `today` to `date`, in average months. */
function monthsBetween(today: Date, date: Date): number {
  return (date.getTime() - today.getTime()) / MONTH_MS;
}

/** The deadlines that bear on the tuned path, with their distance; invalid dates are dropped. */
export function dated(x: CostInputs, options: CostOptions): StoppingDeadline[] {
  const { today, deadlines = [] } = options;
  if (!today) return [];
  return deadlines
    .map((d) => ({ ...d, monthsAway: monthsBetween(today, d.date) }))
    .filter((d) => Number.isFinite(d.monthsAway))
    .filter((d) => d.monthsAway <= 0 || d.kind === 'shutdown' || x.retrains > 0)
    .sort((a, b) => a.monthsAway - b.monthsAway);
}

/**
 * The earliest deadline that stops the payback: one already past (a shut-down model cannot
 * answer; with no new jobs, nothing can be trained), a shutdown before the payback, or the end
 * of new jobs before the payback when retraining is planned.
 */
export function stopping(
  x: CostInputs,
  payback: number | 'never',
  options: CostOptions,
): StoppingDeadline | null {
  if (payback === 'never') return null;
  return dated(x, options).find((d) => d.monthsAway <= 0 || d.monthsAway < payback) ?? null;
}

/**
 * The deadline at which the tuned paths must move: the earliest one that falls inside the months
 * compared (or has passed), whether or not tuning has paid back by then.
 */
export function moveDeadline(x: CostInputs, options: CostOptions): StoppingDeadline | null {
  return dated(x, options).find((d) => d.monthsAway < x.months) ?? null;
}

/** An offer's announced dates, as the island receives them (ISO dates), as the model takes them. */
export function deadlinesOf(
  offer: { deadlines: readonly { date: string; kind: Deadline['kind'] }[] } | undefined,
): Deadline[] {
  return (offer?.deadlines ?? []).map((d) => ({
    date: new Date(`${d.date}T00:00:00Z`),
    kind: d.kind,
  }));
}
