/**
 * Worked examples for the cost calculator: `content/cost-examples.yaml`. Each is a project a
 * reader can start from (/cost/?project=<id>); the first is the calculator's starting point when
 * its offer is open to new customers. Each is computed at build time by the same pure function
 * the calculator runs, so the page is useful without JavaScript. The figures are assumptions for
 * illustration, stated as such on the page, except the prices, which come from the offer.
 */
import { z } from 'astro/zod';

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(100);
const PATHS = ['prompting', 'retrieval', 'fine-tuning', 'tuned-retrieval'] as const;

export const costExampleSchema = z.object({
  /** Position on the page (1 = first, the calculator's starting point). Unique. */
  order: z.number().int().positive(),
  /** The example's name ("A support assistant"); it names the project in the calculator. */
  title: z.string().min(5),
  /** Who it is and why these numbers, in one or two sentences. */
  description: z.string().min(20),
  /** The offer whose prices it uses (a file name in content/offers/). */
  offer: z.string(),
  /** The paths it compares, in any order. */
  paths: z.array(z.enum(PATHS)).min(1).default(['prompting', 'fine-tuning']),
  /** What the tuned paths do if their model stops inside the months: tune again or prompt. */
  move: z.enum(['tune', 'prompt']).default('tune'),
  volume: count,
  input: count,
  output: count,
  overhead: count,
  cached: share,
  /** Share of requests that can wait for a batch API, and its discount (%). */
  batch: share.default(0),
  batchDiscount: share.default(50),
  /** Tokens of retrieved passages per request, and in the indexed documents. */
  retrieved: count,
  corpus: count,
  /** Share of the documents re-embedded each month (%). */
  refresh: share,
  /** The search index, USD per month: an assumption; left out, the calculator says unknown. */
  store: z.number().nonnegative().optional(),
  /** Hours a month rented GPUs run (730 = always). */
  hoursOn: z.number().min(1).max(730).default(730),
  examples: count,
  exampleTokens: count,
  epochs: count,
  retrains: count,
  promptHours: z.number().nonnegative(),
  ragHours: z.number().nonnegative(),
  tuneHours: z.number().nonnegative(),
  rate: z.number().nonnegative(),
  months: z.number().int().min(1).max(120),
});

export type CostExampleData = z.infer<typeof costExampleSchema>;
