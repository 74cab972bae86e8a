/**
 * The calculator's inputs: what each is, its unit, the range it may take and what the page calls
 * it, and the paths it can price. A link is clamped to these limits (src/lib/cost/url.ts) and the
 * model brings anything outside them inside, so no output is ever NaN or infinite.
 */

/** The four paths a team chooses between, in the order the page shows them. */
export const PATH_IDS = ['prompting', 'retrieval', 'fine-tuning', 'tuned-retrieval'] as const;
export type PathId = (typeof PATH_IDS)[number];

/** The tuned paths and the untuned path each is weighed against. */
export const COUNTERPART = { 'fine-tuning': 'prompting', 'tuned-retrieval': 'retrieval' } as const;
export type TunedPath = keyof typeof COUNTERPART;
export const isTuned = (path: PathId): path is TunedPath => path in COUNTERPART;

/** Where every path runs: bought per token from a provider, or on rented GPUs by the hour. */
export const HOSTS = ['api', 'gpu'] as const;
export type Host = (typeof HOSTS)[number];

/**
 * What the tuned paths do when the tuned model shuts down (or new jobs end while retraining is
 * planned) inside the months compared: tune again on another model (one training run and the
 * tuning hours), or switch to prompting (the untuned path's monthly cost, and the prompting hours).
 */
export const MOVES = ['tune', 'prompt'] as const;
export type Move = (typeof MOVES)[number];

/** Everything the model needs. Prices are USD per million tokens unless a field says otherwise. */
export interface CostInputs {
  /** Requests per month. */
  volume: number;
  /** Input tokens per request that every path sends (the reader's own content). */
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
  /** Keeping the tuned model deployed or stored, USD per month, whether or not it is called. */
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
  /** Tokens of retrieved passages added to each request on the retrieval paths. */
  retrieved: number;
  /** Tokens in the documents the search index holds. */
  corpus: number;
  /** Embedding price, USD per million tokens embedded. */
  embedPrice: number;
  /** Share of the corpus re-embedded each month, 0–100. */
  refresh: number;
  /** The search index, USD per month. */
  store: number;
  /** Engineering hours to build retrieval (index, search, evaluation). */
  ragHours: number;
  /** Rent of one GPU, USD per GPU-hour. */
  gpuPrice: number;
  /** Tokens a second (input and output) one GPU serves at the reader's latency target. */
  throughput: number;
  /** Training tokens a second one GPU processes. */
  trainThroughput: number;
  /** Hours a month the GPUs run; 730 is always. */
  hoursOn: number;
  /** Share of requests that can wait for a batch API, 0–100. */
  batch: number;
  /** Discount on those, 0–100. */
  batchDiscount: number;
}

/** The reader's choices that are not numbers. */
export interface CostChoices {
  /** The paths compared, in page order. */
  paths: readonly PathId[];
  host: Host;
  move: Move;
}

/** Every number input, in the order the page and the Markdown list them. */
export const INPUT_KEYS = [
  'volume',
  'input',
  'output',
  'overhead',
  'cached',
  'batch',
  'batchDiscount',
  'retrieved',
  'corpus',
  'embedPrice',
  'refresh',
  'store',
  'inPrice',
  'cachedPrice',
  'outPrice',
  'tunedInPrice',
  'tunedOutPrice',
  'trainPrice',
  'minimumPerJob',
  'hosting',
  'gpuPrice',
  'throughput',
  'trainThroughput',
  'hoursOn',
  'examples',
  'exampleTokens',
  'epochs',
  'retrains',
  'promptHours',
  'ragHours',
  'tuneHours',
  'rate',
  'months',
] as const satisfies readonly (keyof CostInputs)[];
/** The name of one number input. */
export type InputKey = (typeof INPUT_KEYS)[number];

/**
 * The figures an offer sets and a reader may replace with their own: prices, the hosting fee,
 * and for self-hosting the GPU's price and speeds. `store` is here too: no offer sets it, so it is
 * unknown until the reader or a worked example gives it.
 */
export const OFFER_KEYS = [
  'inPrice',
  'cachedPrice',
  'outPrice',
  'tunedInPrice',
  'tunedOutPrice',
  'trainPrice',
  'hosting',
  'embedPrice',
  'store',
  'gpuPrice',
  'throughput',
  'trainThroughput',
] as const satisfies readonly InputKey[];
/** A figure an offer sets and a reader may replace. */
export type OfferKey = (typeof OFFER_KEYS)[number];

/** Money keys among them, for formatting. */
const MONEY_KEYS: readonly InputKey[] = [
  'inPrice',
  'cachedPrice',
  'outPrice',
  'tunedInPrice',
  'tunedOutPrice',
  'trainPrice',
  'minimumPerJob',
  'hosting',
  'embedPrice',
  'store',
  'gpuPrice',
  'rate',
];

/** True for an input counted in dollars. */
export const isMoney = (key: InputKey): boolean => MONEY_KEYS.includes(key);

/** True for an input given as a percentage. */
export const isShare = (key: InputKey): boolean =>
  key === 'cached' || key === 'refresh' || key === 'batch' || key === 'batchDiscount';

/** What an offer contributes to the inputs: its figures and its minimum charge. */
export type OfferPrices = Pick<CostInputs, OfferKey | 'minimumPerJob'>;

/** Hours in an average month (365 × 24 / 12): a month of GPU time, and an hourly fee's month. */
export const HOURS_PER_MONTH = 730;

/** The range an input may take; `whole` inputs are rounded to whole numbers. */
export interface Limit {
  min: number;
  max: number;
  whole?: boolean;
}

/**
 * The range of every input. A link is clamped to these, and the model brings anything outside
 * them inside. The maxima are far beyond any real workload (ten billion requests a month, ten
 * million tokens a request, $10,000 per million tokens) yet small enough that every product stays
 * a finite double. GPU speeds and hours start at 1, so a GPU count is never a division by zero.
 */
export const INPUT_LIMITS: Readonly<Record<InputKey, Limit>> = {
  volume: { min: 0, max: 1e10 },
  input: { min: 0, max: 1e7 },
  output: { min: 0, max: 1e7 },
  overhead: { min: 0, max: 1e7 },
  cached: { min: 0, max: 100 },
  batch: { min: 0, max: 100 },
  batchDiscount: { min: 0, max: 100 },
  retrieved: { min: 0, max: 1e7 },
  corpus: { min: 0, max: 1e12 },
  embedPrice: { min: 0, max: 10_000 },
  refresh: { min: 0, max: 100 },
  store: { min: 0, max: 1e8 },
  inPrice: { min: 0, max: 10_000 },
  cachedPrice: { min: 0, max: 10_000 },
  outPrice: { min: 0, max: 10_000 },
  tunedInPrice: { min: 0, max: 10_000 },
  tunedOutPrice: { min: 0, max: 10_000 },
  trainPrice: { min: 0, max: 100_000 },
  minimumPerJob: { min: 0, max: 1e7 },
  hosting: { min: 0, max: 1e8 },
  gpuPrice: { min: 0, max: 10_000 },
  throughput: { min: 1, max: 1e7 },
  trainThroughput: { min: 1, max: 1e7 },
  hoursOn: { min: 1, max: HOURS_PER_MONTH },
  examples: { min: 0, max: 1e9 },
  exampleTokens: { min: 0, max: 1e7 },
  epochs: { min: 0, max: 1000 },
  retrains: { min: 0, max: 365 },
  promptHours: { min: 0, max: 100_000 },
  ragHours: { min: 0, max: 100_000 },
  tuneHours: { min: 0, max: 100_000 },
  rate: { min: 0, max: 10_000 },
  months: { min: 1, max: 120, whole: true },
};

/** What each input is called on the page, in notices and in the Markdown, with its unit. */
export const INPUT_LABELS: Readonly<Record<InputKey, string>> = {
  volume: 'Requests per month',
  input: 'Input tokens per request (your content; prompt instructions are counted below)',
  output: 'Output tokens per request',
  overhead: 'Prompt tokens tuning makes unnecessary (instructions, examples)',
  cached: 'Share of those tokens served from the prompt cache (%)',
  batch: 'Share of requests that can wait for a batch API (%)',
  batchDiscount: 'Batch discount (%)',
  retrieved: 'Retrieved passages per request (tokens)',
  corpus: 'Documents in the search index (tokens)',
  embedPrice: 'Embedding price (USD per million tokens)',
  refresh: 'Share of the documents re-embedded each month (%)',
  store: 'Search index (USD per month)',
  inPrice: 'Base model input price (USD per million tokens)',
  cachedPrice: 'Base model cached input price (USD per million tokens)',
  outPrice: 'Base model output price (USD per million tokens)',
  tunedInPrice: 'Tuned model input price (USD per million tokens)',
  tunedOutPrice: 'Tuned model output price (USD per million tokens)',
  trainPrice: 'Training price (USD per million training tokens)',
  minimumPerJob: 'Minimum charge per training job (USD)',
  hosting: 'Hosting or storage of the tuned model (USD per month)',
  gpuPrice: 'GPU price (USD per GPU-hour)',
  throughput: 'Tokens a second one GPU serves (input and output)',
  trainThroughput: 'Training tokens a second one GPU processes',
  hoursOn: 'Hours a month the GPUs run (730 = always)',
  examples: 'Training examples',
  exampleTokens: 'Tokens per example',
  epochs: 'Epochs',
  retrains: 'Retraining runs per year',
  promptHours: 'Engineering hours for prompting',
  ragHours: 'Engineering hours for retrieval',
  tuneHours: 'Engineering hours for fine-tuning',
  rate: 'Engineering rate (USD per hour)',
  months: 'Months compared',
};

/** A short name for an input inside a sentence: the label without its unit, lower-cased. */
export function inputName(key: InputKey): string {
  const label = INPUT_LABELS[key].replace(/ \(.*\)$/, '');
  return label.charAt(0).toLowerCase() + label.slice(1);
}

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
