/**
 * The offers with every figure resolved, for /offers/, /offers.json and the calculator. Base-model
 * and embedding prices come from the @pydantic/genai-prices dataset, read at build time (never
 * fetched: the dataset bundled with the pinned package version), as of the day each offer was
 * checked. Each offer's status is derived from its dates on the build's own day; the build warns
 * (never fails) when a deadline has passed since the offer was checked, and when an offer's
 * prices were checked more than 45 days ago.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { calcPrice } from '@pydantic/genai-prices';
import { fromContent, type Model, type Offer, type SiteContent } from './content';
import { SITE_TODAY } from './today';
import { resolveOffer, type DatasetPrices, type ResolvedOffer } from '../lib/offers/offers';
import { OFFER_STATUSES } from '../lib/offers/status';
import { offerWarnings } from '../lib/offers/build/warnings';

/**
 * The dataset's version, shown on the pages that use its prices. The package does not export
 * its package.json, so it is read from beside the resolved entry point.
 */
export const GENAI_PRICES_VERSION = (
  JSON.parse(
    readFileSync(
      join(
        dirname(createRequire(import.meta.url).resolve('@pydantic/genai-prices')),
        '..',
        'package.json',
      ),
      'utf8',
    ),
  ) as { version: string }
).version;

/** A price the dataset gives as a number, or as tiers: the base (short-prompt) rate. */
function rate(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'base' in value && typeof value.base === 'number')
    return value.base;
  return undefined;
}

/** A model's prices in the dataset on `day`, with the words to quote; `field` names it in errors. */
function datasetPrices(
  ref: { provider: string; model: string },
  day: Date,
  field: string,
): DatasetPrices {
  const found = calcPrice({ input_tokens: 1 }, ref.model, {
    providerId: ref.provider,
    timestamp: day,
  });
  const input = rate(found?.model_price['input_mtok']);
  const output = rate(found?.model_price['output_mtok']) ?? (input !== undefined ? 0 : undefined);
  if (!found || input === undefined || output === undefined)
    throw new Error(
      `${field}: @pydantic/genai-prices ${GENAI_PRICES_VERSION} has no prices for ${ref.provider}/${ref.model}`,
    );
  const cached = rate(found.model_price['cache_read_mtok']);
  const quote = [
    `${found.model.id}:`,
    `input_mtok ${input}`,
    ...(cached !== undefined ? [`cache_read_mtok ${cached}`] : []),
    ...(found.model_price['output_mtok'] !== undefined ? [`output_mtok ${output}`] : []),
  ].join(' ');
  return {
    input,
    cachedInput: cached ?? input,
    output,
    quote,
    locator: `@pydantic/genai-prices ${GENAI_PRICES_VERSION}, provider "${found.provider.id}", model "${found.model.id}"`,
  };
}

const day = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : undefined);

function resolve(offer: Offer, models: readonly Model[], today: Date): ResolvedOffer {
  const file = `content/offers/${offer.id}.yaml`;
  const model = models.find((m) => m.id === offer.data.model);
  if (!model) throw new Error(`${file} › model: unknown model "${offer.data.model}"`);
  const checked = offer.data.checked;
  const baseRef = model.data.genaiPrices;
  const embeddingRef = offer.data.embedding?.genaiPrices;
  return resolveOffer(
    offer.id,
    offer.data,
    model,
    {
      base:
        baseRef && !offer.data.base && !offer.data.gpu
          ? datasetPrices(baseRef, checked, `content/models/${model.id}.yaml › genaiPrices`)
          : undefined,
      embedding: embeddingRef
        ? datasetPrices(embeddingRef, checked, `${file} › embedding.genaiPrices`)
        : undefined,
    },
    today,
  );
}

function load({ offers, models }: SiteContent): ResolvedOffer[] {
  // The build's own day (SITE_TODAY): the status a reader sees is the one on the day the site
  // was built for.
  const today = SITE_TODAY;
  const list = offers
    .map((offer) => resolve(offer, models, today))
    .sort((a, b) => OFFER_STATUSES.indexOf(a.status) - OFFER_STATUSES.indexOf(b.status));
  for (const warning of offerWarnings(
    list.map((o) => ({
      id: o.id,
      checked: new Date(`${o.checked}T00:00:00Z`),
      dates: {
        closedToNew: day(o.dates.closedToNew?.date),
        lastNewJobs: day(o.dates.lastNewJobs?.date),
        shutdown: day(o.dates.shutdown?.date),
      },
    })),
    today,
  ))
    console.warn(`[offers] ${warning}`);
  return list;
}

/**
 * Every offer, resolved, open offers first (the sort is stable, so by provider within a status).
 * Computed once per loaded content: once in a build, again after each edit in dev.
 */
export const siteOffers: () => Promise<ResolvedOffer[]> = fromContent(load);
