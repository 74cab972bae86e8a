/**
 * The calculator's inputs: what each is, its unit, the range it may take and what the page calls
 * it. A link is clamped to these limits (src/lib/cost/url.ts) and the model brings anything
 * outside them inside, so no output is ever NaN or infinite.
 */
/** Everything the model needs. Prices are USD per million tokens unless a field says otherwise. */
export interface CostInputs {
  /** Requests per month. */
  volume: number;
  /** Input tokens per request that both paths send (the reader's own content). */
  input: number;
  /** Output tokens per request. */
  output: number;
  /** Prompt tokens per request that tuning would make unnecessary: instructions, examples. */
  overhead: number;
  /** Share of that overhead served from the prompt cache, 0–100. */
  cached: number;
  /** The base model's input price. */
  inPrice: number;
  /** The base model's price for cached input; the input price where there is no discount. */
  cachedPrice: number;
  /** The base model's output price. */
  outPrice: number;
  /** The tuned model's input price. */
  tunedInPrice: number;
  /** The tuned model's output price. */
  tunedOutPrice: number;
  /** Training price per million training tokens (examples × tokens per example × epochs). */
  trainPrice: number;
  /** The least a training job costs, in USD, however small it is. */
  minimumPerJob: number;
  /** Keeping the tuned model deployed, USD per month, whether or not it is called. */
  hosting: number;
  /** Training examples. */
  examples: number;
  /** Tokens per training example. */
  exampleTokens: number;
  /** Passes over the training set. */
  epochs: number;
  /** Retraining runs per year, each costing one training run. */
  retrains: number;
  /** Engineering hours to build the prompted path. */
  promptHours: number;
  /** Engineering hours to build the tuned path (data, training, evaluation). */
  tuneHours: number;
  /** Engineering rate, USD per hour. */
  rate: number;
  /** Months to compare over (whole months). */
  months: number;
}

/** Every input, in the order the page and the Markdown list them. */
export const INPUT_KEYS = [
  'volume',
  'input',
  'output',
  'overhead',
  'cached',
  'inPrice',
  'cachedPrice',
  'outPrice',
  'tunedInPrice',
  'tunedOutPrice',
  'trainPrice',
  'minimumPerJob',
  'examples',
  'exampleTokens',
  'epochs',
  'retrains',
  'hosting',
  'promptHours',
  'tuneHours',
  'rate',
  'months',
] as const satisfies readonly (keyof CostInputs)[];
/** The name of one input. */
export type InputKey = (typeof INPUT_KEYS)[number];

/** The per-token and training prices an offer sets and a reader may replace with their own. */
export const TOKEN_PRICE_KEYS = [
  'inPrice',
  'cachedPrice',
  'outPrice',
  'tunedInPrice',
  'tunedOutPrice',
  'trainPrice',
] as const satisfies readonly InputKey[];
/** Every figure an offer sets that a reader may replace: the token prices and the hosting fee. */
export const PRICE_KEYS = [...TOKEN_PRICE_KEYS, 'hosting'] as const;
/** A figure an offer sets and a reader may replace. */
export type PriceKey = (typeof PRICE_KEYS)[number];

/** What an offer contributes to the inputs: its prices, hosting per month and minimum charge. */
export type OfferPrices = Pick<CostInputs, PriceKey | 'minimumPerJob'>;

/**
 * Hours in an average month (365 × 24 / 12), to turn an hourly hosting fee into `hosting`.
 * Offers priced per training hour can give a run's cost as `minimumPerJob` with no `trainPrice`.
 */
export const HOURS_PER_MONTH = 730;

/** The range an input may take; `whole` inputs are rounded to whole numbers. */
export interface Limit {
  min: number;
  max: number;
  whole?: boolean;
}

/**
 * The range of every input. A link is clamped to these (src/lib/cost/url.ts), and the model
 * brings anything outside them inside, so no output is ever NaN or infinite. The maxima are far
 * beyond any real workload (ten billion requests a month, ten million tokens a request, $10,000
 * per million tokens) yet small enough that every product stays a finite double.
 */
export const INPUT_LIMITS: Readonly<Record<InputKey, Limit>> = {
  volume: { min: 0, max: 1e10 },
  input: { min: 0, max: 1e7 },
  output: { min: 0, max: 1e7 },
  overhead: { min: 0, max: 1e7 },
  cached: { min: 0, max: 100 },
  inPrice: { min: 0, max: 10_000 },
  cachedPrice: { min: 0, max: 10_000 },
  outPrice: { min: 0, max: 10_000 },
  tunedInPrice: { min: 0, max: 10_000 },
  tunedOutPrice: { min: 0, max: 10_000 },
  trainPrice: { min: 0, max: 100_000 },
  minimumPerJob: { min: 0, max: 1e7 },
  hosting: { min: 0, max: 1e8 },
  examples: { min: 0, max: 1e9 },
  exampleTokens: { min: 0, max: 1e7 },
  epochs: { min: 0, max: 1000 },
  retrains: { min: 0, max: 365 },
  promptHours: { min: 0, max: 100_000 },
  tuneHours: { min: 0, max: 100_000 },
  rate: { min: 0, max: 10_000 },
  months: { min: 1, max: 120, whole: true },
};

/** What each input is called on the page, in notices and in the Markdown, with its unit. */
export const INPUT_LABELS: Readonly<Record<InputKey, string>> = {
  volume: 'Requests per month',
  input: 'Input tokens per request',
  output: 'Output tokens per request',
  overhead: 'Prompt tokens tuning makes unnecessary',
  cached: 'Share of those tokens served from the prompt cache (%)',
  inPrice: 'Base model input price (USD per million tokens)',
  cachedPrice: 'Base model cached input price (USD per million tokens)',
  outPrice: 'Base model output price (USD per million tokens)',
  tunedInPrice: 'Tuned model input price (USD per million tokens)',
  tunedOutPrice: 'Tuned model output price (USD per million tokens)',
  trainPrice: 'Training price (USD per million training tokens)',
  minimumPerJob: 'Minimum charge per training job (USD)',
  hosting: 'Hosting for the tuned model (USD per month)',
  examples: 'Training examples',
  exampleTokens: 'Tokens per example',
  epochs: 'Epochs',
  retrains: 'Retraining runs per year',
  promptHours: 'Engineering hours for prompting',
  tuneHours: 'Engineering hours for fine-tuning',
  rate: 'Engineering rate (USD per hour)',
  months: 'Months compared',
};

/** The inputs with every figure inside INPUT_LIMITS (NaN becomes the minimum). */
export function withinLimits(inputs: CostInputs): CostInputs {
  const out = { ...inputs };
  for (const key of INPUT_KEYS) {
    const { min, max, whole } = INPUT_LIMITS[key];
    const value = inputs[key];
    const clamped = Number.isNaN(value) ? min : Math.min(max, Math.max(min, value));
    out[key] = whole ? Math.round(clamped) : clamped;
  }
  return out;
}
