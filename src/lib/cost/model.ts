/**
 * What each path costs, as a pure model: prompting, retrieval, fine-tuning and tuned retrieval,
 * bought per token (host=api) or run on rented GPUs (host=gpu). The calculator at /cost/ runs it
 * in the browser on the reader's figures and the worked examples run it at build time, so the two
 * always agree. The formulas are issue 20's, and the page shows each with the reader's numbers:
 *
 *   c = cached/100;  batch factor bf = 1 − batch/100 · batchDiscount/100 (every API token cost)
 *   embed a month = corpus · refresh/100 · embedPrice / 10⁶
 *   prompted request        = ((input + overhead·(1−c))·inPrice + overhead·c·cachedPrice + output·outPrice) / 10⁶
 *   retrieval request       = prompted request + retrieved·inPrice / 10⁶
 *   tuned request           = (input·tunedInPrice + output·tunedOutPrice) / 10⁶
 *   tuned-retrieval request = tuned request + retrieved·tunedInPrice / 10⁶
 *   training run            = max(minimum per job, examples·exampleTokens·epochs / 10⁶ · trainPrice)
 *   host=api months: prompting = volume·prompted·bf; retrieval = volume·retrieval·bf + store + embed;
 *     fine-tuning = volume·tuned·bf + hosting + retrains/12·training run;
 *     tuned retrieval = fine-tuning month + volume·retrieved·tunedInPrice/10⁶·bf + store + embed
 *   host=gpu: a path's GPUs = max(1, ceil(volume·its tokens / (throughput·3600·hoursOn))), its month
 *     = GPUs·gpuPrice·hoursOn (+ store + embed with retrieval, + retrains/12·training run when tuned),
 *     training run = examples·exampleTokens·epochs / (trainThroughput·3600) · gpuPrice, and a
 *     request is its tokens' share of a busy GPU: tokens / (throughput·3600) · gpuPrice
 *   up front: prompting = promptHours·rate; retrieval = (promptHours + ragHours)·rate + corpus·embedPrice/10⁶;
 *     fine-tuning = tuneHours·rate + training run; tuned retrieval = fine-tuning + ragHours·rate + corpus·embedPrice/10⁶
 *   total over the months = up front + months · month, plus moving once if the tuned model stops
 *
 * When the tuned model shuts down (or new jobs end while retraining is planned) inside the months
 * compared, the tuned paths move at that month: `tune` again (one training run and the tuning
 * hours) or switch to `prompt` (the untuned path's month from then on, and the prompting hours).
 *
 * Prices are US dollars per million tokens, money is US dollars, time is months. Every figure is
 * unrounded; format.ts decides how the page rounds it. A price nobody could read reaches the
 * model as 0 and is named in `unknown`, so the result can say which totals leave it out.
 */
import {
  COUNTERPART,
  INPUT_LIMITS,
  PATH_IDS,
  isTuned,
  withinLimits,
  type CostChoices,
  type CostInputs,
  type InputKey,
  type PathId,
} from './inputs';
import { MONEY_FLOOR, PER_MILLION, REQUEST_FLOOR, compare, ratio } from './money';
import {
  moveDeadline,
  stopping,
  type CostOptions,
  type Deadline,
  type StoppingDeadline,
} from './deadlines';
import { summaryOf, type Gap, type GapFigure } from './words';

/**
 * How a tuned path compares with its untuned counterpart:
 * `from-start`  it costs no more up front and less each month (payback 0);
 * `pays-back`   it pays back within the months compared;
 * `beyond-span` it pays back, but after the months compared;
 * `too-late`    it would pay back, but a deadline comes first;
 * `never`       its month is not cheaper, so the extra up front is never recovered.
 */
export type Outcome = 'from-start' | 'pays-back' | 'beyond-span' | 'too-late' | 'never';

/** The outputs the page marks with `data-cost`. The first nine are the calculator's originals. */
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
  'retrieval-request',
  'retrieval-month',
  'retrieval-upfront',
  'tuned-retrieval-request',
  'tuned-retrieval-month',
  'tuned-retrieval-upfront',
  'tuned-retrieval-payback-months',
  'prompting-total',
  'retrieval-total',
  'tuning-total',
  'tuned-retrieval-total',
  'gpus-prompting',
  'gpus-retrieval',
  'gpus-tuned',
  'gpus-tuned-retrieval',
  'cheapest',
] as const;
/** The name of one output, as in `data-cost`. */
export type OutputKey = (typeof OUTPUT_KEYS)[number];

/** Which output holds each path's request, month, up-front, total and GPU figures. */
export const PATH_OUTPUTS: Readonly<
  Record<PathId, Record<'request' | 'month' | 'upfront' | 'total' | 'gpus', OutputKey>>
> = {
  prompting: {
    request: 'prompted-request',
    month: 'prompting-month',
    upfront: 'prompting-upfront',
    total: 'prompting-total',
    gpus: 'gpus-prompting',
  },
  retrieval: {
    request: 'retrieval-request',
    month: 'retrieval-month',
    upfront: 'retrieval-upfront',
    total: 'retrieval-total',
    gpus: 'gpus-retrieval',
  },
  'fine-tuning': {
    request: 'tuned-request',
    month: 'tuning-month',
    upfront: 'tuning-upfront',
    total: 'tuning-total',
    gpus: 'gpus-tuned',
  },
  'tuned-retrieval': {
    request: 'tuned-retrieval-request',
    month: 'tuned-retrieval-month',
    upfront: 'tuned-retrieval-upfront',
    total: 'tuned-retrieval-total',
    gpus: 'gpus-tuned-retrieval',
  },
};

/** One path's figures. */
export interface PathFigures {
  /** USD per request (host=gpu: its tokens' share of a busy GPU's hour). */
  request: number;
  /** USD per month, before any move. */
  month: number;
  /** USD up front. */
  upfront: number;
  /** USD over the months compared, moving included. */
  total: number;
  /** GPUs the path needs (host=gpu); 0 with host=api. */
  gpus: number;
}

/** A tuned path weighed against its counterpart. */
export interface Payback {
  /**
   * Months until the tuned path's extra cost up front is recovered:
   * (tuned up front − untuned up front) / (untuned month − tuned month); 0 when it costs no more
   * up front and less each month; `never` when its month is not cheaper.
   */
  months: number | 'never';
  outcome: Outcome;
  /** The earliest deadline that comes before the payback, if any. */
  deadline: StoppingDeadline | null;
}

/** The move the tuned paths make when their model stops inside the months compared. */
export interface MoveEvent {
  deadline: StoppingDeadline;
  /** The month it happens: the deadline's distance, or 0 when it has passed. */
  month: number;
  /** What moving costs once: a training run and the tuning hours, or the prompting hours. */
  once: number;
}

/** Every figure the page shows, unrounded, with the sentences and the arithmetic. */
export interface CostResult {
  choices: CostChoices;
  path: Record<PathId, PathFigures>;
  /** USD per prompted request (the original outputs, kept by name). */
  promptedRequest: number;
  tunedRequest: number;
  promptingMonth: number;
  tuningMonth: number;
  promptingUpfront: number;
  tuningUpfront: number;
  /** USD for one training run. */
  trainingRun: number;
  /** Training tokens in one run: examples × tokens per example × epochs. */
  trainingTokens: number;
  /** Retraining spread over the months: retrains / 12 × training run. */
  retrainingMonth: number;
  /** Re-embedding a month: corpus × refresh/100 × embedding price / 10⁶. */
  embedMonth: number;
  /** 1 − batch share × batch discount: what API token costs are multiplied by. */
  batchFactor: number;
  /** Fine-tuning against prompting (`paybackMonths`, `outcome`, `deadline` as before). */
  paybackMonths: number | 'never';
  outcome: Outcome;
  deadline: StoppingDeadline | null;
  /** Tuned retrieval against retrieval. */
  retrievalPayback: Payback;
  /**
   * Requests per month at which fine-tuning and prompting cost the same over `months` (before any
   * move): (tuning up front − prompting up front + months × (hosting + retraining a month))
   *   / (months × (prompted request − tuned request) × bf); 0 when tuning is cheaper at any
   * volume; `never` when a tuned request is not cheaper (or with host=gpu, where costs step).
   */
  breakevenVolume: number | 'never';
  /** The move of the tuned paths, if their model stops inside the months compared. */
  move: MoveEvent | null;
  /** The cheapest path shown over the months, or `unknown` when unknown prices leave it open. */
  cheapest: PathId | 'unknown';
  /** For each path shown, the unknown inputs its figures leave out. */
  gaps: Gap[];
  /** One sentence naming the cheapest path and by how much (explain.ts writes the others). */
  summary: string;
}

/** Options beside the numbers: the reader's choices, the day, deadlines and unknown prices. */
export interface ModelOptions extends CostOptions, Partial<CostChoices> {
  /** Inputs nobody could read, given as 0: the totals that depend on them say so. */
  unknown?: readonly InputKey[] | undefined;
}

/** The reader's choices with the calculator's defaults filled in. */
export function choicesOf(options: Partial<CostChoices>): CostChoices {
  return {
    paths: options.paths ?? ['prompting', 'fine-tuning'],
    host: options.host ?? 'api',
    move: options.move ?? 'tune',
  };
}

/** Tokens one request of a path sends and receives, for sizing GPUs. */
function tokensOf(x: CostInputs, path: PathId): number {
  const own = x.input + x.output;
  return {
    prompting: own + x.overhead,
    retrieval: own + x.overhead + x.retrieved,
    'fine-tuning': own,
    'tuned-retrieval': own + x.retrieved,
  }[path];
}

/** The numbers, with every input already inside its limits. */
export type Figures = Omit<CostResult, 'choices' | 'cheapest' | 'gaps' | 'summary'>;

function paybackOf(
  x: CostInputs,
  tuned: PathFigures,
  untuned: PathFigures,
  options: CostOptions,
): Payback {
  const cheaperMonthly = compare(tuned.month, untuned.month, MONEY_FLOOR) < 0;
  const months: number | 'never' = !cheaperMonthly
    ? 'never'
    : compare(tuned.upfront, untuned.upfront, MONEY_FLOOR) <= 0
      ? 0
      : ratio(tuned.upfront - untuned.upfront, untuned.month - tuned.month);
  const deadline = stopping(x, months, options);
  const outcome: Outcome =
    months === 'never'
      ? 'never'
      : deadline
        ? 'too-late'
        : months === 0
          ? 'from-start'
          : months <= x.months
            ? 'pays-back'
            : 'beyond-span';
  return { months, outcome, deadline };
}

/** Every figure for inputs already within their limits. */
function figuresOf(x: CostInputs, choices: CostChoices, options: CostOptions): Figures {
  const gpu = choices.host === 'gpu';
  const c = x.cached / 100;
  const bf = 1 - (x.batch / 100) * (x.batchDiscount / 100);
  const embedMonth = (x.corpus * (x.refresh / 100) * x.embedPrice) / PER_MILLION;
  const embedOnce = (x.corpus * x.embedPrice) / PER_MILLION;
  const trainingTokens = x.examples * x.exampleTokens * x.epochs;
  const trainingRun = gpu
    ? (trainingTokens / (x.trainThroughput * 3600)) * x.gpuPrice
    : Math.max(x.minimumPerJob, (trainingTokens / PER_MILLION) * x.trainPrice);
  const retrainingMonth = (x.retrains / 12) * trainingRun;

  const prompted =
    ((x.input + x.overhead * (1 - c)) * x.inPrice +
      x.overhead * c * x.cachedPrice +
      x.output * x.outPrice) /
    PER_MILLION;
  const tuned = (x.input * x.tunedInPrice + x.output * x.tunedOutPrice) / PER_MILLION;
  const apiRequest: Record<PathId, number> = {
    prompting: prompted,
    retrieval: prompted + (x.retrieved * x.inPrice) / PER_MILLION,
    'fine-tuning': tuned,
    'tuned-retrieval': tuned + (x.retrieved * x.tunedInPrice) / PER_MILLION,
  };
  const upfront: Record<PathId, number> = {
    prompting: x.promptHours * x.rate,
    retrieval: (x.promptHours + x.ragHours) * x.rate + embedOnce,
    'fine-tuning': x.tuneHours * x.rate + trainingRun,
    'tuned-retrieval': (x.tuneHours + x.ragHours) * x.rate + trainingRun + embedOnce,
  };
  const fixed = (p: PathId) =>
    (p === 'retrieval' || p === 'tuned-retrieval' ? x.store + embedMonth : 0) +
    (isTuned(p) ? retrainingMonth + (gpu ? 0 : x.hosting) : 0);

  const base = {} as Record<PathId, Omit<PathFigures, 'total'>>;
  for (const p of PATH_IDS) {
    const tokens = tokensOf(x, p);
    const gpus = gpu
      ? Math.max(1, Math.ceil((x.volume * tokens) / (x.throughput * 3600 * x.hoursOn)))
      : 0;
    base[p] = {
      request: gpu ? (tokens / (x.throughput * 3600)) * x.gpuPrice : apiRequest[p],
      month: (gpu ? gpus * x.gpuPrice * x.hoursOn : x.volume * apiRequest[p] * bf) + fixed(p),
      upfront: upfront[p],
      gpus,
    };
  }

  const event = moveDeadline(x, options);
  const move: MoveEvent | null = event
    ? {
        deadline: event,
        month: Math.max(0, event.monthsAway),
        once: choices.move === 'tune' ? trainingRun + x.tuneHours * x.rate : x.promptHours * x.rate,
      }
    : null;
  const path = {} as Record<PathId, PathFigures>;
  for (const p of PATH_IDS) {
    const f = base[p];
    let total = f.upfront + x.months * f.month;
    if (move && isTuned(p)) {
      const after = choices.move === 'tune' ? f.month : base[COUNTERPART[p]].month;
      total = f.upfront + move.month * f.month + move.once + (x.months - move.month) * after;
    }
    path[p] = { ...f, total };
  }

  const fine = paybackOf(x, path['fine-tuning'], path.prompting, options);
  const gap = prompted - tuned;
  const fixedTuned = (gpu ? 0 : x.hosting) + retrainingMonth;
  const extra = path['fine-tuning'].upfront - path.prompting.upfront;
  const breakeven =
    !gpu && bf > 0 && compare(tuned, prompted, REQUEST_FLOOR) < 0
      ? ratio(extra + x.months * fixedTuned, x.months * gap * bf)
      : 'never';
  return {
    path,
    promptedRequest: path.prompting.request,
    tunedRequest: path['fine-tuning'].request,
    promptingMonth: path.prompting.month,
    tuningMonth: path['fine-tuning'].month,
    promptingUpfront: path.prompting.upfront,
    tuningUpfront: path['fine-tuning'].upfront,
    trainingRun,
    trainingTokens,
    retrainingMonth,
    embedMonth,
    batchFactor: bf,
    paybackMonths: fine.months,
    outcome: fine.outcome,
    deadline: fine.deadline,
    retrievalPayback: paybackOf(x, path['tuned-retrieval'], path.retrieval, options),
    breakevenVolume: breakeven === 'never' ? breakeven : Math.max(0, breakeven),
    move,
  };
}

/** For each path shown, the unknown inputs its figures depend on (costs never fall as a price rises). */
function dependencies(
  x: CostInputs,
  choices: CostChoices,
  options: CostOptions,
  unknown: readonly InputKey[],
  f: Figures,
): Map<PathId, { keys: InputKey[]; figures: Set<GapFigure> }> {
  const found = new Map<PathId, { keys: InputKey[]; figures: Set<GapFigure> }>();
  for (const key of unknown) {
    const probe = figuresOf({ ...x, [key]: INPUT_LIMITS[key].max }, choices, options);
    for (const p of choices.paths) {
      // Which figures move tells which are floors: a per-request price leaves the per-request
      // figure open (even at no volume, where the total does not move), a training price only
      // what is paid up front and the total.
      const moved = GAP_FIGURES.filter((fig) => probe.path[p][fig] > f.path[p][fig] + MONEY_FLOOR);
      if (moved.length === 0) continue;
      const entry = found.get(p) ?? { keys: [], figures: new Set<GapFigure>() };
      entry.keys.push(key);
      for (const fig of moved) entry.figures.add(fig);
      found.set(p, entry);
    }
  }
  return found;
}

const GAP_FIGURES: readonly GapFigure[] = ['request', 'month', 'upfront', 'total'];

/**
 * Where a path that leaves out one unknown input would cost as much as `against`: it stays the
 * cheaper one below that value. Found by bisection, since a minimum charge per job makes the
 * training price's effect bend; 45 halvings are far finer than a cent.
 */
function tippingPoint(
  x: CostInputs,
  choices: CostChoices,
  options: CostOptions,
  p: PathId,
  key: InputKey,
  against: number,
): number | null {
  const totalAt = (value: number) =>
    figuresOf({ ...x, [key]: value }, choices, options).path[p].total;
  let lo = 0;
  let hi = INPUT_LIMITS[key].max;
  if (totalAt(lo) >= against || totalAt(hi) < against) return null;
  for (let i = 0; i < 45; i += 1) {
    const mid = (lo + hi) / 2;
    if (totalAt(mid) < against) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Computes every figure and the sentences; arithmetic.ts writes out the working. Months to a
 * deadline count from `today`.
 */
export function computeCost(inputs: CostInputs, options: ModelOptions = {}): CostResult {
  const x = withinLimits(inputs);
  const choices = choicesOf(options);
  const f = figuresOf(x, choices, options);
  const unknown = options.unknown ?? [];
  // The cheapest path among those priced in full; the others' totals are only lower bounds.
  const depends = dependencies(x, choices, options, unknown, f);
  const complete = choices.paths.filter((p) => !depends.get(p)?.figures.has('total'));
  const best = complete.reduce<PathId | undefined>(
    (a, p) => (a === undefined || f.path[p].total < f.path[a].total ? p : a),
    undefined,
  );
  const bestTotal = best === undefined ? undefined : f.path[best].total;
  const gaps: Gap[] = choices.paths.flatMap((path) => {
    const open = depends.get(path);
    if (!open) return [];
    const { keys } = open;
    const [only] = keys;
    const below =
      keys.length === 1 && only && bestTotal !== undefined
        ? tippingPoint(x, choices, options, path, only, bestTotal)
        : null;
    return [{ path, keys, figures: GAP_FIGURES.filter((g) => open.figures.has(g)), below }];
  });
  const proven =
    best !== undefined &&
    gaps.every((g) => compare(f.path[g.path].total, f.path[best].total, MONEY_FLOOR) >= 0);
  const cheapest: PathId | 'unknown' = proven ? best : 'unknown';
  return {
    ...f,
    choices,
    cheapest,
    gaps,
    summary: summaryOf(x, choices, f, { best, cheapest, gaps }),
  };
}

/** True when fine-tuning pays back within the months compared and before any deadline. */
export function paysBackInTime(result: Pick<CostResult, 'outcome'>): boolean {
  return result.outcome === 'from-start' || result.outcome === 'pays-back';
}

export type { Deadline };
