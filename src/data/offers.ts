/**
 * The offers with every price resolved and their status on the build's day, for /offers/,
 * /offers.json and the calculator. Base-model prices come from the @pydantic/genai-prices
 * dataset, read at build time (never fetched: the dataset bundled with the pinned package
 * version), at the day each offer was checked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { calcPrice } from '@pydantic/genai-prices';
import { fromContent, type Offer } from './content';
import { byStatus, resolveOffer, type ResolvedOffer, type TokenPrices } from '../lib/offers/offers';
import { SITE_TODAY } from './today';

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

/** The base model's prices in the dataset, as of the day the offer was checked. */
function datasetPrices(offer: Offer): TokenPrices | undefined {
  const ref = offer.data.baseModel.genaiPrices;
  if (!ref) return undefined;
  const found = calcPrice({ input_tokens: 1 }, ref.model, {
    providerId: ref.provider,
    timestamp: offer.data.checked,
  });
  const input = rate(found?.model_price['input_mtok']);
  const output = rate(found?.model_price['output_mtok']);
  if (input === undefined || output === undefined) {
    throw new Error(
      `content/offers/${offer.id}.yaml › baseModel.genaiPrices: @pydantic/genai-prices ${GENAI_PRICES_VERSION} has no prices for ${ref.provider}/${ref.model}`,
    );
  }
  const cached = rate(found?.model_price['cache_read_mtok']);
  return { input, cachedInput: cached ?? input, output, basis: 'genai-prices' };
}

/** Every offer, prices resolved, available first (as of the build's day). */
export const siteOffers: () => Promise<ResolvedOffer[]> = fromContent(({ offers }) =>
  offers
    .map((offer) => resolveOffer(offer.id, offer.data, datasetPrices(offer), SITE_TODAY))
    .sort(byStatus),
);
