/**
 * What the calculator knows about each offer, as plain JSON for its island: prices in the
 * calculator's terms, the dates that can stop a payback, and the dated sources. Pure.
 */
import type { Deadline, OfferPrices } from './cost';
export { deadlinesOf } from './cost';
import type { CostDefaults, CostValues } from './url';
import { offerPrices, type ResolvedOffer } from '../offers/offers';

export interface CalculatorOffer {
  id: string;
  /** "OpenAI · Fine-tuned GPT-4.1 mini" */
  name: string;
  status: ResolvedOffer['status'];
  prices: OfferPrices;
  /** ISO dates. */
  deadlines: { date: string; kind: Deadline['kind'] }[];
  sources: { title: string; url?: string; checked?: string }[];
  /** The day the offer's figures were checked (ISO). */
  checked: string;
}

export function calculatorOffer(
  offer: ResolvedOffer,
  sources: readonly {
    id: string;
    title: string;
    url?: string | undefined;
    checked?: Date | undefined;
  }[],
): CalculatorOffer {
  const deadlines: CalculatorOffer['deadlines'] = [];
  if (offer.dates.lastNewJobs) deadlines.push({ date: offer.dates.lastNewJobs, kind: 'last-jobs' });
  if (offer.dates.shutdown) deadlines.push({ date: offer.dates.shutdown, kind: 'shutdown' });
  return {
    id: offer.id,
    name: `${offer.provider} · ${offer.label}`,
    status: offer.status,
    prices: offerPrices(offer),
    deadlines,
    sources: offer.sources.map((id) => {
      const s = sources.find((source) => source.id === id);
      return {
        title: s?.title ?? id,
        ...(s?.url ? { url: s.url } : {}),
        ...(s?.checked ? { checked: s.checked.toISOString().slice(0, 10) } : {}),
      };
    }),
    checked: offer.checked,
  };
}

/** The calculator's starting point: an example's figures with its offer's prices. */
export function defaultsFrom(
  example: Omit<CostValues, keyof OfferPrices | 'hosting'> & { offer: string },
  offer: CalculatorOffer,
): CostDefaults {
  const { offer: id, ...values } = example;
  const { minimumPerJob: _minimum, ...prices } = offer.prices;
  return { offer: id, values: { ...values, ...prices } };
}
