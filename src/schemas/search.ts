/**
 * The words search treats specially: `content/search.yaml`. Readers type their own words and
 * questions, not the site's headings; this file says which phrases mean the same thing and
 * which words carry no meaning of their own. The search code reads it from /search/words.json.
 */
import { z } from 'astro/zod';

/** Lower-case words (letters and digits) separated by single spaces or hyphens. */
const phrase = z
  .string()
  .regex(
    /^[a-z0-9]+(?:[- ][a-z0-9]+)*$/,
    'use lower-case words separated by single spaces or hyphens',
  );

/** A single lower-case word of letters. */
const word = z.string().regex(/^[a-z]+$/, 'use a single lower-case word of letters only');

/** The key search compares phrases by: hyphens are dropped, as the search index drops them. */
const key = (text: string) => text.replace(/-/g, '');

export const searchWordsSchema = z
  .object({
    /**
     * Groups of phrases a reader may use for the same thing (`[evals, evaluation]`). A search
     * for any one of them also runs for the others; each phrase belongs to one group only.
     */
    synonyms: z.array(z.array(phrase).min(2, 'a group needs at least two phrases')).min(1),
    /**
     * Words that carry no meaning of their own in a reader's question ("how", "vs", "the").
     * When no page has every word of a search, pages are ranked by how many of the other
     * words they have.
     */
    stopWords: z.array(word),
    /**
     * Units a reader writes after a number ("200 ms", "2 weeks"). With its number, a unit is
     * a figure the reader has in mind, which pages give in figures of their own; like a stop
     * word, it never decides which pages have most of the words.
     */
    units: z.array(word),
  })
  .superRefine((words, ctx) => {
    const seen = new Map<string, string>();
    words.synonyms.forEach((group, i) =>
      group.forEach((text, j) => {
        const first = seen.get(key(text));
        if (first)
          ctx.addIssue({
            code: 'custom',
            path: ['synonyms', i, j],
            message: `“${text}” is already in the group of “${first}”; a phrase belongs to one group`,
          });
        else seen.set(key(text), group[0] ?? text);
      }),
    );
    for (const list of ['stopWords', 'units'] as const) {
      const listed = new Set<string>();
      words[list].forEach((word, i) => {
        if (listed.has(word))
          ctx.addIssue({ code: 'custom', path: [list, i], message: `“${word}” is listed twice` });
        listed.add(word);
      });
    }
  });

export type SearchWords = z.infer<typeof searchWordsSchema>;
