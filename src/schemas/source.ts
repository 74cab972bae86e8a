/** The articles and documents the guide cites: `content/sources.yaml`. */
import { z } from 'astro/zod';
import { date } from './common';

/**
 * Where a source stands when it was last checked: `current` (says what we cite), `changed`
 * (the page now says something else; we cite it as it read before), `moved` (same text, new
 * address), `deprecated` (the publisher marks it or its subject deprecated or legacy),
 * `withdrawn` (gone, or describes something no longer offered).
 */
export const SOURCE_STATUSES = ['current', 'changed', 'moved', 'deprecated', 'withdrawn'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export const sourceSchema = z
  .object({
    /** Full title as published. */
    title: z.string().min(3),
    /** Who published it (company, site, or a description when unnamed). */
    publisher: z.string().min(2),
    /**
     * `article`: one of the five source articles; `vendor`: a model vendor's documentation,
     * pricing or terms; `paper`: published research; `reference`: other documentation (a
     * library's, a regulator's).
     */
    kind: z.enum(['article', 'vendor', 'paper', 'reference']),
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
    /** The day someone last read the source at `url` to check what we cite from it. */
    checked: date.optional(),
    /** What that check found; see SOURCE_STATUSES. Required with `checked`. */
    status: z.enum(SOURCE_STATUSES).optional(),
    /** What changed, in a sentence, when the status is not `current`. */
    statusNote: z.string().optional(),
    /**
     * When a statement survives only in an earlier version of the page: the date of the version
     * we cite ("as it read on …").
     */
    asOf: date.optional(),
    /** What the source contributes to the guide, in our words. */
    contributes: z.string().min(30),
  })
  .superRefine((source, ctx) => {
    // Anything on the web can change under us: a source with an address, and every vendor
    // document, must say when it was last checked and what that check found.
    const needsCheck = source.url !== undefined || source.kind === 'vendor';
    if (needsCheck && source.checked === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['checked'],
        message: 'give the date the source was last checked (checked: YYYY-MM-DD)',
      });
    }
    if (needsCheck && source.status === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `give what the last check found (status: ${SOURCE_STATUSES.join(' | ')})`,
      });
    }
    if (source.status && source.status !== 'current' && !source.statusNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusNote'],
        message: 'say in a sentence what changed',
      });
    }
  });

export type SourceData = z.infer<typeof sourceSchema>;
