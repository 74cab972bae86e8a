/**
 * Building blocks shared by the content schemas: ids, lists of cited sources, references to
 * guide sections, and objects with one entry per approach. Imports only `astro/zod` and the
 * approach ids (a dependency-free list of constants).
 */
import { z } from 'astro/zod';
import { APPROACH_IDS, type ApproachId } from '../lib/site/approaches';

/** Lower-case words joined by hyphens: ids that end up in URLs and anchors. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

/** A list of source ids from `content/sources.yaml`. */
export const sourceIds = z.array(slug).min(1, 'cite at least one source');

/** One of the approaches the site compares. */
export const approachId = z.enum(APPROACH_IDS);

/** A guide page slug, optionally with a heading anchor: `data` or `data#how-much`. */
export const guideRef = z
  .string()
  .regex(/^[a-z0-9-]+(?:#[a-z0-9-]+)?$/, 'use a guide slug, optionally #anchor');

/** The site's tools a criterion or checklist question can point readers to. */
export const toolIds = z.array(z.enum(['cost', 'offers', 'retrieval-cost'])).default([]);

/** A calendar date in YAML (`2026-11-30`), read as midnight UTC. */
export const date = z.coerce.date();

/**
 * An object with the same schema for every approach, keyed by approach id and built from
 * `APPROACH_IDS`, so adding an approach is one line of data and every such object follows.
 */
export function perApproach<T extends z.ZodType>(schema: T) {
  const shape = Object.fromEntries(APPROACH_IDS.map((id) => [id, schema])) as {
    [K in ApproachId]: T;
  };
  return z.object(shape);
}
