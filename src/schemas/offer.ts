/**
 * Where fine-tuning is on offer, at what price and until when: one YAML file per offer in
 * `content/offers/` (the file name is its id, used in /cost/?offer=<id> and /offers.json).
 * Prices are US dollars. Base-model inference prices come from the @pydantic/genai-prices
 * dataset when `baseModel.genaiPrices` names the model there; otherwise they are typed here.
 * Every typed figure says whether it was read on the vendor's own page or only in a secondary
 * source, and the offer says when its prices were `checked`.
 */
import { z } from 'astro/zod';
import { date, sourceIds } from './common';

/** Where a figure was read: the vendor's page, a worked example there, or someone else's copy. */
const basis = z.enum(['vendor', 'vendor-example', 'secondary']);

const usd = z.number().nonnegative();

/** Prices per million tokens. */
const tokenPrices = z.object({
  input: usd,
  /** Input tokens served from the provider's prompt cache; left out when there is no discount. */
  cachedInput: usd.optional(),
  output: usd,
  basis,
  note: z.string().optional(),
});

export const offerSchema = z
  .object({
    /** Who sells it ("OpenAI", "Google Cloud", "Self-hosted"). */
    provider: z.string().min(2),
    /** The offer as readers know it ("Fine-tuned GPT-4.1 mini"). */
    label: z.string().min(3),
    /** The base model: its name, and where @pydantic/genai-prices lists it (provider, model id). */
    baseModel: z.object({
      name: z.string().min(2),
      genaiPrices: z.object({ provider: z.string(), model: z.string() }).optional(),
    }),
    /** Tuning methods offered for this model. */
    methods: z.array(z.enum(['supervised', 'lora', 'preference', 'reinforcement'])).min(1),
    /** `available`, `closing` (dates announced) or `closed`. */
    status: z.enum(['available', 'closing', 'closed']),
    /** Announced dates; left out when none is known. */
    dates: z
      .object({
        /** From this day, organisations new to the service cannot start. */
        closedToNew: date.optional(),
        /** From this day, no new tuning jobs are accepted. */
        lastNewJobs: date.optional(),
        /** The day tuned models stop answering (usually with their base model). */
        shutdown: date.optional(),
      })
      .default({}),
    /** What a training run costs: per million training tokens (tokens × epochs) or per hour. */
    training: z.object({
      perMillionTokens: usd.optional(),
      perHour: usd.optional(),
      /** Hours a run takes, for hourly pricing (an assumption, stated in `note`). */
      hoursPerRun: z.number().positive().optional(),
      /** The least a job costs, whatever its size. */
      minimumPerJob: usd.optional(),
      basis,
      note: z.string().optional(),
    }),
    /**
     * What calling the tuned model costs per million tokens. Left out when a tuned model is only
     * served on capacity you pay for by the hour (`hosting`), so tokens cost nothing extra.
     */
    tunedInference: tokenPrices.optional(),
    /** The base model's prices, when @pydantic/genai-prices does not carry them. */
    baseInference: tokenPrices.optional(),
    /** A fee for keeping the tuned model deployed, per hour, whether or not it is called. */
    hosting: z.object({ perHour: usd, basis, note: z.string().min(10) }).optional(),
    /** For capacity paid by the hour: what one unit serves, so a reader can size it. */
    throughput: z
      .object({
        /** Output tokens per second one unit sustains, and under what conditions. */
        tokensPerSecond: z.number().positive(),
        note: z.string().min(10),
      })
      .optional(),
    /** What a reader must know to use the figures. */
    notes: z.string().optional(),
    /** Sources for the figures and dates (ids in content/sources.yaml). */
    sources: sourceIds,
    /** The day the prices and dates were last checked. */
    checked: date,
  })
  .superRefine((offer, ctx) => {
    const t = offer.training;
    if (t.perMillionTokens === undefined && t.perHour === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['training'],
        message: 'give perMillionTokens or perHour',
      });
    }
    if (t.perHour !== undefined && t.hoursPerRun === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['training', 'hoursPerRun'],
        message: 'hourly training needs the hours a run takes',
      });
    }
    if (!offer.baseModel.genaiPrices && !offer.baseInference) {
      ctx.addIssue({
        code: 'custom',
        path: ['baseInference'],
        message: 'give the base model prices, or where @pydantic/genai-prices lists the model',
      });
    }
    if (!offer.tunedInference && !offer.hosting) {
      ctx.addIssue({
        code: 'custom',
        path: ['tunedInference'],
        message: 'give per-token prices for the tuned model, or the hourly hosting that serves it',
      });
    }
    if (offer.status !== 'available' && !offer.dates.lastNewJobs && !offer.dates.shutdown) {
      ctx.addIssue({
        code: 'custom',
        path: ['dates'],
        message: 'a closing or closed offer needs its last-jobs or shutdown date',
      });
    }
  });

export type OfferData = z.infer<typeof offerSchema>;
