/**
 * An offer as the calculator and the offers page use it: every price resolved to a number per
 * million tokens (or per month), whichever dataset it came from, with where each figure came
 * from and when it was checked, and its status on the day the site is built for. Pure: the
 * build hands in the base-model prices it read and its day.
 */
import type { OfferData } from '../../schemas/offer';
import { HOURS_PER_MONTH, type OfferPrices } from '../cost/cost';

/** Where a figure came from. */
export type Basis = 'vendor' | 'vendor-example' | 'secondary' | 'genai-prices';

export interface TokenPrices {
  input: number;
  /** Equal to `input` when the provider gives no cache discount. */
  cachedInput: number;
  output: number;
  basis: Basis;
}

/** An offer with its prices resolved, as /offers/, /offers.json and the calculator read it. */
export interface ResolvedOffer {
  id: string;
  provider: string;
  label: string;
  baseModel: string;
  methods: OfferData['methods'];
  /** On the build's day (see `statusOn`). */
  status: OfferData['status'];
  /** ISO dates. */
  dates: { closedToNew?: string; lastNewJobs?: string; shutdown?: string };
  base: TokenPrices;
  /** Per-token prices of the tuned model; all zero when it is served on hourly capacity. */
  tuned: TokenPrices;
  training: {
    /** Per million training tokens (tokens × epochs), or the price of a run for hourly pricing. */
    perMillionTokens?: number;
    perHour?: number;
    hoursPerRun?: number;
    minimumPerJob: number;
    basis: Basis;
    note?: string;
  };
  /** Hourly hosting of the tuned model, when it has any. */
  hosting?: { perHour: number; perMonth: number; basis: Basis; note: string };
  throughput?: { tokensPerSecond: number; note: string };
  notes?: string;
  sources: string[];
  /** ISO date the offer's figures were checked. */
  checked: string;
}

const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);

function tokenPrices(p: NonNullable<OfferData['tunedInference']>): TokenPrices {
  return {
    input: p.input,
    cachedInput: p.cachedInput ?? p.input,
    output: p.output,
    basis: p.basis,
  };
}

/**
 * An offer's status on `today`: the one its file gives until a date it announced has passed.
 * From the last day for new jobs, or from the shutdown, no one can tune on it: it is closed,
 * whatever the file last said.
 */
export function statusOn(
  offer: Pick<OfferData, 'status' | 'dates'>,
  today: Date,
): OfferData['status'] {
  const { lastNewJobs, shutdown } = offer.dates;
  const ended = [lastNewJobs, shutdown].some((day) => day && day.getTime() <= today.getTime());
  return ended ? 'closed' : offer.status;
}

const STATUS_ORDER: readonly OfferData['status'][] = ['available', 'closing', 'closed'];

/** The order readers see offers in: available first, then closing, then closed; by provider. */
export function byStatus(a: ResolvedOffer, b: ResolvedOffer): number {
  return (
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    a.provider.localeCompare(b.provider) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Resolves an offer as it stands on `today`. `basePrices` are the base model's prices from
 * @pydantic/genai-prices, used when the offer names the model there and gives no typed
 * `baseInference`.
 */
export function resolveOffer(
  id: string,
  data: OfferData,
  basePrices: TokenPrices | undefined,
  today: Date,
): ResolvedOffer {
  const base = data.baseInference ? tokenPrices(data.baseInference) : basePrices;
  if (!base) throw new Error(`content/offers/${id}.yaml: no base-model prices`);
  const tuned = data.tunedInference
    ? tokenPrices(data.tunedInference)
    : { input: 0, cachedInput: 0, output: 0, basis: data.hosting?.basis ?? base.basis };
  const dates = Object.fromEntries(
    Object.entries(data.dates).flatMap(([key, value]) => (value ? [[key, iso(value)]] : [])),
  ) as ResolvedOffer['dates'];
  const t = data.training;
  return {
    id,
    provider: data.provider,
    label: data.label,
    baseModel: data.baseModel.name,
    methods: data.methods,
    status: statusOn(data, today),
    dates,
    base,
    tuned,
    training: {
      ...(t.perMillionTokens !== undefined ? { perMillionTokens: t.perMillionTokens } : {}),
      ...(t.perHour !== undefined ? { perHour: t.perHour } : {}),
      ...(t.hoursPerRun !== undefined ? { hoursPerRun: t.hoursPerRun } : {}),
      minimumPerJob: t.minimumPerJob ?? 0,
      basis: t.basis,
      ...(t.note ? { note: t.note } : {}),
    },
    ...(data.hosting
      ? {
          hosting: {
            perHour: data.hosting.perHour,
            perMonth: data.hosting.perHour * HOURS_PER_MONTH,
            basis: data.hosting.basis,
            note: data.hosting.note,
          },
        }
      : {}),
    ...(data.throughput ? { throughput: data.throughput } : {}),
    ...(data.notes ? { notes: data.notes } : {}),
    sources: data.sources,
    checked: iso(data.checked) ?? '',
  };
}

/**
 * The calculator's prices for an offer. Training priced by the hour becomes a price per million
 * training tokens that gives the same run cost for the offer's stated run: the hours of a run
 * times the hourly price, charged as the minimum per job, so the formula stays one formula.
 */
export function offerPrices(offer: ResolvedOffer): OfferPrices {
  const hourlyRun =
    offer.training.perHour !== undefined
      ? offer.training.perHour * (offer.training.hoursPerRun ?? 0)
      : 0;
  return {
    inPrice: offer.base.input,
    cachedPrice: offer.base.cachedInput,
    outPrice: offer.base.output,
    tunedInPrice: offer.tuned.input,
    tunedOutPrice: offer.tuned.output,
    trainPrice: offer.training.perMillionTokens ?? 0,
    minimumPerJob: Math.max(offer.training.minimumPerJob, hourlyRun),
    hosting: offer.hosting?.perMonth ?? 0,
  };
}
