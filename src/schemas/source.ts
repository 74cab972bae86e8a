/** The articles and documents the guide cites: `content/sources.yaml`. */
import { z } from 'astro/zod';
import { date } from './common';

export const sourceSchema = z.object({
  /** Full title as published. */
  title: z.string().min(3),
  /** Who published it (company, site, or a description when unnamed). */
  publisher: z.string().min(2),
  /** `article`: one of the five source articles; `vendor`: a model vendor's documentation. */
  kind: z.enum(['article', 'vendor']),
  /** Publication date, when the source gives one. */
  published: date.optional(),
  /** Last-updated date, when the source gives one. */
  updated: date.optional(),
  /** What to say when the source gives no usable date. */
  dateNote: z.string().optional(),
  /** Address, when known. */
  url: z.url().optional(),
  /** The file under `shared/sources/` the article text came from. */
  file: z.string().optional(),
  /** `legacy` or `deprecated` when the publisher itself says so. */
  status: z.enum(['current', 'legacy', 'deprecated']).default('current'),
  /** What the publisher says about that status. */
  statusNote: z.string().optional(),
  /** What the source contributes to the guide, in our words. */
  contributes: z.string().min(30),
});

export type SourceData = z.infer<typeof sourceSchema>;
