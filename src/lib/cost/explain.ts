/**
 * The sentences beside the verdict: when each tuned path pays back against its counterpart (or
 * why it never does), and the warning when the tuned model stops inside the months compared,
 * whether or not tuning has paid back by then. A module of its own: the page carries these for
 * its own figures, and the island loads them once the view changes. Pure.
 */
import { formatDate } from '../site/format';
import { COUNTERPART, type CostInputs, type TunedPath } from './inputs';
import type { StoppingDeadline } from './deadlines';
import { MONEY_FLOOR, REQUEST_FLOOR, compare, ratio } from './money';
import { formatCount, formatMonths, formatUsd, requestsAMonth } from './format';
import type { CostResult, Figures } from './model';
import { PATH_NAMES, inputNames, type Gap } from './words';
import { pairBound, pairKeys } from './bounds';

const lower = (p: keyof typeof PATH_NAMES) => PATH_NAMES[p].toLowerCase();

/** "the tuned model shuts down on 1 April 2026", in the past tense once the day has come. */
export function deadlineClause(d: StoppingDeadline): string {
  const on = formatDate(d.date);
  const past = d.monthsAway <= 0;
  if (d.kind === 'shutdown')
    return past ? `the tuned model shut down on ${on}` : `the tuned model shuts down on ${on}`;
  return past ? `new tuning jobs ended on ${on}` : `new tuning jobs end on ${on}`;
}

/** The figures of one tuned path and its counterpart, for the payback sentence. */
function pairOf(f: Figures, tuned: TunedPath) {
  const untuned = COUNTERPART[tuned];
  const payback = tuned === 'fine-tuning' ? f : f.retrievalPayback;
  return {
    t: f.path[tuned],
    u: f.path[untuned],
    months: tuned === 'fine-tuning' ? f.paybackMonths : f.retrievalPayback.months,
    outcome: payback.outcome,
    deadline: payback.deadline,
    name: lower(tuned),
    other: lower(untuned),
  };
}

/**
 * When a tuned path pays back against its counterpart, or why it never does, in one sentence.
 * With prices unknown (`gaps`) it says what is known: a floor, or that it needs them.
 */
export function paybackSentence(
  x: CostInputs,
  tuned: TunedPath,
  f: Figures,
  gaps: readonly Gap[] = [],
): string {
  const p = pairOf(f, tuned);
  const at = `At ${requestsAMonth(x.volume)} ${p.name}`;
  const bound = pairBound(gaps, tuned, p.months);
  if (bound === 'unknown')
    return `Whether ${p.name} pays back against ${p.other} is not known yet: it needs the ${inputNames(pairKeys(gaps, tuned))}.`;
  if (bound === 'floor' && p.months !== 'never') {
    const unknown = inputNames(pairKeys(gaps, tuned));
    const payback = `${at} pays back against ${p.other} after at least ${formatMonths(p.months)}: the ${unknown}, unknown, can only lengthen it`;
    return p.deadline
      ? `${payback}, and it cannot pay back in time: ${deadlineClause(p.deadline)}.`
      : `${payback}.`;
  }
  const known = knownSentence(x, tuned, f);
  // Never stays never with the tuned side open, but its amounts are then lower bounds.
  return bound === 'exact' && gaps.some((g) => g.path === tuned)
    ? `${known} The ${inputNames(pairKeys(gaps, tuned))}, unknown, can only add to ${p.name}’s costs.`
    : known;
}

/** The payback sentence with every price known. */
function knownSentence(x: CostInputs, tuned: TunedPath, f: Figures): string {
  const p = pairOf(f, tuned);
  const at = `At ${requestsAMonth(x.volume)} ${p.name}`;
  if (p.months !== 'never') {
    // Beyond the months compared anyway: the deadline is a second reason, not the only one.
    if (p.deadline && p.months > x.months)
      return `${at} would pay back against ${p.other} only after ${formatMonths(p.months)}, beyond the ${formatMonths(x.months)} compared, and ${deadlineClause(p.deadline)}.`;
    if (p.deadline) {
      const would =
        p.months === 0
          ? 'would pay for itself from the start'
          : `would pay back after ${formatMonths(p.months)}`;
      return `${at} ${would} against ${p.other}, but it cannot pay back in time: ${deadlineClause(p.deadline)}.`;
    }
    if (p.outcome === 'from-start')
      return `${at} costs no more than ${p.other} up front and less each month, so it pays for itself from the start.`;
    const after = `${at} pays back against ${p.other} after ${formatMonths(p.months)}`;
    return p.outcome === 'beyond-span'
      ? `${after}, beyond the ${formatMonths(x.months)} compared.`
      : `${after}.`;
  }
  const Name = PATH_NAMES[tuned];
  const extra = p.t.upfront - p.u.upfront;
  const upfront = compare(p.t.upfront, p.u.upfront, MONEY_FLOOR);
  const monthly = compare(p.t.month, p.u.month, MONEY_FLOOR);
  if (monthly === 0) {
    if (upfront > 0)
      return `${Name} never pays back here: it costs the same as ${p.other} each month, so the ${formatUsd(extra)} more it costs up front is never recovered.`;
    if (upfront < 0)
      return `${Name} costs the same as ${p.other} each month and ${formatUsd(-extra)} less up front, so it stays the cheaper of the two.`;
    return `${Name} and ${p.other} cost the same, up front and each month.`;
  }
  // The tuned month is dearer: say whether requests or fixed costs make it so.
  const perRequest = compare(p.t.request, p.u.request, REQUEST_FLOOR);
  const hosting = x.hosting > 0 && f.path['fine-tuning'].gpus === 0;
  const fixed = (hosting ? x.hosting : 0) + f.retrainingMonth;
  const what =
    hosting && f.retrainingMonth > 0
      ? 'hosting and retraining cost'
      : hosting
        ? 'hosting costs'
        : 'retraining costs';
  // What its requests save a month; on rented GPUs that is whole GPUs, not a share of one.
  const saving = p.u.month - p.t.month + fixed;
  const gpus = p.t.gpus;
  const reason =
    gpus > 0 && gpus === p.u.gpus
      ? `on rented GPUs both need ${formatCount(gpus)} GPU${gpus === 1 ? '' : 's'}, so its shorter requests save nothing, while ${what} ${formatUsd(fixed)} a month`
      : perRequest > 0 && gpus === 0
        ? `each of its requests costs ${formatUsd(p.t.request - p.u.request)} more than with ${p.other}`
        : perRequest === 0 || compare(saving, 0, MONEY_FLOOR) <= 0
          ? `its requests cost the same as with ${p.other} and ${what} ${formatUsd(fixed)} a month`
          : `${what} ${formatUsd(fixed)} a month, more than the ${formatUsd(saving)} a month its requests save`;
  if (upfront < 0) {
    const overtaken = ratio(extra, p.u.month - p.t.month);
    const when = overtaken === 'never' ? '' : ` after ${formatMonths(overtaken)}`;
    return `${Name} costs ${formatUsd(-extra)} less up front, but ${reason}, so ${p.other} is the cheaper of the two${when}.`;
  }
  return `${Name} never pays back here: ${reason}.`;
}

/**
 * The warning when the tuned model stops inside the months compared, whether or not tuning has
 * paid back by then, naming the date and what moving adds to the tuned paths' totals.
 */
export function warningsOf(
  x: CostInputs,
  f: Figures & Pick<CostResult, 'choices'>,
  today: Date | undefined,
): string | null {
  const { choices } = f;
  if (!f.move || !today || !choices.paths.some((p) => p in COUNTERPART)) return null;
  const { deadline: d, once } = f.move;
  const on = formatDate(d.date);
  const when =
    d.monthsAway <= 0
      ? d.kind === 'shutdown'
        ? `The tuned model shut down on ${on}: it can no longer be called.`
        : `New tuning jobs ended on ${on}: the model can no longer be trained.`
      : d.kind === 'shutdown'
        ? `The tuned model shuts down on ${on}, ${formatMonths(d.monthsAway)} from ${formatDate(today)}, inside the ${formatMonths(x.months)} compared.`
        : `New tuning jobs end on ${on}, ${formatMonths(d.monthsAway)} from ${formatDate(today)}, inside the ${formatMonths(x.months)} compared: the planned retraining cannot run after that day.`;
  const paid =
    f.paybackMonths !== 'never' && d.monthsAway > 0 && f.paybackMonths <= d.monthsAway
      ? ` Fine-tuning pays back first (after ${formatMonths(f.paybackMonths)}), but it must still move.`
      : '';
  const how =
    choices.move === 'tune'
      ? `The tuned paths’ totals add moving to another model then: one training run and the tuning hours, ${formatUsd(once)}.`
      : `The tuned paths’ totals switch to the untuned path’s monthly cost then, and add the prompting hours, ${formatUsd(once)}.`;
  return `${when}${paid} ${how}`;
}

/** Every sentence beside the verdict for a result: fine-tuning's payback, each shown pair's, and the warning. */
export function explain(
  inputs: CostInputs,
  result: CostResult,
  today?: Date,
): { verdict: string; paybacks: string[]; warning: string | null } {
  const { paths } = result.choices;
  return {
    verdict: paybackSentence(inputs, 'fine-tuning', result, result.gaps),
    paybacks: (['fine-tuning', 'tuned-retrieval'] as const)
      .filter((p) => paths.includes(p) && paths.includes(COUNTERPART[p]))
      .map((p) => paybackSentence(inputs, p, result, result.gaps)),
    warning: warningsOf(inputs, result, today),
  };
}
