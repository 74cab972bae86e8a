/**
 * How an offer's figures read on /offers/ and in the calculator: prices with their units, an
 * unknown figure as "unknown", the status in words with its dates, what a stated example training
 * run costs (the one unit the offers can be sorted by), and where each figure came from. Pure.
 */
import { formatDate } from '../site/format';
import { STATUS_LABELS } from './status';
import {
  UNKNOWN,
  known,
  type Basis,
  type DatedFigure,
  type Figure,
  type ResolvedOffer,
  type TokenFigures,
} from './offers';

const USD = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'USD',
  currencyDisplay: 'narrowSymbol',
  maximumFractionDigits: 4,
});

/** "$0.48", "$1,241" */
export function usd(value: number): string {
  return USD.format(value);
}

/** A figure in dollars, or "unknown". */
export function usdOf(f: Figure): string {
  return f.value === UNKNOWN ? UNKNOWN : usd(f.value);
}

/** What a figure's basis means, in a few words. */
export const BASIS_TEXT: Readonly<Record<Basis, string>> = {
  vendor: "the vendor's own page",
  'vendor-example': "a worked example on the vendor's page",
  secondary: 'a secondary source, not the vendor page',
  'genai-prices': 'the @pydantic/genai-prices dataset',
};

const date = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/** "14 April 2027", or "no earlier than 14 April 2027" when the provider says so. */
export function dateText(d: DatedFigure): string {
  return d.earliest ? `no earlier than ${date(d.date)}` : date(d.date);
}

/**
 * "Existing customers only: closed to new customers 7 May 2026; no new jobs from 6 January 2027;
 * tuned models shut down 14 January 2027." The dates that have passed read in the past tense.
 */
export function statusText(offer: ResolvedOffer, today: Date): string {
  const d = offer.dates;
  const past = (f: DatedFigure | undefined) =>
    f !== undefined && new Date(`${f.date}T00:00:00Z`).getTime() <= today.getTime();
  const parts = [
    d.closedToNew &&
      `${past(d.closedToNew) ? 'closed' : 'closes'} to new customers ${dateText(d.closedToNew)}`,
    d.lastNewJobs &&
      `${past(d.lastNewJobs) ? 'no new jobs since' : 'no new jobs from'} ${dateText(d.lastNewJobs)}`,
    d.shutdown &&
      `tuned models ${past(d.shutdown) ? 'shut down' : 'shut down on'} ${dateText(d.shutdown)}`,
  ].filter(Boolean);
  const name = STATUS_LABELS[offer.status];
  const label = name.charAt(0).toUpperCase() + name.slice(1);
  return parts.length ? `${label}: ${parts.join('; ')}.` : `${label}.`;
}

/** The model's retirement in words: "retires 14 January 2027", "no retirement date announced". */
export function retirementText(offer: ResolvedOffer, today: Date): string {
  const m = offer.model;
  if (m.retires === 'open weights') return 'open weights: no provider can retire them';
  if (m.retires === 'unknown') return 'retirement date unknown';
  if (m.retires === 'none announced')
    return m.notBefore
      ? `no retirement date announced (not before ${date(m.notBefore)})`
      : 'no retirement date announced';
  return `base model ${new Date(`${m.retires}T00:00:00Z`).getTime() <= today.getTime() ? 'retired' : 'retires'} ${date(m.retires)}`;
}

/** "$3 in / $12 out", with the cached input price when it is discounted; unknown as such. */
export function tokenText(p: TokenFigures): string {
  const input = known(p.input);
  const cachedInput = known(p.cachedInput);
  const output = known(p.output);
  if (input === undefined || output === undefined) return 'unknown';
  const cached =
    cachedInput !== undefined && cachedInput < input ? ` (${usd(cachedInput)} cached)` : '';
  return `${usd(input)} in${cached} / ${usd(output)} out`;
}

/** "$25 per million training tokens; at least $20 a job", or "unknown". */
export function trainingText(offer: ResolvedOffer): string {
  if (offer.gpu) return `GPU time: ${offer.gpu.name} at ${usdOf(offer.gpu.perHour)} an hour`;
  const t = offer.training;
  const price = known(t?.perMillionTokens);
  if (price === undefined) return 'unknown';
  const minimum = known(t?.minimumPerJob) ?? 0;
  const text = `${usd(price)} per million training tokens`;
  return minimum > 0 ? `${text}; at least ${usd(minimum)} a job` : text;
}

/**
 * What one training run of `tokens` training tokens (examples × tokens × epochs) costs on an
 * offer: the price per million tokens (at least the minimum per job), or the GPU-hours it takes
 * at the offer's training speed. Undefined when the price is unknown. This one unit lets /offers/
 * sort offers priced per token and per GPU-hour together.
 */
export function exampleRunCost(offer: ResolvedOffer, tokens: number): number | undefined {
  if (offer.gpu) {
    const perHour = known(offer.gpu.perHour);
    const speed = known(offer.gpu.trainThroughput);
    return perHour === undefined || !speed ? undefined : (tokens / (speed * 3600)) * perHour;
  }
  const price = known(offer.training?.perMillionTokens);
  if (price === undefined) return undefined;
  return Math.max(known(offer.training?.minimumPerJob) ?? 0, (tokens / 1e6) * price);
}

/** A sort key: the number, or '' for unknown, which sorts last in either direction. */
export function sortKey(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
