/**
 * What the calculator knows about each offer, as plain JSON for its island (its figures in the
 * calculator's terms, which of them nobody could read, whether a new customer can buy it, where it
 * runs, its deadlines and dated sources), and how a state becomes the model's inputs: the
 * project's figures, the offer's, and what the reader typed, with every figure nobody gave listed
 * as unknown (never 0) and a sentence saying where each default came from. Pure.
 */
import {
  INPUT_KEYS,
  OFFER_KEYS,
  type CostChoices,
  type CostInputs,
  type Host,
  type InputKey,
  type Move,
  type OfferKey,
  type OfferPrices,
  type PathId,
} from './inputs';
import type { Deadline } from './deadlines';
import type { CostState, Project } from './url';
import { known, type Basis, type Figure, type ResolvedOffer } from '../offers/offers';
import { STATUS_LABELS, openToNewCustomers, type OfferStatus } from '../offers/status';
import { formatDate } from '../site/format';

export interface CalculatorOffer {
  id: string;
  /** "OpenAI · Fine-tuned GPT-4.1 mini" */
  name: string;
  status: OfferStatus;
  /** False for an offer a new customer cannot buy; the calculator never starts from one. */
  open: boolean;
  /** The option's visible text: the status, when it is not plainly available, then the name. */
  option: string;
  /** Where its paths run: a self-hosted offer runs on GPUs. */
  host: Host;
  /** The figures it knows; the others are missing here and listed in `unknown`. */
  prices: Partial<OfferPrices>;
  /** The figures nobody could read, or that do not apply to how it is sold. */
  unknown: OfferKey[];
  /** Where each known figure came from. */
  basis: Partial<Record<OfferKey, Basis>>;
  /** ISO dates. */
  deadlines: { date: string; kind: Deadline['kind'] }[];
  /** Source ids; their titles, addresses and check dates are in the page's `sources` map. */
  sources: string[];
  /** The day the offer's figures were checked (ISO). */
  checked: string;
}

/**
 * What the island needs of an offer: the build-time fields (status, option text) left out, and
 * the list of unknowns, which the island reads off the figures the offer does not give.
 */
export type IslandOffer = Omit<CalculatorOffer, 'status' | 'open' | 'option' | 'unknown'>;

/** An offer as the island's JSON carries it. */
export function islandOffer({
  status: _s,
  open: _o,
  option: _p,
  unknown: _u,
  ...rest
}: CalculatorOffer): IslandOffer {
  return rest;
}

/** A source as "copy as Markdown" cites it; its address is its entry on /sources/. */
export interface CitedSource {
  title: string;
  /** Its entry on /sources/. */
  href: string;
  /** ISO date it was last checked. */
  checked?: string;
}

const BASIS_WORDS: Readonly<Record<Basis, string>> = {
  vendor: 'the vendor’s page',
  'vendor-example': 'an example on the vendor’s page',
  secondary: 'a secondary source',
  'genai-prices': 'the @pydantic/genai-prices dataset',
};

/** An offer's figures in the calculator's terms, with the keys whose figure is unknown. */
function figuresOf(offer: ResolvedOffer) {
  const prices: Partial<OfferPrices> = {};
  const basis: Partial<Record<OfferKey, Basis>> = {};
  const unknown: OfferKey[] = [];
  const take = (key: OfferKey, f: Figure | undefined) => {
    const value = known(f);
    if (value === undefined) unknown.push(key);
    else {
      prices[key] = value;
      if (f?.basis) basis[key] = f.basis;
    }
  };
  take('inPrice', offer.base?.input);
  take('cachedPrice', offer.base?.cachedInput);
  take('outPrice', offer.base?.output);
  take('tunedInPrice', offer.tuned?.input);
  take('tunedOutPrice', offer.tuned?.output);
  take('trainPrice', offer.training?.perMillionTokens);
  // No hosting entry means no fee, which is known: 0.
  take('hosting', offer.hosting ? offer.hosting.perMonth : offer.gpu ? undefined : { value: 0 });
  take('embedPrice', offer.embedding?.perMillionTokens);
  take('gpuPrice', offer.gpu?.perHour);
  take('throughput', offer.gpu?.throughput);
  take('trainThroughput', offer.gpu?.trainThroughput);
  prices.minimumPerJob = known(offer.training?.minimumPerJob) ?? 0;
  return { prices, basis, unknown };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function calculatorOffer(offer: ResolvedOffer): CalculatorOffer {
  const deadlines: CalculatorOffer['deadlines'] = [];
  if (offer.dates.lastNewJobs)
    deadlines.push({ date: offer.dates.lastNewJobs.date, kind: 'last-jobs' });
  if (offer.dates.shutdown) deadlines.push({ date: offer.dates.shutdown.date, kind: 'shutdown' });
  const name = `${offer.provider} · ${offer.label}`;
  return {
    id: offer.id,
    name,
    status: offer.status,
    open: openToNewCustomers(offer.status),
    // The status first, so a narrow select cuts the name, never the status.
    option:
      offer.status === 'available' ? name : `${capitalised(STATUS_LABELS[offer.status])}: ${name}`,
    host: offer.host,
    ...figuresOf(offer),
    deadlines,
    sources: offer.sources,
    checked: offer.checked,
  };
}

/** The GPU figures an offer that sells tokens borrows, from the first self-hosted offer. */
export interface GpuDefaults {
  /** The self-hosted offer's name. */
  name: string;
  gpuPrice: number;
  throughput: number;
  trainThroughput: number;
}

/** The GPU defaults from the first offer that runs on GPUs, if any. */
export function gpuDefaults(offers: readonly IslandOffer[]): GpuDefaults | undefined {
  const gpu = offers.find(
    (o) =>
      o.host === 'gpu' &&
      o.prices.gpuPrice !== undefined &&
      o.prices.throughput !== undefined &&
      o.prices.trainThroughput !== undefined,
  );
  if (!gpu) return undefined;
  return {
    name: gpu.name,
    gpuPrice: gpu.prices.gpuPrice ?? 0,
    throughput: gpu.prices.throughput ?? 0,
    trainThroughput: gpu.prices.trainThroughput ?? 0,
  };
}

/** The model's inputs and choices for a state, what is unknown, and where each figure came from. */
export interface Resolved {
  inputs: CostInputs;
  choices: CostChoices;
  /** Figures nobody gave: counted as 0, named wherever a total leaves them out. */
  unknown: InputKey[];
  /** Where each figure the form shows came from, in a sentence. */
  from: Partial<Record<InputKey, string>>;
}

const GPU_KEYS = ['gpuPrice', 'throughput', 'trainThroughput'] as const;

/**
 * The inputs for a state: the project's figures, then the offer's (or, for "my own prices",
 * nothing), then what the reader typed. An offer figure nobody gave is unknown, except the cached
 * input price of the reader's own prices, which is their input price (no figure, no discount),
 * and the GPU's price and speeds, which an offer that sells tokens takes from the first
 * self-hosted offer.
 */
export function resolveInputs(
  state: CostState,
  offer: IslandOffer | undefined,
  project: Project,
  gpu: GpuDefaults | undefined,
): Resolved {
  const from: Resolved['from'] = {};
  const unknown: InputKey[] = [];
  const example = `From the worked example “${project.title}”.`;
  const values: CostInputs = { ...state.values, minimumPerJob: offer?.prices.minimumPerJob ?? 0 };
  for (const key of Object.keys(state.values) as (keyof CostInputs)[])
    if (!(OFFER_KEYS as readonly string[]).includes(key)) from[key] = example;
  const checked = offer ? formatDate(new Date(`${offer.checked}T00:00:00Z`)) : '';
  for (const key of OFFER_KEYS) {
    if (state.custom.has(key)) {
      from[key] = 'Yours.';
      continue;
    }
    const own = offer?.prices[key];
    if (own !== undefined) {
      values[key] = own;
      const basis = offer?.basis[key];
      from[key] =
        `From ${offer?.name ?? ''}: ${basis ? BASIS_WORDS[basis] : 'its page'}, checked ${checked}.`;
    } else if (key === 'store' && project.values.store !== undefined) {
      values[key] = project.values.store;
      from[key] = `${example.slice(0, -1)}, an assumption.`;
    } else if ((GPU_KEYS as readonly string[]).includes(key) && gpu) {
      values[key] = gpu[key as (typeof GPU_KEYS)[number]];
      from[key] = `From ${gpu.name}.`;
    } else if (key === 'cachedPrice' && !offer && state.custom.has('inPrice')) {
      values[key] = state.values.inPrice;
      from[key] = 'Your input price: no cache discount given.';
    } else {
      values[key] = 0;
      unknown.push(key);
      from[key] = `Unknown — enter yours.`;
    }
  }
  return {
    inputs: values,
    choices: { paths: state.paths, host: state.host ?? offer?.host ?? 'api', move: state.move },
    unknown,
    from,
  };
}

/** The figures a link with the reader's own prices did not give: unknown until entered. */
export function missingOwnPrices(resolved: Resolved): InputKey[] {
  return resolved.unknown.filter((k) => k !== 'store');
}

/** The figures a worked example sets: every input but the offer's (the search index may be). */
const PROJECT_KEYS = INPUT_KEYS.filter(
  (k) => k !== 'minimumPerJob' && !(OFFER_KEYS as readonly string[]).includes(k),
) as Exclude<InputKey, OfferKey | 'minimumPerJob'>[];

/** A worked example as a project the calculator can start from. */
export function projectOf(
  id: string,
  example: Project['values'] & { title: string; offer: string; paths: PathId[]; move: Move },
): Project {
  const values = Object.fromEntries(PROJECT_KEYS.map((k) => [k, example[k]])) as Project['values'];
  if (example.store !== undefined) values.store = example.store;
  return {
    id,
    title: example.title,
    offer: example.offer,
    values,
    paths: example.paths,
    move: example.move,
  };
}
