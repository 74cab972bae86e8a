/**
 * "Show the arithmetic": for every figure of every path shown, the rule in words, the rule with
 * the reader's numbers and the result, as the page and the Markdown export print them.
 */
import {
  COUNTERPART,
  isTuned,
  withinLimits,
  type CostInputs,
  type InputKey,
  type PathId,
} from './inputs';
import { formatCount, formatMonths, formatUsd } from './format';
import type { CostResult, OutputKey } from './model';
import { PATH_NAMES, type GapFigure } from './words';
import {
  breakevenText,
  extraShown,
  floorText,
  gapKeys,
  isOpen,
  paybackText,
  trainingRunText,
} from './table';

/** A line's key: an output, or a step the outputs share. */
export type LineKey = OutputKey | 'batch-factor' | 'embed-month';

/** One step of "show the arithmetic": the rule, the rule with the reader's numbers, the result. */
export interface ArithmeticLine {
  key: LineKey;
  label: string;
  /** The rule in words: "requests per month × prompted request × batch factor". */
  rule: string;
  /** The rule with the reader's numbers filled in, rounded as the page shows them. */
  formula: string;
  /** The unrounded result. */
  result: number | 'never';
  /** The result as the page shows it: "$0.0146", "6 months", "never". */
  shown: string;
}

const PLAIN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });
const usd = formatUsd;
const n = formatCount;

const REQUEST: Record<PathId, OutputKey> = {
  prompting: 'prompted-request',
  retrieval: 'retrieval-request',
  'fine-tuning': 'tuned-request',
  'tuned-retrieval': 'tuned-retrieval-request',
};
const MONTH: Record<PathId, OutputKey> = {
  prompting: 'prompting-month',
  retrieval: 'retrieval-month',
  'fine-tuning': 'tuning-month',
  'tuned-retrieval': 'tuned-retrieval-month',
};
const UPFRONT: Record<PathId, OutputKey> = {
  prompting: 'prompting-upfront',
  retrieval: 'retrieval-upfront',
  'fine-tuning': 'tuning-upfront',
  'tuned-retrieval': 'tuned-retrieval-upfront',
};
const TOTAL: Record<PathId, OutputKey> = {
  prompting: 'prompting-total',
  retrieval: 'retrieval-total',
  'fine-tuning': 'tuning-total',
  'tuned-retrieval': 'tuned-retrieval-total',
};
const GPUS: Record<PathId, OutputKey> = {
  prompting: 'gpus-prompting',
  retrieval: 'gpus-retrieval',
  'fine-tuning': 'gpus-tuned',
  'tuned-retrieval': 'gpus-tuned-retrieval',
};

/** The tokens a path's request carries, as words and as the reader's numbers. */
function tokens(x: CostInputs, p: PathId): [string, string] {
  const parts: [string, number][] = [
    ['input', x.input],
    ['output', x.output],
  ];
  if (p === 'prompting' || p === 'retrieval') parts.push(['overhead', x.overhead]);
  if (p === 'retrieval' || p === 'tuned-retrieval') parts.push(['retrieved', x.retrieved]);
  return [parts.map((q) => q[0]).join(' + '), parts.map((q) => n(q[1])).join(' + ')];
}

/**
 * Every figure's working for the paths shown, in page order. A module of its own so the island
 * loads it only once the reader changes something: the page carries the starting point's.
 * An `unknown` price prints as "unknown", never as the 0 the model stands in with, and a figure it
 * leaves open prints as the page prints it ("at least $11,220", "unknown").
 */
export function arithmeticOf(
  inputs: CostInputs,
  f: CostResult,
  unknown: readonly InputKey[] = gapKeys(f),
): ArithmeticLine[] {
  const x = withinLimits(inputs);
  const { choices } = f;
  const missing = new Set(unknown);
  /** An input price as the working shows it. */
  const $ = (key: InputKey) => (missing.has(key) ? 'unknown' : usd(x[key]));
  /** A path's figure: a floor when the path leaves out an unknown price. */
  const money = (p: PathId, figure: GapFigure, v: number) =>
    isOpen(f, p, figure) ? floorText(v) : usd(v);
  const run = trainingRunText(f);
  const embed = missing.has('embedPrice') ? 'unknown' : usd(f.embedMonth);
  const gpu = choices.host === 'gpu';
  const lines: ArithmeticLine[] = [];
  const line = (
    key: LineKey,
    label: string,
    rule: string,
    formula: string,
    result: number | 'never',
    shown = typeof result === 'number' ? usd(result) : result,
  ) => lines.push({ key, label, rule, formula, result, shown });
  const shown = (p: PathId) => choices.paths.includes(p);
  const c = PLAIN.format(x.cached / 100);
  const bf = PLAIN.format(f.batchFactor);
  const retrieval = shown('retrieval') || shown('tuned-retrieval');

  // With no batch requests the factor is 1: the month's rule still names it, with its value.
  if (!gpu && x.batch > 0)
    line(
      'batch-factor',
      'Batch factor',
      '1 − batch share ÷ 100 × batch discount ÷ 100 (multiplies every token cost)',
      `1 − ${n(x.batch)} ÷ 100 × ${n(x.batchDiscount)} ÷ 100`,
      f.batchFactor,
      bf,
    );
  if (retrieval)
    line(
      'embed-month',
      'Re-embedding, per month',
      'documents × share re-embedded ÷ 100 × embedding price ÷ 1,000,000',
      `${n(x.corpus)} × ${n(x.refresh)} ÷ 100 × ${$('embedPrice')} ÷ 1,000,000`,
      f.embedMonth,
      embed,
    );
  if (extraShown(f, 'training-run'))
    line(
      'training-run',
      'Training run',
      gpu
        ? 'examples × tokens per example × epochs ÷ (training tokens a second × 3,600) × GPU price'
        : 'max(minimum per job, examples × tokens per example × epochs ÷ 1,000,000 × training price)',
      gpu
        ? `${n(x.examples)} × ${n(x.exampleTokens)} × ${n(x.epochs)} ÷ (${n(x.trainThroughput)} × 3,600) × ${$('gpuPrice')}`
        : `max(${$('minimumPerJob')}, ${n(x.examples)} × ${n(x.exampleTokens)} × ${n(x.epochs)} ÷ 1,000,000 × ${$('trainPrice')})`,
      f.trainingRun,
      run,
    );

  for (const p of choices.paths) {
    const name = PATH_NAMES[p];
    const fig = f.path[p];
    const [tokenWords, tokenNums] = tokens(x, p);
    if (gpu) {
      line(
        REQUEST[p],
        `${name}, per request`,
        `(${tokenWords}) ÷ (tokens a second × 3,600) × GPU price: the request's share of a busy GPU`,
        `(${tokenNums}) ÷ (${n(x.throughput)} × 3,600) × ${$('gpuPrice')}`,
        fig.request,
        money(p, 'request', fig.request),
      );
      line(
        GPUS[p],
        `${name}, GPUs`,
        `max(1, round up(requests per month × (${tokenWords}) ÷ (tokens a second × 3,600 × hours on)))`,
        `max(1, round up(${n(x.volume)} × (${tokenNums}) ÷ (${n(x.throughput)} × 3,600 × ${n(x.hoursOn)})))`,
        fig.gpus,
        n(fig.gpus),
      );
    } else {
      const prompted =
        '((input + overhead × (1 − c)) × input price + overhead × c × cached price + output × output price) ÷ 1,000,000, where c = cached share ÷ 100';
      const promptedNums = `((${n(x.input)} + ${n(x.overhead)} × (1 − ${c})) × ${$('inPrice')} + ${n(x.overhead)} × ${c} × ${$('cachedPrice')} + ${n(x.output)} × ${$('outPrice')}) ÷ 1,000,000`;
      const tunedRule = '(input × tuned input price + output × tuned output price) ÷ 1,000,000';
      const tunedNums = `(${n(x.input)} × ${$('tunedInPrice')} + ${n(x.output)} × ${$('tunedOutPrice')}) ÷ 1,000,000`;
      const rules: Record<PathId, [string, string]> = {
        prompting: [prompted, promptedNums],
        retrieval: [
          'prompted request + retrieved × input price ÷ 1,000,000',
          `${money('prompting', 'request', f.path.prompting.request)} + ${n(x.retrieved)} × ${$('inPrice')} ÷ 1,000,000`,
        ],
        'fine-tuning': [tunedRule, tunedNums],
        'tuned-retrieval': [
          'tuned request + retrieved × tuned input price ÷ 1,000,000',
          `${money('fine-tuning', 'request', f.path['fine-tuning'].request)} + ${n(x.retrieved)} × ${$('tunedInPrice')} ÷ 1,000,000`,
        ],
      };
      line(
        REQUEST[p],
        `${name}, per request`,
        rules[p][0],
        rules[p][1],
        fig.request,
        money(p, 'request', fig.request),
      );
    }

    const plus: [string, string][] = [];
    if (p === 'retrieval' || p === 'tuned-retrieval')
      plus.push(['search index + re-embedding', `${$('store')} + ${embed}`]);
    if (isTuned(p)) {
      if (!gpu) plus.push(['hosting', $('hosting')]);
      plus.push(['retraining runs per year ÷ 12 × training run', `${n(x.retrains)} ÷ 12 × ${run}`]);
    }
    const head: [string, string] = gpu
      ? ['GPUs × GPU price × hours on', `${n(fig.gpus)} × ${$('gpuPrice')} × ${n(x.hoursOn)}`]
      : [
          `requests per month × ${name.toLowerCase()} request × batch factor`,
          `${n(x.volume)} × ${money(p, 'request', fig.request)} × ${bf}`,
        ];
    const parts = [head, ...plus];
    line(
      MONTH[p],
      `${name}, per month`,
      parts.map((part) => part[0]).join(' + '),
      parts.map((part) => part[1]).join(' + '),
      fig.month,
      money(p, 'month', fig.month),
    );

    const upfront: Record<PathId, [string, string]> = {
      prompting: ['engineering hours for prompting × rate', `${n(x.promptHours)} × ${$('rate')}`],
      retrieval: [
        '(hours for prompting + hours for retrieval) × rate + documents × embedding price ÷ 1,000,000',
        `(${n(x.promptHours)} + ${n(x.ragHours)}) × ${$('rate')} + ${n(x.corpus)} × ${$('embedPrice')} ÷ 1,000,000`,
      ],
      'fine-tuning': [
        'engineering hours for fine-tuning × rate + training run',
        `${n(x.tuneHours)} × ${$('rate')} + ${run}`,
      ],
      'tuned-retrieval': [
        '(hours for fine-tuning + hours for retrieval) × rate + training run + documents × embedding price ÷ 1,000,000',
        `(${n(x.tuneHours)} + ${n(x.ragHours)}) × ${$('rate')} + ${run} + ${n(x.corpus)} × ${$('embedPrice')} ÷ 1,000,000`,
      ],
    };
    line(
      UPFRONT[p],
      `${name}, up front`,
      upfront[p][0],
      upfront[p][1],
      fig.upfront,
      money(p, 'upfront', fig.upfront),
    );

    const move = f.move;
    if (move && isTuned(p)) {
      const afterPath = choices.move === 'tune' ? p : COUNTERPART[p];
      const after = f.path[afterPath].month;
      const m = PLAIN.format(move.month);
      line(
        TOTAL[p],
        `${name}, total over ${formatMonths(x.months)}`,
        `up front + months before the move × per month + moving once + months after × ${choices.move === 'tune' ? 'per month' : `${PATH_NAMES[COUNTERPART[p]].toLowerCase()} per month`}`,
        `${money(p, 'upfront', fig.upfront)} + ${m} × ${money(p, 'month', fig.month)} + ${money(p, 'total', move.once)} + (${n(x.months)} − ${m}) × ${money(afterPath, 'month', after)}`,
        fig.total,
        money(p, 'total', fig.total),
      );
    } else
      line(
        TOTAL[p],
        `${name}, total over ${formatMonths(x.months)}`,
        'up front + months × per month',
        `${money(p, 'upfront', fig.upfront)} + ${n(x.months)} × ${money(p, 'month', fig.month)}`,
        fig.total,
        money(p, 'total', fig.total),
      );
  }

  const pair = (tuned: 'fine-tuning' | 'tuned-retrieval', key: OutputKey) => {
    const u = COUNTERPART[tuned];
    if (!shown(tuned) || !shown(u)) return;
    const t = f.path[tuned];
    const b = f.path[u];
    const months = tuned === 'fine-tuning' ? f.paybackMonths : f.retrievalPayback.months;
    const T = PATH_NAMES[tuned].toLowerCase();
    const U = PATH_NAMES[u].toLowerCase();
    line(
      key,
      `${PATH_NAMES[tuned]} pays back against ${U}`,
      `(${T} up front − ${U} up front) ÷ (${U} per month − ${T} per month), at least 0; never when ${T} is not cheaper each month`,
      months === 'never'
        ? `${money(tuned, 'month', t.month)} a month is not less than ${money(u, 'month', b.month)}, so never`
        : `max(0, (${money(tuned, 'upfront', t.upfront)} − ${money(u, 'upfront', b.upfront)}) ÷ (${money(u, 'month', b.month)} − ${money(tuned, 'month', t.month)}))`,
      months,
      paybackText(f, tuned),
    );
  };
  pair('fine-tuning', 'payback-months');
  pair('tuned-retrieval', 'tuned-retrieval-payback-months');

  if (extraShown(f, 'breakeven-volume')) {
    const breakeven = f.breakevenVolume;
    const fixed = `${$('hosting')} + ${n(x.retrains)} ÷ 12 × ${run}`;
    line(
      'breakeven-volume',
      `Break-even volume over ${formatMonths(x.months)}`,
      '(tuning up front − prompting up front + months × (hosting + retraining per month)) ÷ (months × (prompted request − tuned request) × batch factor), at least 0; never when a tuned request is not cheaper',
      breakeven === 'never'
        ? `a tuned request (${money('fine-tuning', 'request', f.path['fine-tuning'].request)}) is not cheaper than a prompted one (${money('prompting', 'request', f.path.prompting.request)}), so never`
        : `max(0, (${money('fine-tuning', 'upfront', f.path['fine-tuning'].upfront)} − ${money('prompting', 'upfront', f.path.prompting.upfront)} + ${n(x.months)} × (${fixed})) ÷ (${n(x.months)} × (${money('prompting', 'request', f.path.prompting.request)} − ${money('fine-tuning', 'request', f.path['fine-tuning'].request)}) × ${bf}))`,
      breakeven,
      breakevenText(f),
    );
  }
  return lines;
}
