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
 * returned unrounded; the format helpers below decide how the page rounds it.
 */
import { formatDate } from '../site/format';

/** Everything the model needs. Prices are USD per million tokens unless a field says otherwise. */
export interface CostInputs {
  /** Requests per month. */
  volume: number;
  /** Input tokens per request that both paths send (the reader's own content). */
  input: number;
  /** Output tokens per request. */
  output: number;
  /** Prompt tokens per request that tuning would make unnecessary: instructions, examples. */
  overhead: number;
  /** Share of that overhead served from the prompt cache, 0–100. */
  cached: number;
  /** The base model's input price. */
  inPrice: number;
  /** The base model's price for cached input; the input price where there is no discount. */
  cachedPrice: number;
  /** The base model's output price. */
  outPrice: number;
  /** The tuned model's input price. */
  tunedInPrice: number;
  /** The tuned model's output price. */
  tunedOutPrice: number;
  /** Training price per million training tokens (examples × tokens per example × epochs). */
  trainPrice: number;
  /** The least a training job costs, in USD, however small it is. */
  minimumPerJob: number;
  /** Keeping the tuned model deployed, USD per month, whether or not it is called. */
  hosting: number;
  /** Training examples. */
  examples: number;
  /** Tokens per training example. */
  exampleTokens: number;
  /** Passes over the training set. */
  epochs: number;
  /** Retraining runs per year, each costing one training run. */
  retrains: number;
  /** Engineering hours to build the prompted path. */
  promptHours: number;
  /** Engineering hours to build the tuned path (data, training, evaluation). */
  tuneHours: number;
  /** Engineering rate, USD per hour. */
  rate: number;
  /** Months to compare over (whole months). */
  months: number;
}

/** Every input, in the order the page and the Markdown list them. */
export const INPUT_KEYS = [
  'volume',
  'input',
  'output',
  'overhead',
  'cached',
  'inPrice',
  'cachedPrice',
  'outPrice',
  'tunedInPrice',
  'tunedOutPrice',
  'trainPrice',
  'minimumPerJob',
  'examples',
  'exampleTokens',
  'epochs',
  'retrains',
  'hosting',
  'promptHours',
  'tuneHours',
  'rate',
  'months',
] as const satisfies readonly (keyof CostInputs)[];
/** The name of one input. */
export type InputKey = (typeof INPUT_KEYS)[number];

/** The per-token and training prices an offer sets and a reader may replace with their own. */
export const TOKEN_PRICE_KEYS = [
  'inPrice',
  'cachedPrice',
  'outPrice',
  'tunedInPrice',
  'tunedOutPrice',
  'trainPrice',
] as const satisfies readonly InputKey[];
/** Every figure an offer sets that a reader may replace: the token prices and the hosting fee. */
export const PRICE_KEYS = [...TOKEN_PRICE_KEYS, 'hosting'] as const;
/** A figure an offer sets and a reader may replace. */
export type PriceKey = (typeof PRICE_KEYS)[number];

/** What an offer contributes to the inputs: its prices, hosting per month and minimum charge. */
export type OfferPrices = Pick<CostInputs, PriceKey | 'minimumPerJob'>;

/**
 * Hours in an average month (365 × 24 / 12), to turn an hourly hosting fee into `hosting`.
 * Offers priced per training hour can give a run's cost as `minimumPerJob` with no `trainPrice`.
 */
export const HOURS_PER_MONTH = 730;

/** The range an input may take; `whole` inputs are rounded to whole numbers. */
export interface Limit {
  min: number;
  max: number;
  whole?: boolean;
}

/**
 * The range of every input. A link is clamped to these (src/lib/cost/url.ts), and the model
 * brings anything outside them inside, so no output is ever NaN or infinite. The maxima are far
 * beyond any real workload (ten billion requests a month, ten million tokens a request, $10,000
 * per million tokens) yet small enough that every product stays a finite double.
 */
export const INPUT_LIMITS: Readonly<Record<InputKey, Limit>> = {
  volume: { min: 0, max: 1e10 },
  input: { min: 0, max: 1e7 },
  output: { min: 0, max: 1e7 },
  overhead: { min: 0, max: 1e7 },
  cached: { min: 0, max: 100 },
  inPrice: { min: 0, max: 10_000 },
  cachedPrice: { min: 0, max: 10_000 },
  outPrice: { min: 0, max: 10_000 },
  tunedInPrice: { min: 0, max: 10_000 },
  tunedOutPrice: { min: 0, max: 10_000 },
  trainPrice: { min: 0, max: 100_000 },
  minimumPerJob: { min: 0, max: 1e7 },
  hosting: { min: 0, max: 1e8 },
  examples: { min: 0, max: 1e9 },
  exampleTokens: { min: 0, max: 1e7 },
  epochs: { min: 0, max: 1000 },
  retrains: { min: 0, max: 365 },
  promptHours: { min: 0, max: 100_000 },
  tuneHours: { min: 0, max: 100_000 },
  rate: { min: 0, max: 10_000 },
  months: { min: 1, max: 120, whole: true },
};

/** What each input is called on the page, in notices and in the Markdown, with its unit. */
export const INPUT_LABELS: Readonly<Record<InputKey, string>> = {
  volume: 'Requests per month',
  input: 'Input tokens per request',
  output: 'Output tokens per request',
  overhead: 'Prompt tokens tuning makes unnecessary',
  cached: 'Share of those tokens served from the prompt cache (%)',
  inPrice: 'Base model input price (USD per million tokens)',
  cachedPrice: 'Base model cached input price (USD per million tokens)',
  outPrice: 'Base model output price (USD per million tokens)',
  tunedInPrice: 'Tuned model input price (USD per million tokens)',
  tunedOutPrice: 'Tuned model output price (USD per million tokens)',
  trainPrice: 'Training price (USD per million training tokens)',
  minimumPerJob: 'Minimum charge per training job (USD)',
  hosting: 'Hosting for the tuned model (USD per month)',
  examples: 'Training examples',
  exampleTokens: 'Tokens per example',
  epochs: 'Epochs',
  retrains: 'Retraining runs per year',
  promptHours: 'Engineering hours for prompting',
  tuneHours: 'Engineering hours for fine-tuning',
  rate: 'Engineering rate (USD per hour)',
  months: 'Months compared',
};

/** The inputs with every figure inside INPUT_LIMITS (NaN becomes the minimum). */
export function withinLimits(inputs: CostInputs): CostInputs {
  const out = { ...inputs };
  for (const key of INPUT_KEYS) {
    const { min, max, whole } = INPUT_LIMITS[key];
    const value = inputs[key];
    const clamped = Number.isNaN(value) ? min : Math.min(max, Math.max(min, value));
    out[key] = whole ? Math.round(clamped) : clamped;
  }
  return out;
}

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

/** One step of "show the arithmetic": the rule, the rule with the reader's numbers, the result. */
export interface ArithmeticLine {
  key: OutputKey;
  label: string;
  /** The rule in words: "requests per month × prompted request". */
  rule: string;
  /** The rule with the reader's numbers filled in, rounded as the page shows them. */
  formula: string;
  /** The unrounded result. */
  result: number | 'never';
  /** The result as the page shows it: "$0.0146", "6 months", "never". */
  shown: string;
}

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

const PER_MILLION = 1_000_000;
const MONTH_MS = (365.2425 / 12) * 24 * 60 * 60 * 1000;

// Two sums that are equal on paper can differ in the last bits once computed, and a monthly
// saving of a billionth of a cent would give a payback of trillions of months. So money is
// compared with a tolerance: equal when within a billionth of the larger amount, or within a
// millionth of a dollar (a month's amounts) or 10⁻¹⁶ dollars (a request's: 10⁻¹⁶ × the largest
// volume is the monthly floor again, so "tuned month cheaper" always implies "tuned request
// cheaper"). The floors also keep every ratio below finite.
const RELATIVE = 1e-9;
const MONEY_FLOOR = 1e-6;
const REQUEST_FLOOR = 1e-16;

/** −1, 0 or 1 as `a` is less than, about equal to, or more than `b`. */
function compare(a: number, b: number, floor: number): -1 | 0 | 1 {
  const tolerance = Math.max(floor, RELATIVE * Math.max(Math.abs(a), Math.abs(b)));
  return Math.abs(a - b) <= tolerance ? 0 : a < b ? -1 : 1;
}

/** A ratio that does not fit in a finite number means "never", not Infinity. */
function ratio(top: number, bottom: number): number | 'never' {
  const r = top / bottom;
  return Number.isFinite(r) ? r : 'never';
}

/** Months from `today` to `date`, in average months. */
function monthsBetween(today: Date, date: Date): number {
  return (date.getTime() - today.getTime()) / MONTH_MS;
}

/** The deadlines that bear on the tuned path, with their distance; invalid dates are dropped. */
function dated(x: CostInputs, options: CostOptions): StoppingDeadline[] {
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
function stopping(
  x: CostInputs,
  payback: number | 'never',
  options: CostOptions,
): StoppingDeadline | null {
  if (payback === 'never') return null;
  return dated(x, options).find((d) => d.monthsAway <= 0 || d.monthsAway < payback) ?? null;
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

type Figures = Pick<
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

const requestsAMonth = (volume: number): string =>
  `${formatCount(volume)} ${formatCount(volume) === '1' ? 'request' : 'requests'} a month`;

/** "the tuned model shuts down on 1 April 2026", in the past tense once the day has come. */
function deadlineClause(d: StoppingDeadline): string {
  const on = formatDate(d.date);
  const past = d.monthsAway <= 0;
  if (d.kind === 'shutdown')
    return past ? `the tuned model shut down on ${on}` : `the tuned model shuts down on ${on}`;
  return past ? `new tuning jobs ended on ${on}` : `new tuning jobs end on ${on}`;
}

function verdictOf(
  x: CostInputs,
  f: Figures,
  outcome: Outcome,
  deadline: StoppingDeadline | null,
): string {
  const at = `At ${requestsAMonth(x.volume)}`;
  const payback = f.paybackMonths;
  if (payback !== 'never') {
    if (deadline) {
      const would =
        payback === 0
          ? 'would pay for itself from the start'
          : `would pay back after ${formatMonths(payback)}`;
      return `${at} fine-tuning ${would}, but it cannot pay back in time: ${deadlineClause(deadline)}.`;
    }
    if (outcome === 'from-start')
      return `${at} fine-tuning costs no more up front and less each month, so it pays for itself from the start.`;
    const after = `${at} fine-tuning pays back after ${formatMonths(payback)}`;
    return outcome === 'beyond-span'
      ? `${after}, beyond the ${formatMonths(x.months)} compared.`
      : `${after}.`;
  }

  const extra = f.tuningUpfront - f.promptingUpfront;
  const upfront = compare(f.tuningUpfront, f.promptingUpfront, MONEY_FLOOR);
  const monthly = compare(f.tuningMonth, f.promptingMonth, MONEY_FLOOR);
  if (monthly === 0) {
    if (upfront > 0)
      return `Fine-tuning never pays back here: both paths cost the same each month, so the ${formatUsd(extra)} more it costs up front is never recovered.`;
    if (upfront < 0)
      return `Both paths cost the same each month and fine-tuning costs ${formatUsd(-extra)} less up front, so it stays the cheaper path.`;
    return 'Both paths cost the same, up front and each month.';
  }
  // The tuned month is dearer: say whether requests or fixed costs make it so.
  const perRequest = compare(f.tunedRequest, f.promptedRequest, REQUEST_FLOOR);
  const fixed = x.hosting + f.retrainingMonth;
  const what =
    x.hosting > 0 && f.retrainingMonth > 0
      ? 'hosting and retraining cost'
      : x.hosting > 0
        ? 'hosting costs'
        : 'retraining costs';
  const reason =
    perRequest > 0
      ? `each tuned request costs ${formatUsd(f.tunedRequest - f.promptedRequest)} more than a prompted one`
      : perRequest === 0
        ? `tuned requests cost the same as prompted ones and ${what} ${formatUsd(fixed)} a month`
        : `${what} ${formatUsd(fixed)} a month, more than the ${formatUsd(f.promptingMonth - f.tuningMonth + fixed)} a month tuned requests save`;
  if (upfront < 0) {
    const overtaken = ratio(extra, f.promptingMonth - f.tuningMonth);
    const when = overtaken === 'never' ? '' : ` after ${formatMonths(overtaken)}`;
    return `Fine-tuning costs ${formatUsd(-extra)} less up front, but ${reason}, so prompting is the cheaper path${when}.`;
  }
  return `Fine-tuning never pays back here: ${reason}.`;
}

function warningOf(d: StoppingDeadline, payback: number | 'never', today: Date): string {
  const on = formatDate(d.date);
  if (d.monthsAway <= 0)
    return d.kind === 'shutdown'
      ? `The tuned model shut down on ${on}: it can no longer be called.`
      : `New tuning jobs ended on ${on}: the model can no longer be trained.`;
  const away = `${formatMonths(d.monthsAway)} from ${formatDate(today)}`;
  const before =
    payback === 'never' || payback === 0
      ? 'before fine-tuning would pay back'
      : `before fine-tuning would pay back (after ${formatMonths(payback)})`;
  return d.kind === 'shutdown'
    ? `The tuned model shuts down on ${on}, ${away}, ${before}.`
    : `New tuning jobs end on ${on}, ${away}, ${before}: the planned retraining could not run after that day.`;
}

const PLAIN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

function arithmeticOf(x: CostInputs, f: Figures): ArithmeticLine[] {
  const usd = formatUsd;
  const n = formatCount;
  const c = PLAIN.format(x.cached / 100);
  const line = (
    key: OutputKey,
    label: string,
    rule: string,
    formula: string,
    result: number | 'never',
    shown: string,
  ): ArithmeticLine => ({ key, label, rule, formula, result, shown });
  const payback = f.paybackMonths;
  const breakeven = f.breakevenVolume;
  const fixed = `${usd(x.hosting)} + ${n(x.retrains)} ÷ 12 × ${usd(f.trainingRun)}`;
  return [
    line(
      'prompted-request',
      'Prompted request',
      '((input + overhead × (1 − c)) × input price + overhead × c × cached price + output × output price) ÷ 1,000,000, where c = cached share ÷ 100',
      `((${n(x.input)} + ${n(x.overhead)} × (1 − ${c})) × ${usd(x.inPrice)} + ${n(x.overhead)} × ${c} × ${usd(x.cachedPrice)} + ${n(x.output)} × ${usd(x.outPrice)}) ÷ 1,000,000`,
      f.promptedRequest,
      usd(f.promptedRequest),
    ),
    line(
      'tuned-request',
      'Tuned request',
      '(input × tuned input price + output × tuned output price) ÷ 1,000,000',
      `(${n(x.input)} × ${usd(x.tunedInPrice)} + ${n(x.output)} × ${usd(x.tunedOutPrice)}) ÷ 1,000,000`,
      f.tunedRequest,
      usd(f.tunedRequest),
    ),
    line(
      'training-run',
      'Training run',
      'max(minimum per job, examples × tokens per example × epochs ÷ 1,000,000 × training price)',
      `max(${usd(x.minimumPerJob)}, ${n(x.examples)} × ${n(x.exampleTokens)} × ${n(x.epochs)} ÷ 1,000,000 × ${usd(x.trainPrice)})`,
      f.trainingRun,
      usd(f.trainingRun),
    ),
    line(
      'prompting-month',
      'Prompting, per month',
      'requests per month × prompted request',
      `${n(x.volume)} × ${usd(f.promptedRequest)}`,
      f.promptingMonth,
      usd(f.promptingMonth),
    ),
    line(
      'tuning-month',
      'Fine-tuning, per month',
      'requests per month × tuned request + hosting + retraining runs per year ÷ 12 × training run',
      `${n(x.volume)} × ${usd(f.tunedRequest)} + ${fixed}`,
      f.tuningMonth,
      usd(f.tuningMonth),
    ),
    line(
      'prompting-upfront',
      'Prompting, up front',
      'engineering hours for prompting × rate',
      `${n(x.promptHours)} × ${usd(x.rate)}`,
      f.promptingUpfront,
      usd(f.promptingUpfront),
    ),
    line(
      'tuning-upfront',
      'Fine-tuning, up front',
      'engineering hours for fine-tuning × rate + training run',
      `${n(x.tuneHours)} × ${usd(x.rate)} + ${usd(f.trainingRun)}`,
      f.tuningUpfront,
      usd(f.tuningUpfront),
    ),
    line(
      'payback-months',
      'Payback',
      '(tuning up front − prompting up front) ÷ (prompting per month − tuning per month), at least 0; never when tuning is not cheaper each month',
      payback === 'never'
        ? `${usd(f.tuningMonth)} a month is not less than ${usd(f.promptingMonth)}, so never`
        : `max(0, (${usd(f.tuningUpfront)} − ${usd(f.promptingUpfront)}) ÷ (${usd(f.promptingMonth)} − ${usd(f.tuningMonth)}))`,
      payback,
      formatMonths(payback),
    ),
    line(
      'breakeven-volume',
      `Break-even volume over ${formatMonths(x.months)}`,
      '(tuning up front − prompting up front + months × (hosting + retraining per month)) ÷ (months × (prompted request − tuned request)), at least 0; never when a tuned request is not cheaper',
      breakeven === 'never'
        ? `a tuned request (${usd(f.tunedRequest)}) is not cheaper than a prompted one (${usd(f.promptedRequest)}), so never`
        : `max(0, (${usd(f.tuningUpfront)} − ${usd(f.promptingUpfront)} + ${n(x.months)} × (${fixed})) ÷ (${n(x.months)} × (${usd(f.promptedRequest)} − ${usd(f.tunedRequest)})))`,
      breakeven,
      breakeven === 'never' ? 'never' : requestsAMonth(breakeven),
    ),
  ];
}

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

/** An input the verdict turns on: volume, prompt overhead, or the tuned input price's gap. */
export type FlipInput = 'volume' | 'overhead' | 'priceGap';

/** Where one input flips the verdict, and the sentence that says so. */
export interface Flip {
  input: FlipInput;
  /**
   * Where the verdict flips: requests a month (volume), tokens a request (overhead), or the
   * tuned input price minus the base input price in USD per million tokens (priceGap).
   * Null when no value within INPUT_LIMITS flips it.
   */
  value: number | null;
  /** Fine-tuning pays back in time `above` or `below` the value; null with no value. */
  direction: 'above' | 'below' | null;
  /** One sentence for the page. */
  text: string;
}

/**
 * Where the verdict "pays back within the months compared, before any deadline" flips, for
 * volume, prompt overhead and the tuned input price (read as its gap over the base input price).
 *
 * Closed form: the monthly saving M is a straight line in each of these inputs (M = a + b·x),
 * and nothing up front depends on them. Fine-tuning pays back within a horizon H — the months
 * compared, or sooner if a deadline applies — exactly when M > 0 and (up-front extra) ≤ H·M, so
 * the flip is where M reaches max(0, extra / H): x = (max(0, extra / H) − a) / b. Above it
 * (below it when b < 0) tuning pays back in time; a value outside the input's limits means no
 * value of that input flips the verdict.
 */
export function flips(inputs: CostInputs, options: CostOptions = {}): Flip[] {
  const x = withinLimits(inputs);
  const r = computeCost(x, options);
  const ahead = dated(x, options).find((d) => d.monthsAway < x.months);
  const within = ahead ? `before ${deadlineClause(ahead)}` : `within ${formatMonths(x.months)}`;
  if (ahead && ahead.monthsAway <= 0) {
    const text = `Nothing here makes fine-tuning pay back: ${deadlineClause(ahead)}.`;
    return (['volume', 'overhead', 'priceGap'] as const).map((input) => ({
      input,
      value: null,
      direction: null,
      text,
    }));
  }
  const horizon = ahead ? ahead.monthsAway : x.months;
  const target = Math.max(0, (r.tuningUpfront - r.promptingUpfront) / horizon);
  const holds = paysBackInTime(r);
  const c = x.cached / 100;
  const fixed = x.hosting + r.retrainingMonth;
  const perOverheadToken = ((1 - c) * x.inPrice + c * x.cachedPrice) / PER_MILLION;
  const outputTuned = (x.volume * x.output * x.tunedOutPrice) / PER_MILLION;

  const volume = solve(
    -fixed,
    r.promptedRequest - r.tunedRequest,
    INPUT_LIMITS.volume,
    target,
    holds,
  );
  const overhead = solve(
    r.promptedRequest * x.volume - x.volume * x.overhead * perOverheadToken - r.tuningMonth,
    x.volume * perOverheadToken,
    INPUT_LIMITS.overhead,
    target,
    holds,
  );
  const price = solve(
    r.promptingMonth - outputTuned - fixed,
    (-x.volume * x.input) / PER_MILLION,
    INPUT_LIMITS.tunedInPrice,
    target,
    holds,
  );

  const pays = `Pays back ${within}`;
  const never = `No value makes fine-tuning pay back ${within}`;
  const volumeText = {
    any: `${pays} at any volume.`,
    none: `No volume up to ${requestsAMonth(INPUT_LIMITS.volume.max)} makes fine-tuning pay back ${within}.`,
    at: (v: number) =>
      v <= 0 ? `${pays} at any volume above zero.` : `${pays} above ${requestsAMonth(v)}.`,
  };
  const overheadText = {
    any: `${pays} even with no prompt overhead to save.`,
    none: `${never}: no prompt overhead up to ${formatCount(INPUT_LIMITS.overhead.max)} tokens is enough.`,
    at: (v: number) =>
      v <= 0
        ? `${pays} when tuning saves any prompt tokens at all.`
        : `${pays} when tuning saves more than ${formatCount(v)} prompt tokens a request.`,
  };
  const gapText = (v: number): string => {
    const gap = v - x.inPrice;
    const versus =
      compare(gap, 0, MONEY_FLOOR) === 0
        ? 'the base model’s price'
        : `${formatUsd(Math.abs(gap))} ${gap > 0 ? 'above' : 'below'} the base model’s ${formatUsd(x.inPrice)}`;
    return `${pays} while the tuned model’s input price stays below ${formatUsd(v)} per million tokens (${versus}).`;
  };
  const priceText = {
    any: `${pays} at any tuned input price.`,
    none: `${never}: not even a free tuned input price is enough.`,
    at: gapText,
  };

  return [
    flip('volume', volume, volumeText, 0),
    flip('overhead', overhead, overheadText, 0),
    flip('priceGap', price, priceText, x.inPrice),
  ];
}

type Solved = 'any' | 'none' | { direction: 'above' | 'below'; value: number };

/**
 * Where a + b·x reaches `target` within `limit`: `any` when it pays back throughout the range,
 * `none` when nowhere in it. With b = 0 the input makes no difference: the current verdict holds.
 */
function solve(a: number, b: number, limit: Limit, target: number, holds: boolean): Solved {
  if (b === 0) return holds ? 'any' : 'none';
  const value = (target - a) / b;
  if (!Number.isFinite(value)) return b > 0 ? 'none' : 'any';
  if (b > 0)
    return value < limit.min ? 'any' : value >= limit.max ? 'none' : { direction: 'above', value };
  return value > limit.max ? 'any' : value <= limit.min ? 'none' : { direction: 'below', value };
}

function flip(
  input: FlipInput,
  solved: Solved,
  text: { any: string; none: string; at: (value: number) => string },
  offset: number,
): Flip {
  if (solved === 'any') return { input, value: null, direction: null, text: text.any };
  if (solved === 'none') return { input, value: null, direction: null, text: text.none };
  return {
    input,
    value: solved.value - offset,
    direction: solved.direction,
    text: text.at(solved.value),
  };
}

const usdFormats = new Map<string, Intl.NumberFormat>();
function usdFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let format = usdFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    usdFormats.set(key, format);
  }
  return format;
}

/**
 * US dollars as the page shows them: whole dollars from $1,000 ("$3,400"), cents from $1
 * ("$730.00"), and below $1 three significant figures with at least two decimals ("$0.50",
 * "$0.0146", "$0.000375"), so a per-request cost never reads as $0.00. A true minus sign.
 */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount)) return 'n/a';
  const size = Math.abs(amount);
  if (size === 0) return '$0';
  const digits = size >= 1000 ? 0 : size >= 1 ? 2 : Math.min(20, 2 - Math.floor(Math.log10(size)));
  return usdFormat(Math.min(2, digits), digits).format(amount).replace('-', '−');
}

const MONTHS = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "6 months", "1 month", "137.1 months", "never": to one decimal, with the unit. */
export function formatMonths(months: number | 'never'): string {
  if (months === 'never') return 'never';
  if (!Number.isFinite(months)) return 'n/a';
  const shown = MONTHS.format(months);
  return `${shown} ${shown === '1' ? 'month' : 'months'}`;
}

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const SMALL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "50,000", "12,500", "2.5": thousands separated, whole from 100 up, two decimals below. */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return 'n/a';
  return (Math.abs(count) >= 100 ? WHOLE : SMALL).format(count).replace('-', '−');
}

/** An input's value in its unit: money as USD, the cache share as a percentage, others as counts. */
export function formatInput(key: InputKey, value: number): string {
  if (key === 'cached') return `${formatCount(value)}%`;
  if ((PRICE_KEYS as readonly string[]).includes(key) || key === 'minimumPerJob' || key === 'rate')
    return formatUsd(value);
  return formatCount(value);
}

/**
 * The sentence that says which prices are left out because nobody could read them: "Unknown, so
 * left out of every figure: …. Enter yours to count them." Empty when none is.
 */
export function excludedText(unknown: readonly PriceKey[]): string {
  if (unknown.length === 0) return '';
  const names = unknown.map((key) => INPUT_LABELS[key].replace(/ \(.*\)$/, '').toLowerCase());
  return `Unknown, so left out of every figure here: ${names.join('; ')}. Enter yours to count ${unknown.length === 1 ? 'it' : 'them'}.`;
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
