/**
 * What a dated figure rests on: where it was read (`basis`), the source (an id in
 * content/sources.yaml), the source's own words (`quote`) and where they are (`locator`). Shared
 * by the offers and the base models, so a reader can check every price and date against the
 * words it came from. A figure nobody could read is `unknown`, never 0: it carries a `note`
 * saying what was looked for, and may still quote what the source says about how it is billed.
 */
import { z } from 'astro/zod';
import { slug } from './common';

/** Where a figure was read: the vendor's page, a worked example there, or someone else's copy. */
export const basis = z.enum(['vendor', 'vendor-example', 'secondary']);

/** The value of a figure nobody could read. */
export const UNKNOWN = 'unknown';

/** A dollar amount, or `unknown`. */
export const usdOrUnknown = z.union([z.number().nonnegative(), z.literal(UNKNOWN)]);

/** The fields that say where a figure came from; all optional here, required by `needsEvidence`. */
export const evidenceFields = {
  /** Where the figure was read. */
  basis: basis.optional(),
  /** The source it was read in (an id in content/sources.yaml). */
  source: slug.optional(),
  /** The source's exact words that support the figure, at most 300 characters. */
  quote: z.string().min(1).max(300).optional(),
  /** Where those words are: URL with anchor, or the section's title. */
  locator: z.string().min(5).optional(),
  /** What a reader must know to use the figure; for an unknown figure, what was looked for. */
  note: z.string().min(10).optional(),
};

type Evidence = { [K in keyof typeof evidenceFields]?: unknown };

/**
 * Checks a figure's evidence: a known value needs its basis, source, quote and locator; an
 * unknown one needs a note saying what could not be read. `known` says which the figure is.
 */
export function needsEvidence(figure: Evidence, known: boolean, ctx: z.RefinementCtx): void {
  const missing = known
    ? (['basis', 'source', 'quote', 'locator'] as const).filter((k) => figure[k] === undefined)
    : figure.note === undefined
      ? (['note'] as const)
      : [];
  for (const key of missing)
    ctx.addIssue({
      code: 'custom',
      path: [key],
      message: known
        ? `give the ${key} of this figure (basis, source, quote, locator)`
        : 'an unknown figure needs a note saying what could not be read',
    });
}
