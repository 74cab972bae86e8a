/**
 * The approaches the site compares: `content/approaches.yaml`. Their ids are fixed by
 * `APPROACH_IDS` in src/lib/site/approaches.ts (a public contract); this file holds what readers see.
 */
import { z } from 'astro/zod';

export const approachSchema = z.object({
  /** Full name ("Prompt engineering"). */
  label: z.string(),
  /** A short name for narrow table headers. */
  short: z.string(),
  /** One sentence on what the approach is. */
  summary: z.string().min(20),
});

export type ApproachData = z.infer<typeof approachSchema>;
