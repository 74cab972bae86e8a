/**
 * The calculator's inputs in a URL query, so a reader's figures can be bookmarked and shared.
 * One parameter per input, named as the issue lists them and written in this order:
 *
 *   volume input output overhead cached offer inPrice cachedPrice outPrice tunedInPrice
 *   tunedOutPrice trainPrice examples exampleTokens epochs retrains hosting promptHours
 *   tuneHours rate months
 *
 * Only what differs from the page's defaults is written, so a plain /cost/ is the default view.
 * `offer` is an offer id; the prices (and `hosting`) are written only when the reader typed them,
 * and replace the offer's. A link with typed prices and no `offer` uses only the figures it
 * gives (see `resolvePrices`).
 *
 * Decoding never trusts the URL. A value that is not a plain decimal number, is negative, or is
 * repeated is ignored (the first of a repeat is used); one outside INPUT_LIMITS (src/lib/cost/cost.ts)
 * is clamped to the nearest limit (so `cached` stays within 0–100 and `months` within 1–120), and
 * `months` is rounded to whole months; an unknown offer is ignored. Each gives a plain notice
 * naming the field, never repeating the value, which may be hostile markup.
 */
import {
  INPUT_LABELS,
  INPUT_LIMITS,
  PRICE_KEYS,
  TOKEN_PRICE_KEYS,
  type CostInputs,
  type OfferPrices,
  type PriceKey,
} from './inputs';
import { formatCount } from './format';

/** What a link can set: every input but the minimum charge, which only an offer has. */
export type CostValues = Omit<CostInputs, 'minimumPerJob'>;
/** The name of one figure a link can set. */
export type ValueKey = keyof CostValues;

/**
 * The query parameters, in the order they are written. Spelled out rather than derived from
 * INPUT_KEYS: this order is part of every shared link, so it must not move when inputs do.
 */
export const COST_PARAMS = [
  'volume',
  'input',
  'output',
  'overhead',
  'cached',
  'offer',
  'inPrice',
  'cachedPrice',
  'outPrice',
  'tunedInPrice',
  'tunedOutPrice',
  'trainPrice',
  'examples',
  'exampleTokens',
  'epochs',
  'retrains',
  'hosting',
  'promptHours',
  'tuneHours',
  'rate',
  'months',
] as const satisfies readonly (ValueKey | 'offer')[];
/** The name of one query parameter. */
export type CostParam = (typeof COST_PARAMS)[number];

/** Everything a reader can change on the page; a shared link carries all of it. */
export interface CostState {
  /** The figures in the form. A price counts only where `customPrices` marks it (see below). */
  values: CostValues;
  /** The chosen offer's id; undefined when the reader works from their own prices alone. */
  offer: string | undefined;
  /** The prices (and hosting) the reader typed, which replace the offer's. */
  customPrices: ReadonlySet<PriceKey>;
}

/** The page's default view: its figures and the offer it starts from. */
export interface CostDefaults {
  values: CostValues;
  offer: string;
}

/** A state read from a link, with what was ignored, clamped or rounded on the way. */
export interface DecodedCost extends CostState {
  /** One plain sentence per parameter that was ignored, clamped or rounded. */
  notices: string[];
}

/** Longer values are not numbers or ids anyone typed; they are dropped before being parsed. */
const MAX_LENGTH = 100;

// A plain decimal, optionally with an exponent (how String() writes very small numbers). The
// branches start with different characters, so matching takes linear time on any input.
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

const isPrice = (key: string): key is PriceKey => (PRICE_KEYS as readonly string[]).includes(key);
const isTokenPrice = (key: string): boolean =>
  (TOKEN_PRICE_KEYS as readonly string[]).includes(key);

/** How a notice names a field: its label and its parameter, both ours, never the URL's. */
const field = (key: ValueKey): string => `“${INPUT_LABELS[key]}” (${key})`;

/** Reads the calculator's state from a query string (with or without "?"). */
export function decodeCost(
  query: string,
  options: { offers: readonly string[]; defaults: CostDefaults },
): DecodedCost {
  const params = new URLSearchParams(query);
  const { defaults } = options;
  const values: CostValues = { ...defaults.values };
  const customPrices = new Set<PriceKey>();
  const notices: string[] = [];
  const read = (name: CostParam, label: string): string | undefined => {
    const all = params.getAll(name);
    if (all.length > 1)
      notices.push(`${label} appears more than once in the link; only the first is used.`);
    return all[0];
  };

  for (const key of COST_PARAMS) {
    if (key === 'offer') continue;
    const raw = read(key, field(key));
    if (raw === undefined) continue;
    const value = readNumber(key, raw, notices);
    if (value === undefined) continue;
    values[key] = value;
    if (isPrice(key)) customPrices.add(key);
  }

  const given = read('offer', 'The offer (offer)');
  let offer: string | undefined;
  if (given !== undefined && given.length <= MAX_LENGTH && options.offers.includes(given)) {
    offer = given;
  } else {
    const custom = [...customPrices].some(isTokenPrice);
    if (given !== undefined)
      notices.push(
        custom
          ? 'The offer (offer) in the link is not one the calculator knows, so only the prices the link gives are used.'
          : 'The offer (offer) in the link is not one the calculator knows, so the default offer is used.',
      );
    // Typed prices without an offer stand alone; otherwise the page's default offer applies.
    offer = custom ? undefined : defaults.offer;
  }
  return { values, offer, customPrices, notices };
}

/** One numeric parameter, checked against its limits; undefined (with a notice) when unusable. */
function readNumber(key: ValueKey, raw: string, notices: string[]): number | undefined {
  const text = raw.trim();
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  if (text.length > MAX_LENGTH || !NUMBER.test(digits)) {
    notices.push(`${field(key)} in the link is not a number, so the default is used.`);
    return undefined;
  }
  const number = Number(digits);
  if (negative && number !== 0) {
    notices.push(`${field(key)} in the link is negative, so the default is used.`);
    return undefined;
  }
  const { min, max, whole } = INPUT_LIMITS[key];
  if (number > max) {
    notices.push(
      `${field(key)} in the link is more than the calculator allows, so ${formatCount(max)} is used.`,
    );
    return max;
  }
  if (number < min) {
    notices.push(
      `${field(key)} in the link is less than the calculator allows, so ${formatCount(min)} is used.`,
    );
    return min;
  }
  if (whole && !Number.isInteger(number)) {
    notices.push(`${field(key)} in the link is not a whole number, so it is rounded.`);
    return Math.round(number);
  }
  return number;
}

/**
 * The query string for a state, without the leading "?"; empty for the default view. Figures are
 * written when they differ from the defaults, prices when the reader typed them. The offer is
 * written when it is not the default, or when typed prices would otherwise read as "no offer".
 * A state with no offer and no typed price (every price 0) is written as `inPrice=0`, which
 * reads back as the same.
 */
export function encodeCost(state: CostState, defaults: CostDefaults): string {
  const params = new URLSearchParams();
  const typedTokenPrice = [...state.customPrices].some(isTokenPrice);
  for (const key of COST_PARAMS) {
    if (key === 'offer') {
      if (state.offer !== undefined && (state.offer !== defaults.offer || typedTokenPrice))
        params.set(key, state.offer);
      continue;
    }
    if (isPrice(key)) {
      if (state.customPrices.has(key)) params.set(key, String(state.values[key]));
      else if (key === 'inPrice' && state.offer === undefined && !typedTokenPrice)
        params.set(key, '0');
    } else if (state.values[key] !== defaults.values[key]) {
      params.set(key, String(state.values[key]));
    }
  }
  return params.toString();
}

/**
 * The prices a calculation uses. With an offer, the typed figures replace the offer's and the
 * rest are the offer's (its minimum charge included). Without one, only the typed figures count,
 * as the issue has it: every price not given is 0, except the cached input price, which is the
 * input price (no figure means no discount); there is no minimum charge and no hosting but the
 * typed `hosting`.
 */
export function resolvePrices(
  offer: OfferPrices | undefined,
  custom: Partial<Record<PriceKey, number>>,
): OfferPrices {
  if (offer) return { ...offer, ...custom };
  const inPrice = custom.inPrice ?? 0;
  return {
    inPrice,
    cachedPrice: custom.cachedPrice ?? inPrice,
    outPrice: custom.outPrice ?? 0,
    tunedInPrice: custom.tunedInPrice ?? 0,
    tunedOutPrice: custom.tunedOutPrice ?? 0,
    trainPrice: custom.trainPrice ?? 0,
    hosting: custom.hosting ?? 0,
    minimumPerJob: 0,
  };
}

/** The model's inputs for a state: its figures, with prices from the offer and what was typed. */
export function resolveInputs(state: CostState, offer: OfferPrices | undefined): CostInputs {
  const custom: Partial<Record<PriceKey, number>> = {};
  for (const key of state.customPrices) custom[key] = state.values[key];
  return { ...state.values, ...resolvePrices(offer, custom) };
}
