/**
 * Worked examples for the cost calculator: `content/cost-examples.yaml`. The first is also the
 * calculator's starting point. Each is computed at build time by the same pure function the
 * calculator runs, so the page is useful without JavaScript. The figures are assumptions for
 * illustration, stated as such on the page, except the prices, which come from the offer.
 */
import { z } from 'astro/zod';

const count = z.number().int().nonnegative();

export const costExampleSchema = z.object({
  /** Position on the page (1 = first, the calculator's starting point). Unique. */
  order: z.number().int().positive(),
  /** The example's name ("A support assistant"). */
  title: z.string().min(5),
  /** Who it is and why these numbers, in one or two sentences. */
  description: z.string().min(20),
  /** The offer whose prices it uses (a file name in content/offers/). */
  offer: z.string(),
  volume: count,
  input: count,
  output: count,
  overhead: count,
  cached: z.number().min(0).max(100),
  examples: count,
  exampleTokens: count,
  epochs: count,
  retrains: count,
  promptHours: z.number().nonnegative(),
  tuneHours: z.number().nonnegative(),
  rate: z.number().nonnegative(),
  months: z.number().int().min(1).max(120),
});

export type CostExampleData = z.infer<typeof costExampleSchema>;
