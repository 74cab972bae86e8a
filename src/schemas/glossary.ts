/** Technical terms: `content/glossary.yaml`; each id is an anchor on /glossary/. */
import { z } from 'astro/zod';
import { slug, sourceIds } from './common';

export const termSchema = z.object({
  /** The term as written in running text. */
  term: z.string().min(2),
  /** Other names for the same thing; they help search. */
  aliases: z.array(z.string()).default([]),
  /** A definition of one to three sentences, in our words. */
  definition: z.string().min(20),
  /** Sources the definition rests on. */
  sources: sourceIds,
  /** Ids of related glossary terms. */
  related: z.array(slug).default([]),
});

export type TermData = z.infer<typeof termSchema>;
