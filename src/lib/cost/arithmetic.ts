/**
 * "Show the arithmetic": for every output, the rule in words, the rule with the reader's numbers
 * and the result, as the page and the Markdown export print them.
 */
import type { CostInputs } from './inputs';
import { formatCount, formatMonths, formatUsd, requestsAMonth } from './format';
import type { Figures, OutputKey } from './model';

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

const PLAIN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

export function arithmeticOf(x: CostInputs, f: Figures): ArithmeticLine[] {
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
