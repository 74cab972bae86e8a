/**
 * What prompting and fine-tuning each cost, as a pure model. The calculator at /cost/ runs it in
 * the browser on the reader's figures, and the worked examples on the same page run it at build
 * time, so the two always agree. The formulas are the ones the page shows (issue 13):
 *
 *   prompted request = ((input + overhead·(1 − c))·inPrice + overhead·c·cachedPrice
 *                       + output·outPrice) / 10⁶                      c = cached / 100
 *   tuned request    = (input·tunedInPrice + output·tunedOutPrice) / 10⁶
 *   training run     = max(minimum per job, examples·exampleTokens·epochs / 10⁶ · trainPrice)
 *   prompting, month = volume · prompted request
 *   tuning, month    = volume · tuned request + hosting + retrains/12 · training run
 *   up front         = promptHours·rate  |  tuneHours·rate + training run
 *
 * Prices are US dollars per million tokens, money is US dollars, time is months. Every figure is
 * returned unrounded; format.ts decides how the page rounds it.
 */
import { withinLimits, type CostInputs } from './inputs';
import { MONEY_FLOOR, PER_MILLION, REQUEST_FLOOR, compare, ratio } from './money';
import { stopping, type CostOptions, type StoppingDeadline } from './deadlines';
import { verdictOf, warningOf } from './words';
import { arithmeticOf, type ArithmeticLine } from './arithmetic';

/**
 * How the comparison comes out:
 * `from-start`  tuning costs no more up front and less each month (payback 0);
 * `pays-back`   it pays back within the months compared;
 * `beyond-span` it pays back, but after the months compared;
 * `too-late`    it would pay back, but a deadline comes first;
 * `never`       the tuned month is not cheaper, so the extra up front is never recovered.
 */
export type Outcome = 'from-start' | 'pays-back' | 'beyond-span' | 'too-late' | 'never';

/** The outputs the page marks with `data-cost`, in page order. */
export const OUTPUT_KEYS = [
  'prompted-request',
  'tuned-request',
  'training-run',
  'prompting-month',
  'tuning-month',
  'prompting-upfront',
  'tuning-upfront',
  'payback-months',
  'breakeven-volume',
] as const;
/** The name of one output, as in `data-cost`. */
export type OutputKey = (typeof OUTPUT_KEYS)[number];

/** Every figure the page shows, unrounded, with the verdict, any warning and the arithmetic. */
export interface CostResult {
  /** USD per prompted request. */
  promptedRequest: number;
  /** USD per tuned request. */
  tunedRequest: number;
  /** USD per month on the prompted path. */
  promptingMonth: number;
  /** USD per month on the tuned path, hosting and retraining included. */
  tuningMonth: number;
  /** USD for one training run. */
  trainingRun: number;
  /** Training tokens in one run: examples × tokens per example × epochs. */
  trainingTokens: number;
  /** Retraining spread over the months: retrains / 12 × training run. */
  retrainingMonth: number;
  /** USD up front on the prompted path. */
  promptingUpfront: number;
  /** USD up front on the tuned path. */
  tuningUpfront: number;
  /**
   * Months until tuning's extra cost up front is recovered:
   * (tuning up front − prompting up front) / (prompting month − tuning month);
   * 0 when tuning costs no more up front and is cheaper each month;
   * `never` when the tuned month is not cheaper (or the months would not fit in a number).
   */
  paybackMonths: number | 'never';
  /**
   * Requests per month at which both paths cost the same in total over `months`:
   * (tuning up front − prompting up front + months × (hosting + retraining a month))
   *   / (months × (prompted request − tuned request));
   * 0 when tuning is cheaper over the span at any volume;
   * `never` when a tuned request is not cheaper than a prompted one.
   */
  breakevenVolume: number | 'never';
  /** How the comparison comes out; see `Outcome`. */
  outcome: Outcome;
  /** The earliest deadline that comes before the payback, if any. */
  deadline: StoppingDeadline | null;
  /** One sentence: what the comparison comes to. */
  verdict: string;
  /** Why a deadline stops the payback, naming its date; null when none does. */
  warning: string | null;
  /** Every figure's working, in page order. */
  arithmetic: ArithmeticLine[];
}

/** Computes every figure, the verdict and the arithmetic. Months to a deadline count from `today`. */
export function computeCost(inputs: CostInputs, options: CostOptions = {}): CostResult {
  const x = withinLimits(inputs);
  const c = x.cached / 100;
  const promptedRequest =
    ((x.input + x.overhead * (1 - c)) * x.inPrice +
      x.overhead * c * x.cachedPrice +
      x.output * x.outPrice) /
    PER_MILLION;
  const tunedRequest = (x.input * x.tunedInPrice + x.output * x.tunedOutPrice) / PER_MILLION;
  const trainingTokens = x.examples * x.exampleTokens * x.epochs;
  const trainingRun = Math.max(x.minimumPerJob, (trainingTokens / PER_MILLION) * x.trainPrice);
  const retrainingMonth = (x.retrains / 12) * trainingRun;
  const promptingMonth = x.volume * promptedRequest;
  const tuningMonth = x.volume * tunedRequest + x.hosting + retrainingMonth;
  const promptingUpfront = x.promptHours * x.rate;
  const tuningUpfront = x.tuneHours * x.rate + trainingRun;

  const extra = tuningUpfront - promptingUpfront;
  const saving = promptingMonth - tuningMonth;
  const cheaperMonthly = compare(tuningMonth, promptingMonth, MONEY_FLOOR) < 0;
  const paybackMonths: number | 'never' = !cheaperMonthly
    ? 'never'
    : compare(tuningUpfront, promptingUpfront, MONEY_FLOOR) <= 0
      ? 0
      : ratio(extra, saving);

  const gap = promptedRequest - tunedRequest;
  const fixed = x.hosting + retrainingMonth;
  const cheaperRequest = compare(tunedRequest, promptedRequest, REQUEST_FLOOR) < 0;
  const breakeven = cheaperRequest ? ratio(extra + x.months * fixed, x.months * gap) : 'never';
  const breakevenVolume = breakeven === 'never' ? breakeven : Math.max(0, breakeven);

  const deadline = stopping(x, paybackMonths, options);
  const outcome: Outcome =
    paybackMonths === 'never'
      ? 'never'
      : deadline
        ? 'too-late'
        : paybackMonths === 0
          ? 'from-start'
          : paybackMonths <= x.months
            ? 'pays-back'
            : 'beyond-span';

  const figures = {
    promptedRequest,
    tunedRequest,
    promptingMonth,
    tuningMonth,
    trainingRun,
    trainingTokens,
    retrainingMonth,
    promptingUpfront,
    tuningUpfront,
    paybackMonths,
    breakevenVolume,
  };
  return {
    ...figures,
    outcome,
    deadline,
    verdict: verdictOf(x, figures, outcome, deadline),
    warning: deadline && options.today ? warningOf(deadline, paybackMonths, options.today) : null,
    arithmetic: arithmeticOf(x, figures),
  };
}

export type Figures = Pick<
  CostResult,
  | 'promptedRequest'
  | 'tunedRequest'
  | 'promptingMonth'
  | 'tuningMonth'
  | 'trainingRun'
  | 'trainingTokens'
  | 'retrainingMonth'
  | 'promptingUpfront'
  | 'tuningUpfront'
  | 'paybackMonths'
  | 'breakevenVolume'
>;

/** True when fine-tuning pays back within the months compared and before any deadline. */
export function paysBackInTime(result: Pick<CostResult, 'outcome'>): boolean {
  return result.outcome === 'from-start' || result.outcome === 'pays-back';
}
