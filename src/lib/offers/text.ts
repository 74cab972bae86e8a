/**
 * How an offer's figures read on /offers/ and in the calculator: prices with their units, the
 * status in words with its dates, and where each figure came from. Pure.
 */
import { formatDate } from '../site/format';
import type { Basis, ResolvedOffer } from './offers';

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

/** What a figure's basis means, in a few words. */
export const BASIS_TEXT: Readonly<Record<Basis, string>> = {
  vendor: "the vendor's own page",
  'vendor-example': "a worked example on the vendor's page",
  secondary: 'a secondary source, not the vendor page',
  'genai-prices': 'the @pydantic/genai-prices dataset',
};

const date = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/** "Closing: no new jobs from 6 January 2027; shuts down 14 January 2027." */
export function statusText(offer: ResolvedOffer): string {
  const d = offer.dates;
  const parts = [
    d.closedToNew && `closed to new users from ${date(d.closedToNew)}`,
    d.lastNewJobs && `no new jobs from ${date(d.lastNewJobs)}`,
    d.shutdown && `tuned models shut down ${date(d.shutdown)}`,
  ].filter(Boolean);
  const name = { available: 'Available', closing: 'Closing', closed: 'Closed' }[offer.status];
  return parts.length ? `${name}: ${parts.join('; ')}.` : `${name}.`;
}

/** "$25 per million training tokens", "$3.99 per GPU-hour, 2 hours a run (assumed)" */
export function trainingText(offer: ResolvedOffer): string {
  const t = offer.training;
  const price =
    t.perMillionTokens !== undefined
      ? `${usd(t.perMillionTokens)} per million training tokens`
      : `${usd(t.perHour ?? 0)} an hour, ${t.hoursPerRun ?? 0} hours a run (assumed)`;
  return t.minimumPerJob > 0 ? `${price}; at least ${usd(t.minimumPerJob)} a job` : price;
}

/** "$3 in / $12 out", with the cached input price when it is discounted. */
export function tokenText(p: { input: number; cachedInput: number; output: number }): string {
  const cached = p.cachedInput < p.input ? ` (${usd(p.cachedInput)} cached)` : '';
  return `${usd(p.input)} in${cached} / ${usd(p.output)} out`;
}

/** The training price as one number for sorting: a run of a million training tokens. */
export function trainingSortValue(offer: ResolvedOffer): number {
  const t = offer.training;
  return t.perMillionTokens ?? (t.perHour ?? 0) * (t.hoursPerRun ?? 0);
}
