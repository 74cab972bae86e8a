/** Guide pages: MDX in `content/guide/`; the file name (without `.mdx`) is the URL slug. */
import { z } from 'astro/zod';
import { approachId, date, sourceIds } from './common';

export const guideSchema = z.object({
  /** The page title: the `<h1>`, the `<title>` and the link text in navigation. */
  title: z.string().min(3),
  /** One or two sentences for the meta description, search results and the guide index. */
  description: z.string().min(30).max(200),
  /** Position in reading order (1 = first); previous/next links follow it. Unique. */
  order: z.number().int().positive(),
  /** Ids of every source the page cites, in any order; must match the page's <Cite> ids. */
  sources: sourceIds,
  /** The date a person last checked the page against its sources. */
  reviewed: date,
  /** Which approaches the page covers, for search filters. */
  approaches: z.array(approachId).min(1),
});

export type GuideData = z.infer<typeof guideSchema>;
