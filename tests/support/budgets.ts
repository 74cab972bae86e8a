/**
 * budgets.json, read and checked: every limit comes with the reason for its number, so that a
 * budget records a goal rather than whatever size the page happened to have.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';

/** One budget: a limit in gzipped bytes and why it is that number. */
const budget = z
  .object({
    limit: z.number().int().positive(),
    /** The goal the limit comes from, and what the page holds against it. */
    why: z.string().trim().min(40, 'say why the limit is this number: its goal, and the reason'),
    /** When the limit is above the goal the page should meet: that goal, so the gap stays visible. */
    goal: z.number().int().positive().optional(),
  })
  .strict()
  .refine((b) => b.goal === undefined || b.goal < b.limit, {
    message: 'a goal is stated only when the limit is above it',
  });

/** Budgets by URL path prefix; `default` applies to pages no other key matches. */
const byPath = z.record(z.string().regex(/^(default|\/.*)$/), budget);

export const budgetsSchema = z
  .object({
    $comment: z.string(),
    /** Each page's HTML. */
    html: byPath.refine((table) => 'default' in table, 'html needs a default'),
    /**
     * A page's HTML up to its reference list: what the reader reads first. Pages that cite their
     * sources' own words carry them at the foot, after the text; this is the part that must
     * arrive first. Pages without a reference list are measured whole.
     */
    article: byPath,
    /** All CSS together, files and inline styles. */
    css: z.object({ total: budget }).strict(),
    /** Everything a page runs before the reader interacts: scripts and their static imports. */
    js: byPath.refine((table) => 'default' in table, 'js needs a default'),
    /** What a page's islands add on top of what every page loads; a page not listed adds none. */
    islands: byPath,
  })
  .strict();

export type Budget = z.infer<typeof budget>;
export type Budgets = z.infer<typeof budgetsSchema>;

export function readBudgets(file = 'budgets.json'): Budgets {
  return budgetsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The budget for a page: the longest path prefix that matches it, else `default`. */
export function budgetFor(table: Record<string, Budget>, path: string): Budget | undefined {
  const key = Object.keys(table)
    .filter((k) => k !== 'default' && path.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return table[key ?? 'default'];
}
