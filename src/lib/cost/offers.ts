/**
 * What the calculator knows about each offer, as plain JSON for its island: prices in the
 * calculator's terms (with the ones nobody could read listed as unknown, never 0), whether a new
 * customer can buy it, the dates that can stop a payback, and the dated sources. Pure.
 */
import type { Deadline } from './deadlines';
import type { OfferPrices, PriceKey } from './inputs';
export { deadlinesOf } from './deadlines';
import type { CostDefaults, CostValues } from './url';
import { known, type Figure, type ResolvedOffer } from '../offers/offers';
import { STATUS_LABELS, openToNewCustomers, type OfferStatus } from '../offers/status';

export interface CalculatorOffer {
  id: string;
  /** "OpenAI · Fine-tuned GPT-4.1 mini" */
  name: string;
  status: OfferStatus;
  /** False for an offer a new customer cannot buy; the calculator never starts from one. */
  open: boolean;
  /** The option's visible text: the name, and the status when it is not plainly available. */
  option: string;
  /** Known prices; an unknown one is 0 here and listed in `unknown`. */
  prices: OfferPrices;
  /** The prices nobody could read: shown as "unknown — enter yours", left out of every total. */
  unknown: PriceKey[];
  /** ISO dates. */
  deadlines: { date: string; kind: Deadline['kind'] }[];
  sources: { title: string; url?: string; checked?: string }[];
  /** The day the offer's figures were checked (ISO). */
  checked: string;
}

/** An offer's prices in the calculator's terms, with the keys whose figure is unknown. */
export function offerPrices(offer: ResolvedOffer): { prices: OfferPrices; unknown: PriceKey[] } {
  const unknown: PriceKey[] = [];
  const read = (key: PriceKey, f: Figure | undefined, scale = 1): number => {
    const value = known(f);
    if (value === undefined) {
      unknown.push(key);
      return 0;
    }
    return value * scale;
  };
  const prices: OfferPrices = {
    inPrice: read('inPrice', offer.base?.input),
    cachedPrice: read('cachedPrice', offer.base?.cachedInput),
    outPrice: read('outPrice', offer.base?.output),
    tunedInPrice: read('tunedInPrice', offer.tuned?.input),
    tunedOutPrice: read('tunedOutPrice', offer.tuned?.output),
    trainPrice: read('trainPrice', offer.training?.perMillionTokens),
    hosting: offer.gpu
      ? read('hosting', undefined)
      : offer.hosting
        ? read('hosting', offer.hosting.perMonth)
        : 0,
    minimumPerJob: known(offer.training?.minimumPerJob) ?? 0,
  };
  return { prices, unknown };
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
  if (offer.dates.lastNewJobs)
    deadlines.push({ date: offer.dates.lastNewJobs.date, kind: 'last-jobs' });
  if (offer.dates.shutdown) deadlines.push({ date: offer.dates.shutdown.date, kind: 'shutdown' });
  const name = `${offer.provider} · ${offer.label}`;
  const open = openToNewCustomers(offer.status);
  return {
    id: offer.id,
    name,
    status: offer.status,
    open,
    option: offer.status === 'available' ? name : `${name} (${STATUS_LABELS[offer.status]})`,
    ...offerPrices(offer),
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
