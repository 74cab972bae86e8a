/**
 * Byte budgets from budgets.json, measured gzipped on the built files: the HTML of each page,
 * all CSS together, and the JavaScript each page loads before the reader does anything.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distFiles, htmlPages, parseHtml, readDist, urlPath } from '../support/dist';
import { gz, initialJsBytes } from '../support/js-bytes';

interface Budgets {
  html: Record<string, number>;
  css: { total: number };
  js: Record<string, number>;
  islands: Record<string, number>;
}
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;

/** The most specific budget for a page: the longest matching path prefix, else `default`. */
function budgetFor(table: Record<string, number>, path: string): number {
  const key = Object.keys(table)
    .filter((k) => k !== 'default' && path.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return table[key ?? 'default'] ?? Infinity;
}

describe('byte budgets (gzipped)', () => {
  test.each(htmlPages())('%s: HTML within budget', (file) => {
    const size = gz(readDist(file));
    expect(size).toBeLessThanOrEqual(budgetFor(budgets.html, urlPath(file)));
  });

  test.each(htmlPages())('%s: JavaScript before interaction within budget', (file) => {
    expect(initialJsBytes(file)).toBeLessThanOrEqual(budgetFor(budgets.js, urlPath(file)));
  });

  // What a page's islands add on top of the scripts every page loads (the 404 page has no island).
  test.each(Object.entries(budgets.islands))(
    '%s: its islands add JavaScript within budget',
    (path, budget) => {
      const file = `${path.replace(/^\//, '')}index.html`;
      expect(initialJsBytes(file) - initialJsBytes('404.html')).toBeLessThanOrEqual(budget);
    },
  );

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
    expect(total).toBeLessThanOrEqual(budgets.css.total);
  });
});
