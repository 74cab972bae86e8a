/**
 * The calculator's sentences: the verdict, the warning about a deadline and the note about
 * unknown prices. Pure; every number in them goes through format.ts.
 */
import { formatDate } from '../site/format';
import type { CostInputs, PriceKey } from './inputs';
import { INPUT_LABELS } from './inputs';
import type { StoppingDeadline } from './deadlines';
import { MONEY_FLOOR, REQUEST_FLOOR, compare, ratio } from './money';
import { formatMonths, formatUsd, requestsAMonth } from './format';
import type { Figures, Outcome } from './model';

/** "the tuned model shuts down on 1 April 2026", in the past tense once the day has come. */
export function deadlineClause(d: StoppingDeadline): string {
  const on = formatDate(d.date);
  const past = d.monthsAway <= 0;
  if (d.kind === 'shutdown')
    return past ? `the tuned model shut down on ${on}` : `the tuned model shuts down on ${on}`;
  return past ? `new tuning jobs ended on ${on}` : `new tuning jobs end on ${on}`;
}

export function verdictOf(
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

export function warningOf(d: StoppingDeadline, payback: number | 'never', today: Date): string {
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

/**
 * The sentence that says which prices are left out because nobody could read them: "Unknown, so
 * left out of every figure: …. Enter yours to count them." Empty when none is.
 */
export function excludedText(unknown: readonly PriceKey[]): string {
  if (unknown.length === 0) return '';
  const names = unknown.map((key) => INPUT_LABELS[key].replace(/ \(.*\)$/, '').toLowerCase());
  return `Unknown, so left out of every figure here: ${names.join('; ')}. Enter yours to count ${unknown.length === 1 ? 'it' : 'them'}.`;
}
