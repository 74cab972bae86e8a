/**
 * What a source says, in its own words: `content/quotes/<source-id>.yaml` holds the passages the
 * site's claims rest on, for the source with that id in content/sources.yaml. A guide page cites
 * one with `<Cite ids="<source-id>#<quote-id>" />`; the reference list, the citation's popover
 * and the source's page show the words, where they are and the day they were read. Every
 * citation of a vendor document, paper or reference carries one (checked at build time).
 */
import { z } from 'astro/zod';
import { date, slug } from './common';

/** The longest quote: enough for a sentence or two, short enough to be a quotation. */
export const MAX_QUOTE_LENGTH = 300;

/** A source's words and where they are: what a quote, a fact and an offer's figure carry. */
export const passageSchema = z.object({
  /**
   * The source's exact words, in its own language, at most 300 characters. "…" marks words left
   * out in the middle. Quotes from the five articles are checked word for word against their text.
   */
  quote: z.string().trim().min(10).max(MAX_QUOTE_LENGTH),
  /**
   * Where the words are: an address (with its #anchor where the page has one), a section
   * heading, or both, separated by " — ".
   */
  locator: z.string().min(3),
  /**
   * How the words were read when not on the publisher's own current page: "a third party's
   * word-for-word copy of the page (June 2026)". Readers see it beside the quote.
   */
  copy: z.string().min(5).max(140).optional(),
  /** The words in English, when the quote is in another language. Readers see it. */
  translation: z.string().min(5).optional(),
  /** A translation, how the page was read (a copy, its date), or what the words do not cover. */
  note: z.string().optional(),
});

export const quoteSchema = passageSchema.extend({
  /** Unique within the file; cited as `<source-id>#<id>`. */
  id: slug,
  /** The day someone read the words at that place. */
  checked: date,
});

export const quoteFileSchema = z
  .object({
    /** The passages, in any order. */
    quotes: z.array(quoteSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.quotes.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['quotes', i, 'id'],
          message: `"${q.id}" is used twice`,
        });
      seen.add(q.id);
    });
  });

export type PassageData = z.infer<typeof passageSchema>;
export type QuoteData = z.infer<typeof quoteSchema>;
export type QuoteFileData = z.infer<typeof quoteFileSchema>;
