/**
 * Byte budgets from budgets.json, measured gzipped on the built files: the HTML of each page,
 * all CSS together, and the JavaScript each page loads before the reader does anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, distFiles, htmlPages, parseHtml, readDist, urlPath } from '../support/dist';

interface Budgets {
  html: Record<string, number>;
  css: { total: number };
  js: Record<string, number>;
}
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The most specific budget for a page: the longest matching path prefix, else `default`. */
function budgetFor(table: Record<string, number>, path: string): number {
  const key = Object.keys(table)
    .filter((k) => k !== 'default' && path.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return table[key ?? 'default'] ?? Infinity;
}

/** A module and everything it imports statically, as dist-relative paths. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(join(DIST, file))) return seen;
  seen.add(file);
  const code = readDist(file);
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1] ?? '';
    const resolved = spec.startsWith('/') ? spec.slice(1) : new URL(spec, `http://x/${dir}`).pathname.slice(1);
    withStaticImports(resolved, seen);
  }
  return seen;
}

/** Gzipped bytes of JavaScript a page runs on load: inline scripts plus module graphs. */
export function initialJsBytes(file: string): number {
  const doc = parseHtml(readDist(file));
  let bytes = 0;
  const modules = new Set<string>();
  for (const script of doc.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data, not code
    const src = script.getAttribute('src');
    if (src) withStaticImports(src.replace(/^\//, ''), modules);
    else bytes += gz(script.text);
  }
  for (const link of doc.querySelectorAll('link[rel="modulepreload"]')) {
    withStaticImports((link.getAttribute('href') ?? '').replace(/^\//, ''), modules);
  }
  for (const module of modules) bytes += gz(readDist(module));
  return bytes;
}

describe('byte budgets (gzipped)', () => {
  test.each(htmlPages())('%s: HTML within budget', (file) => {
    const size = gz(readDist(file));
    expect(size).toBeLessThanOrEqual(budgetFor(budgets.html, urlPath(file)));
  });

  test.each(htmlPages())('%s: JavaScript before interaction within budget', (file) => {
    expect(initialJsBytes(file)).toBeLessThanOrEqual(budgetFor(budgets.js, urlPath(file)));
  });

  test('all CSS together within budget', () => {
    const css = distFiles('.css').filter((f) => !f.startsWith('pagefind/'));
    const inline = htmlPages()
      .flatMap((f) => parseHtml(readDist(f)).querySelectorAll('style').map((s) => s.text))
      .filter((text, i, all) => all.indexOf(text) === i);
    const total = gz(css.map(readDist).join('\n') + inline.join('\n'));
    expect(css.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(budgets.css.total);
  });
});
