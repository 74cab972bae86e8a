/**
 * Byte budgets from budgets.json, measured gzipped on the built files: the HTML of each page,
 * all CSS together, the JavaScript each page runs before the reader does anything, and what its
 * islands add to that. Every budget says why its limit is that number.
 */
import { describe, expect, test } from 'vitest';
import { budgetFor, budgetsSchema, readBudgets } from '../support/budgets';
import { distFiles, htmlPages, parseHtml, readDist, urlPath } from '../support/dist';
import { gz, initialJsBytes } from '../support/js-bytes';

const budgets = readBudgets();
const limit = (table: Parameters<typeof budgetFor>[0], path: string) =>
  budgetFor(table, path)?.limit ?? 0;

describe('budgets.json', () => {
  const valid = readBudgets();
  const entry = { limit: 14336, why: 'Reading pages arrive in one round trip of about 14 KB.' };

  test('every budget gives the reason for its limit', () => {
    expect(() => budgetsSchema.parse(valid)).not.toThrow();
  });

  test('a budget without a reason, or with a bare number, is rejected', () => {
    const withHtml = (html: unknown) => budgetsSchema.safeParse({ ...valid, html });
    expect(withHtml({ default: entry }).success).toBe(true);
    expect(withHtml({ default: { limit: 14336 } }).success).toBe(false);
    expect(withHtml({ default: { limit: 14336, why: 'because' } }).success).toBe(false);
    expect(withHtml({ default: 14336 }).success).toBe(false);
  });

  test('a goal is stated only beside a limit above it', () => {
    const withGoal = (goal: number) =>
      budgetsSchema.safeParse({ ...valid, html: { default: { ...entry, goal } } }).success;
    expect(withGoal(12288)).toBe(true);
    expect(withGoal(14336)).toBe(false);
  });
});

describe('byte budgets (gzipped)', () => {
  test.each(htmlPages())('%s: HTML within budget', (file) => {
    expect(gz(readDist(file))).toBeLessThanOrEqual(limit(budgets.html, urlPath(file)));
  });

  // The reading part arrives first: everything before the reference list, where the sources'
  // own words are quoted.
  test.each(htmlPages().filter((f) => budgetFor(budgets.article, urlPath(f))))(
    '%s: the text before its references within budget',
    (file) => {
      const html = readDist(file);
      const end = html.indexOf('<section class="references');
      expect(gz(end < 0 ? html : html.slice(0, end))).toBeLessThanOrEqual(
        limit(budgets.article, urlPath(file)),
      );
    },
  );

  test.each(htmlPages())('%s: JavaScript before interaction within budget', (file) => {
    expect(initialJsBytes(file)).toBeLessThanOrEqual(limit(budgets.js, urlPath(file)));
  });

  // What a page's islands add on top of the scripts every page loads (the 404 page has no
  // island); a page with no islands budget adds nothing at all.
  test.each(htmlPages())('%s: its islands add JavaScript within budget', (file) => {
    const added = initialJsBytes(file) - initialJsBytes('404.html');
    expect(added).toBeLessThanOrEqual(limit(budgets.islands, urlPath(file)));
  });

  test('all CSS together within budget', () => {
    const css = distFiles('.css').filter((f) => !f.startsWith('pagefind/'));
    const inline = htmlPages()
      .flatMap((f) =>
        parseHtml(readDist(f))
          .querySelectorAll('style')
          .map((s) => s.text),
      )
      .filter((text, i, all) => all.indexOf(text) === i);
    const total = gz(css.map(readDist).join('\n') + inline.join('\n'));
    expect(css.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(budgets.css.total.limit);
  });
});
