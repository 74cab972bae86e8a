/**
 * A base model as one provider sells it, with the day it retires: `content/models/<id>.yaml`.
 * Offers name their model and take their shutdown date from it, so a retirement is written once
 * and every offer, the calculator and the offers page follow it. A tuned model stops with its
 * base model unless the provider keeps tuned deployments running longer (`tunedUntil`).
 */
import { z } from 'astro/zod';
import { date } from './common';
import { evidenceFields, needsEvidence } from './evidence';

/**
 * When the model retires: a date; `none announced` (the provider lists it with no date);
 * `unknown` (no lifecycle statement could be read); `open weights` (weights you download and
 * run yourself, which no provider can retire).
 */
export const retirement = z.union([date, z.enum(['none announced', 'unknown', 'open weights'])]);

export const modelSchema = z
  .object({
    /** Who sells it ("OpenAI", "Microsoft Foundry", "Amazon Bedrock"). */
    provider: z.string().min(2),
    /** The provider's id for the model ("gpt-4.1-mini-2025-04-14"). */
    model: z.string().min(2),
    /** The model as readers know it ("GPT-4.1 mini"). */
    name: z.string().min(2),
    /** Where @pydantic/genai-prices lists the model's prices (provider id, model id), if it does. */
    genaiPrices: z.object({ provider: z.string(), model: z.string() }).optional(),
    /** The retirement date, or why there is none. */
    retires: retirement,
    /** With `none announced`: the earliest day the provider says it could retire. */
    notBefore: date.optional(),
    /**
     * When tuned models of it keep serving past the base model's retirement (Microsoft Foundry
     * keeps tuned deployments a year longer): that day, with its own evidence.
     */
    tunedUntil: z
      .object({ date, ...evidenceFields })
      .superRefine((t, ctx) => needsEvidence(t, true, ctx))
      .optional(),
    ...evidenceFields,
    /** The day the retirement date was last checked. */
    checked: date,
  })
  .superRefine((model, ctx) => {
    // Open weights need no source for a date that cannot exist; an unknown date needs a note.
    if (model.retires === 'open weights') return;
    const known = model.retires !== 'unknown';
    // A date read only in someone else's copy may have no vendor words to quote; say so instead.
    if (known && model.basis === 'secondary' && model.quote === undefined) {
      if (!model.note)
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'a secondary date without a quote needs a note saying where it was read',
        });
      return;
    }
    needsEvidence(model, known, ctx);
    if (model.notBefore && model.retires !== 'none announced')
      ctx.addIssue({
        code: 'custom',
        path: ['notBefore'],
        message: 'notBefore goes with retires: none announced',
      });
  });

export type ModelData = z.infer<typeof modelSchema>;
