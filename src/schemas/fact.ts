/**
 * Facts that will change: a date, a price, a minimum. `content/facts.yaml` holds each once, with
 * its source and the day it was checked; pages show it with <Fact id="…" /> ("6 January 2027,
 * as of 30 November 2026"), the checklist and the offers read it by id, and the build warns
 * when a check is old.
 */
import { z } from 'astro/zod';
import { date, slug, sourceIds } from './common';
import { passageSchema } from './quote';

export const factSchema = z.object({
  /** What the value is, as a phrase that reads before it ("OpenAI's last day for new jobs"). */
  label: z.string().min(5),
  /**
   * The value: a calendar date (YAML date), a number, or short text. Dates show as
   * "6 January 2027", numbers with `unit`.
   */
  value: z.union([
    z.number(),
    z.date(),
    // A YAML loader that keeps dates as text: read `2027-01-06` as a date all the same.
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .transform((text) => new Date(`${text}T00:00:00Z`)),
    z.string().min(1),
  ]),
  /** For numbers: what they count ("examples", "USD per million training tokens"). */
  unit: z.string().optional(),
  /** Sources that state the value. */
  sources: sourceIds,
  /**
   * Each source's own words that state the value, where they are, and how they were read: one
   * or more per source in `sources` (checked at build time).
   */
  quotes: z.array(passageSchema.extend({ source: slug })).min(1),
  /** The day someone last confirmed the value on its source. */
  checked: date,
  /** Anything a reader must know to use the value (whose figure it is, what it excludes). */
  note: z.string().optional(),
});

export type FactData = z.infer<typeof factSchema>;
