/**
 * An offer as the calculator, /offers/ and /offers.json read it: every figure resolved to a value
 * (or `unknown`) with the evidence it rests on, the base model with its retirement, the shutdown
 * taken from the model and the status derived from the dates. Pure: the build hands in the
 * base-model prices it read from @pydantic/genai-prices and the day to judge the status on.
 */
import type { ModelData } from '../../schemas/model';
import type { OfferData } from '../../schemas/offer';
import { HOURS_PER_MONTH } from '../cost/inputs';
import { offerStatus, type OfferStatus } from './status';

/** Where a figure came from: the vendor's page, an example there, a copy, or the dataset. */
export type Basis = 'vendor' | 'vendor-example' | 'secondary' | 'genai-prices';

/** The value of a figure nobody could read. */
export const UNKNOWN = 'unknown';
export type Unknown = typeof UNKNOWN;

/** What a figure rests on. */
export interface Evidence {
  basis?: Basis;
  /** A source id in content/sources.yaml (or `genai-prices`). */
  source?: string;
  /** The source's exact words. */
  quote?: string;
  /** Where those words are. */
  locator?: string;
  note?: string;
}

/** A price or speed, or `unknown`, with its evidence. */
export interface Figure extends Evidence {
  value: number | Unknown;
}

/** A day, ISO, with its evidence; `earliest` when the provider says "no earlier than". */
export interface DatedFigure extends Evidence {
  date: string;
  earliest: boolean;
}

/** A base model's prices as the dataset gives them, with the words to quote. */
export interface DatasetPrices {
  input: number;
  cachedInput: number;
  output: number;
  /** The entry as the dataset reads, for the quote. */
  quote: string;
  /** The dataset, its version, provider and model, for the locator. */
  locator: string;
}

/** Per-token prices: input, cached input (the input price when there is no discount), output. */
export interface TokenFigures {
  input: Figure;
  cachedInput: Figure;
  output: Figure;
}

export interface ResolvedModel {
  id: string;
  provider: string;
  /** The provider's id for it. */
  model: string;
  name: string;
  /** An ISO date, or why there is none: "none announced", "unknown" or "open weights". */
  retires: string;
  /** With `none announced`: the earliest day it could retire. */
  notBefore?: string;
  evidence: Evidence;
  checked: string;
}

/** An offer with every figure resolved, as /offers/, /offers.json and the calculator read it. */
export interface ResolvedOffer {
  id: string;
  provider: string;
  label: string;
  model: ResolvedModel;
  methods: OfferData['methods'];
  /** Derived from the dates on the day the site was built. */
  status: OfferStatus;
  /** The shutdown comes from the model (its tuned models' last day, else its retirement). */
  dates: { closedToNew?: DatedFigure; lastNewJobs?: DatedFigure; shutdown?: DatedFigure };
  /** `api`: bought per token from a provider; `gpu`: every path on rented GPUs. */
  host: 'api' | 'gpu';
  /** The base model's prices per million tokens (api offers). */
  base?: TokenFigures;
  /** The tuned model's prices per million tokens (api offers). */
  tuned?: TokenFigures;
  /** Training per million training tokens, and the least a job costs (api offers). */
  training?: { perMillionTokens: Figure; minimumPerJob: Figure };
  /** A fee for keeping the tuned model deployed or stored, per month (and per hour if so sold). */
  hosting?: { perHour?: Figure; perMonth: Figure };
  /** Self-hosting: the GPU, its price per hour and its speeds in tokens a second. */
  gpu?: { name: string; perHour: Figure; throughput: Figure; trainThroughput: Figure };
  /** An embedding model for retrieval, per million tokens embedded. */
  embedding?: { name: string; perMillionTokens: Figure };
  notes?: string;
  sources: string[];
  /** ISO date the offer's figures were checked. */
  checked: string;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Evidence as content gives it: every field may be absent. */
type EvidenceIn = { [K in keyof Evidence]?: Evidence[K] | undefined };

/** The evidence fields of a content object, without its value fields. */
function evidenceOf(e: EvidenceIn): Evidence {
  const out: Evidence = {};
  if (e.basis) out.basis = e.basis;
  if (e.source) out.source = e.source;
  if (e.quote) out.quote = e.quote;
  if (e.locator) out.locator = e.locator;
  if (e.note) out.note = e.note;
  return out;
}

const figure = (value: number | Unknown, evidence: Evidence): Figure => ({ value, ...evidence });

function dated(d: { date: Date; earliest?: boolean | undefined } & EvidenceIn): DatedFigure {
  return { date: iso(d.date), earliest: d.earliest ?? false, ...evidenceOf(d) };
}

/** A model's retirement as a date, if it has one. */
function retirementDate(model: ModelData): Date | undefined {
  return model.retires instanceof Date ? model.retires : undefined;
}

export function resolveModel(id: string, data: ModelData): ResolvedModel {
  return {
    id,
    provider: data.provider,
    model: data.model,
    name: data.name,
    retires: data.retires instanceof Date ? iso(data.retires) : data.retires,
    ...(data.notBefore ? { notBefore: iso(data.notBefore) } : {}),
    evidence: evidenceOf(data),
    checked: iso(data.checked),
  };
}

/** The day an offer's tuned models stop answering: the model's, with the model's evidence. */
function shutdownOf(model: ModelData): DatedFigure | undefined {
  if (model.tunedUntil) return dated(model.tunedUntil);
  const retires = retirementDate(model);
  return retires ? dated({ date: retires, ...model }) : undefined;
}

/** The dataset's prices as figures: their quote is the dataset's own entry. */
function datasetFigures(p: DatasetPrices): TokenFigures {
  const e: Evidence = {
    basis: 'genai-prices',
    source: 'genai-prices',
    quote: p.quote,
    locator: p.locator,
  };
  return {
    input: figure(p.input, e),
    cachedInput: figure(p.cachedInput, e),
    output: figure(p.output, e),
  };
}

/** Prices read on a page, as figures; the cached price is the input price when none is given. */
function readFigures(p: NonNullable<OfferData['base']>): TokenFigures {
  const e = evidenceOf(p);
  return {
    input: figure(p.input, e),
    cachedInput: figure(p.cachedInput ?? p.input, e),
    output: figure(p.output, e),
  };
}

function tunedFigures(
  tuned: NonNullable<OfferData['tuned']>,
  base: TokenFigures | undefined,
): TokenFigures {
  const e = evidenceOf(tuned);
  if ('sameAsBase' in tuned) {
    // The rule is the provider's; the numbers are the base model's, read where those were.
    const same = (f: Figure | undefined): Figure =>
      figure(f?.value ?? UNKNOWN, { ...e, basis: f?.basis ?? 'secondary' });
    // The rule covers input and output tokens; no source gives tuned models a cached-input
    // discount, so cached input is charged as input.
    return {
      input: same(base?.input),
      cachedInput: same(base?.input),
      output: same(base?.output),
    };
  }
  return {
    input: figure(tuned.input, e),
    // No cached price read: a known input price is charged in full, an unknown one stays unknown.
    cachedInput: figure(tuned.cachedInput ?? tuned.input, e),
    output: figure(tuned.output, e),
  };
}

/**
 * Resolves an offer on `today`. `datasetPrices` are the base model's prices from
 * @pydantic/genai-prices, used when the model names its entry there and the offer gives no
 * `base`; `embeddingPrice` the same for its embedding model.
 */
export function resolveOffer(
  id: string,
  data: OfferData,
  model: { id: string; data: ModelData },
  prices: { base?: DatasetPrices | undefined; embedding?: DatasetPrices | undefined },
  today: Date,
): ResolvedOffer {
  const shutdown = shutdownOf(model.data);
  const dates: ResolvedOffer['dates'] = {
    ...(data.dates.closedToNew ? { closedToNew: dated(data.dates.closedToNew) } : {}),
    ...(data.dates.lastNewJobs ? { lastNewJobs: dated(data.dates.lastNewJobs) } : {}),
    ...(shutdown ? { shutdown } : {}),
  };
  const status = offerStatus(
    {
      closedToNew: data.dates.closedToNew?.date,
      lastNewJobs: data.dates.lastNewJobs?.date,
      shutdown: shutdown ? new Date(`${shutdown.date}T00:00:00Z`) : undefined,
    },
    today,
  );
  const base = data.base
    ? readFigures(data.base)
    : prices.base
      ? datasetFigures(prices.base)
      : undefined;
  if (!data.gpu && !base)
    throw new Error(
      `content/offers/${id}.yaml › base: give the base model's prices, or where @pydantic/genai-prices lists the model (content/models/${model.id}.yaml › genaiPrices)`,
    );
  const h = data.hosting;
  const hosting = h
    ? h.perHour !== undefined
      ? {
          perHour: figure(h.perHour, evidenceOf(h)),
          perMonth: figure(
            h.perHour === UNKNOWN ? UNKNOWN : h.perHour * HOURS_PER_MONTH,
            evidenceOf(h),
          ),
        }
      : { perMonth: figure(h.perMonth ?? UNKNOWN, evidenceOf(h)) }
    : undefined;
  const t = data.training;
  const g = data.gpu;
  return {
    id,
    provider: data.provider,
    label: data.label,
    model: resolveModel(model.id, model.data),
    methods: data.methods,
    status,
    dates,
    host: g ? 'gpu' : 'api',
    ...(base ? { base } : {}),
    ...(data.tuned ? { tuned: tunedFigures(data.tuned, base) } : {}),
    ...(t
      ? {
          training: {
            perMillionTokens: figure(t.perMillionTokens, evidenceOf(t)),
            minimumPerJob: t.minimumPerJob
              ? figure(t.minimumPerJob.usd, evidenceOf(t.minimumPerJob))
              : figure(0, { note: 'No minimum charge per job is stated.' }),
          },
        }
      : {}),
    ...(hosting ? { hosting } : {}),
    ...(g
      ? {
          gpu: {
            name: g.name,
            perHour: figure(g.perHour, evidenceOf(g)),
            throughput: figure(g.throughput.tokensPerSecond, evidenceOf(g.throughput)),
            trainThroughput: figure(
              g.trainThroughput.tokensPerSecond,
              evidenceOf(g.trainThroughput),
            ),
          },
        }
      : {}),
    ...(data.embedding && prices.embedding
      ? {
          embedding: {
            name: data.embedding.name,
            perMillionTokens: datasetFigures(prices.embedding).input,
          },
        }
      : {}),
    ...(data.notes ? { notes: data.notes } : {}),
    sources: data.sources,
    checked: iso(data.checked),
  };
}

/** A figure's value as a number, or undefined when unknown (or absent). */
export function known(f: Figure | undefined): number | undefined {
  return f === undefined || f.value === UNKNOWN ? undefined : f.value;
}
