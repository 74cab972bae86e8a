/**
 * Where fine-tuning is on offer, at what price and until when: one YAML file per offer in
 * `content/offers/` (the file name is its id, used in /cost/?offer=<id> and /offers.json).
 * Prices are US dollars. Every figure carries its evidence (src/schemas/evidence.ts): where it was
 * read, the source's words and where they are; a figure nobody could read is `unknown`.
 *
 * An offer names its base model (`model`, a file in content/models/) and takes its shutdown date
 * from it. Its status is never written here: the build derives it from the dates (see
 * src/lib/offers/status.ts), so the site is right the day after a deadline without an edit.
 * Base-model prices come from the @pydantic/genai-prices dataset when the model names its entry
 * there; otherwise the offer gives them in `base`.
 */
import { z } from 'astro/zod';
import { date, slug, sourceIds } from './common';
import { UNKNOWN, evidenceFields, needsEvidence, usdOrUnknown } from './evidence';

const usd = z.number().nonnegative();

/** A date announced for the tuning service, with its evidence. */
const announced = z
  .object({
    date,
    /** True when the provider gives the day as "no earlier than": plan for it, it may move. */
    earliest: z.boolean().default(false),
    ...evidenceFields,
  })
  .superRefine((d, ctx) => needsEvidence(d, true, ctx));

/** Prices per million tokens that were read somewhere. */
const tokenPrices = z
  .object({
    input: usd,
    /** Input tokens served from the provider's prompt cache; left out when there is no discount. */
    cachedInput: usd.optional(),
    output: usd,
    ...evidenceFields,
  })
  .superRefine((p, ctx) => needsEvidence(p, true, ctx));

/** The tuned model's prices: read (or `unknown`), or the base model's by the provider's rule. */
const tunedPrices = z.union([
  z
    .object({
      /** The provider bills a tuned model at its base model's rates; the evidence is that rule. */
      sameAsBase: z.literal(true),
      ...evidenceFields,
    })
    .superRefine((p, ctx) => needsEvidence(p, true, ctx)),
  z
    .object({
      input: usdOrUnknown,
      cachedInput: usd.optional(),
      output: usdOrUnknown,
      ...evidenceFields,
    })
    .superRefine((p, ctx) => {
      if ((p.input === UNKNOWN) !== (p.output === UNKNOWN))
        ctx.addIssue({
          code: 'custom',
          path: ['output'],
          message: 'give both input and output prices, or mark both unknown',
        });
      needsEvidence(p, p.input !== UNKNOWN, ctx);
    }),
]);

/** What a tuning job costs. */
const training = z
  .object({
    /** Per million training tokens (tokens in the data set × epochs). */
    perMillionTokens: usdOrUnknown,
    /** The least a job costs, whatever its size; left out when none is stated. */
    minimumPerJob: z
      .object({ usd, ...evidenceFields })
      .superRefine((m, ctx) => needsEvidence(m, true, ctx))
      .optional(),
    ...evidenceFields,
  })
  .superRefine((t, ctx) => needsEvidence(t, t.perMillionTokens !== UNKNOWN, ctx));

/** A fee for keeping the tuned model deployed or stored, whether or not it is called. */
const hosting = z
  .object({
    perHour: usdOrUnknown.optional(),
    perMonth: usdOrUnknown.optional(),
    ...evidenceFields,
  })
  .superRefine((h, ctx) => {
    if ((h.perHour === undefined) === (h.perMonth === undefined))
      ctx.addIssue({ code: 'custom', path: ['perHour'], message: 'give perHour or perMonth' });
    needsEvidence(h, (h.perHour ?? h.perMonth) !== UNKNOWN, ctx);
  });

/** A speed one GPU reaches, with the conditions it was measured under in `note`. */
const speed = z
  .object({ tokensPerSecond: z.number().positive(), ...evidenceFields })
  .superRefine((s, ctx) => needsEvidence(s, true, ctx));

/** Self-hosting: every path runs on rented GPUs, priced by the hour (the calculator's host=gpu). */
const gpu = z
  .object({
    /** The GPU, as one unit: "one H100 80GB". */
    name: z.string().min(3),
    /** Rent per GPU-hour. */
    perHour: usd,
    ...evidenceFields,
    /** Tokens a second (input and output) one GPU serves. */
    throughput: speed,
    /** Training tokens a second one GPU processes. */
    trainThroughput: speed,
  })
  .superRefine((g, ctx) => needsEvidence(g, true, ctx));

export const offerSchema = z
  .object({
    /** Who sells it ("OpenAI", "Google Cloud", "Self-hosted (rented GPU)"). */
    provider: z.string().min(2),
    /** The offer as readers know it ("Fine-tuned GPT-4.1 mini"). */
    label: z.string().min(3),
    /** The base model: a file name in content/models/. Its retirement is the offer's shutdown. */
    model: slug,
    /** Tuning methods offered for this model. */
    methods: z.array(z.enum(['supervised', 'lora', 'preference', 'reinforcement'])).min(1),
    /** The tuning service's own announced dates; left out when none is known. */
    dates: z
      .object({
        /** From this day, customers new to the service cannot start. */
        closedToNew: announced.optional(),
        /** From this day, no new tuning jobs are accepted. */
        lastNewJobs: announced.optional(),
      })
      .default({}),
    /** What a training run costs; derived from `gpu` for self-hosting. */
    training: training.optional(),
    /** The base model's prices, when the model has no @pydantic/genai-prices entry. */
    base: tokenPrices.optional(),
    /** What calling the tuned model costs per million tokens. */
    tuned: tunedPrices.optional(),
    /** A fee for keeping the tuned model deployed or stored; left out when there is none. */
    hosting: hosting.optional(),
    /** Self-hosting on rented GPUs: the GPU, its price and speeds. */
    gpu: gpu.optional(),
    /** An embedding model for retrieval, priced from @pydantic/genai-prices. */
    embedding: z
      .object({
        name: z.string().min(2),
        genaiPrices: z.object({ provider: z.string(), model: z.string() }),
      })
      .optional(),
    /** What a reader must know to use the figures. */
    notes: z.string().optional(),
    /** Every source the figures and dates rest on (ids in content/sources.yaml). */
    sources: sourceIds,
    /** The day the prices and dates were last checked. */
    checked: date,
  })
  .superRefine((offer, ctx) => {
    if (offer.gpu) return;
    if (!offer.training)
      ctx.addIssue({
        code: 'custom',
        path: ['training'],
        message: 'give the training price (or `gpu` for self-hosting)',
      });
    if (!offer.tuned)
      ctx.addIssue({
        code: 'custom',
        path: ['tuned'],
        message: 'give the tuned model’s prices (or `gpu` for self-hosting)',
      });
  });

export type OfferData = z.infer<typeof offerSchema>;
