/** One comparison criterion per YAML file in `content/criteria/`; the file name is its id. */
import { z } from 'astro/zod';
import { guideRef, perApproach, slug, sourceIds, toolIds } from './common';

/** One approach's verdict on a criterion: a table cell and its reasons. */
export const verdictSchema = z.object({
  /** A few words for the table cell, such as "Low" or "Hours to days". */
  verdict: z.string().min(1).max(40),
  /** One to three sentences saying why, shown on expansion and on the criterion page. */
  explanation: z.string().min(20),
  /** 1 to 5, where 5 is the best outcome for the reader (cheapest, fastest, most flexible…). */
  rating: z.number().int().min(1).max(5),
  /** Sources behind the verdict. */
  sources: sourceIds,
});

export const criterionSchema = z.object({
  /** Short name: the table row header and the page title ("Cost"). */
  label: z.string().min(2),
  /** The reader's question the criterion answers ("How much will it cost?"). */
  question: z.string().endsWith('?'),
  /** One line that answers the question for all approaches at once. */
  summary: z.string().min(20),
  /** One of the five criteria every reader asks about (shown by the "core" filter). */
  core: z.boolean().default(false),
  /** Default row order in the table (1 = first). Unique. */
  order: z.number().int().positive(),
  /**
   * What the ends of this criterion's 1–5 rating mean, so every rating is read on a stated
   * scale: `best` describes a 5 ("Cheapest to build and run"), `worst` a 1.
   */
  scale: z.object({
    best: z.string().min(3).max(60),
    worst: z.string().min(3).max(60),
  }),
  /** Other words readers use for the criterion; they help search land on its page. */
  synonyms: z.array(z.string()).default([]),
  /** The verdict for each approach; every approach is required. */
  approaches: perApproach(verdictSchema),
  /** Where sources disagree on this criterion: who says what, in our words. */
  disagreement: z
    .object({
      summary: z.string().min(20),
      sources: sourceIds,
    })
    .optional(),
  /** Glossary ids of terms the criterion page should link. */
  glossary: z.array(slug).default([]),
  /** Guide pages (slug, optionally `slug#heading-anchor`) that discuss this criterion. */
  guide: z.array(guideRef).default([]),
  /** Tools that answer the criterion with the reader's own numbers (`cost`, `offers`). */
  tools: toolIds,
});

export type VerdictData = z.infer<typeof verdictSchema>;
export type CriterionData = z.infer<typeof criterionSchema>;
