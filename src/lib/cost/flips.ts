/**
 * What would change the verdict: where volume, prompt overhead or the tuned input price flips
 * "fine-tuning pays back in time", solved in closed form, with the sentence for each.
 */
import {
  INPUT_LIMITS,
  withinLimits,
  type CostChoices,
  type CostInputs,
  type InputKey,
  type Limit,
} from './inputs';
import { pairGaps } from './bounds';
import { inputNames, type Gap } from './words';
import { MONEY_FLOOR, PER_MILLION, compare } from './money';
import { dated } from './deadlines';
import { choicesOf, computeCost, paysBackInTime, type ModelOptions } from './model';
import { deadlineClause } from './explain';
import { formatCount, formatMonths, formatUsd, requestsAMonth } from './format';

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
  /**
   * Unknown prices on fine-tuning's side that the value leaves out (counted as 0): they can only
   * make tuning dearer, so the value is a bound (the least volume or overhead, the most a tuned
   * input price may be) and the text says so. Empty when the value is exact.
   */
  open: InputKey[];
}

/**
 * Why no flip is worked out for these choices, or null when they are: the flips weigh
 * fine-tuning against prompting, per token, so both must be shown and bought from a provider.
 */
export function whyNoFlips(choices: CostChoices, gaps: readonly Gap[] = []): string | null {
  if (choices.host === 'gpu')
    return 'On rented GPUs the costs step with each whole GPU, so no single value is worked out here: change the volume to see where another GPU is needed.';
  if (!choices.paths.includes('prompting') || !choices.paths.includes('fine-tuning'))
    return 'These values weigh fine-tuning against prompting: show both paths to see them.';
  // Prompting's side priced at 0 would flatter it by an unknown amount: no value is worth giving.
  const { untuned } = pairGaps(gaps, 'fine-tuning');
  if (untuned.length > 0)
    return `Where the verdict turns is not known yet: it needs the ${inputNames(untuned)}. Enter ${untuned.length > 1 ? 'them' : 'it'} to see.`;
  return null;
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
export function flips(
  inputs: CostInputs,
  options: ModelOptions = {},
  known?: readonly Gap[],
): Flip[] {
  const x = withinLimits(inputs);
  // The caller's result already knows its gaps: working them out again probes every unknown.
  const gaps = known ?? computeCost(x, options).gaps;
  if (whyNoFlips(choicesOf(options), gaps)) return [];
  // Unknown prices on the tuned side are counted as 0: each value below is then a bound.
  const open = pairGaps(gaps, 'fine-tuning').tuned;
  const r = computeCost(x, { ...options, unknown: [] });
  const bf = r.batchFactor;
  const ahead = dated(x, options).find((d) => d.monthsAway < x.months);
  const within = ahead ? `before ${deadlineClause(ahead)}` : `within ${formatMonths(x.months)}`;
  if (ahead && ahead.monthsAway <= 0) {
    const text = `Nothing here makes fine-tuning pay back: ${deadlineClause(ahead)}.`;
    return (['volume', 'overhead', 'priceGap'] as const).map((input) => ({
      input,
      value: null,
      direction: null,
      text,
      open: [],
    }));
  }
  const horizon = ahead ? ahead.monthsAway : x.months;
  const target = Math.max(0, (r.tuningUpfront - r.promptingUpfront) / horizon);
  const holds = paysBackInTime(r);
  const c = x.cached / 100;
  const fixed = x.hosting + r.retrainingMonth;
  const perOverheadToken = ((1 - c) * x.inPrice + c * x.cachedPrice) / PER_MILLION;
  const outputTuned = (x.volume * x.output * x.tunedOutPrice * bf) / PER_MILLION;

  const volume = solve(
    -fixed,
    (r.promptedRequest - r.tunedRequest) * bf,
    INPUT_LIMITS.volume,
    target,
    holds,
  );
  const overhead = solve(
    r.promptingMonth - x.volume * x.overhead * perOverheadToken * bf - r.tuningMonth,
    x.volume * perOverheadToken * bf,
    INPUT_LIMITS.overhead,
    target,
    holds,
  );
  const price = solve(
    r.promptingMonth - outputTuned - fixed,
    (-x.volume * x.input * bf) / PER_MILLION,
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

  // The tuned input price's own flip is exact whether or not that price is known.
  const openForPrice = open.filter((k) => k !== 'tunedInPrice');
  return [
    hedged(flip('volume', volume, volumeText, 0), open, 'raise that volume'),
    hedged(flip('overhead', overhead, overheadText, 0), open, 'raise that number'),
    hedged(flip('priceGap', price, priceText, x.inPrice), openForPrice, 'lower that price'),
  ];
}

/**
 * A flip worked out with unknown tuned-side prices at 0, said as the bound it is. "Never" needs
 * no hedge: dearer tuning cannot make it pay back.
 */
function hedged(f: Flip, open: InputKey[], effect: string): Flip {
  if (open.length === 0) return f;
  const names = `the ${inputNames(open)}, unknown,`;
  if (f.direction !== null)
    return { ...f, open, text: `${f.text.slice(0, -1)}; ${names} can only ${effect}.` };
  if (f.text.startsWith('Pays back'))
    return {
      ...f,
      open,
      text: `${f.text.slice(0, -1)} as far as the known prices go; ${names} could change that.`,
    };
  return f;
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
  if (solved === 'any') return { input, value: null, direction: null, text: text.any, open: [] };
  if (solved === 'none') return { input, value: null, direction: null, text: text.none, open: [] };
  return {
    input,
    value: solved.value - offset,
    direction: solved.direction,
    text: text.at(solved.value),
    open: [],
  };
}
