/**
 * No island can turn a URL parameter, stored state or search query into markup or code: the
 * client-side sources never use an HTML or code sink. Scans every <script> in src/components
 * and every module in src/lib.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const SINKS = [
  /\.innerHTML\b/,
  /\.outerHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write(?:ln)?\b/,
  /\bcreateContextualFragment\b/,
  /\bsetHTMLUnsafe\b/,
  /\bparseHTMLUnsafe\b/,
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /\bset(?:Timeout|Interval)\s*\(\s*['"`]/,
  /\.setAttribute\(\s*['"]on[a-z]+['"]/i,
];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** The client-side code of a file: <script> bodies of .astro files, the whole of .ts files. */
function clientCode(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

const sources = [
  ...files('src/components', /\.astro$/),
  ...files('src/lib', /\.ts$/),
  ...files('src/components', /\.ts$/),
];

describe('no HTML or code sinks in client-side code', () => {
  test('there are sources to scan', () => expect(sources.length).toBeGreaterThan(5));

  test.each(sources)('%s', (path) => {
    const code = clientCode(path);
    const found = SINKS.filter((sink) => sink.test(code)).map(String);
    expect(found).toEqual([]);
  });

  test('Astro templates never inject raw HTML (set:html), except escaped JSON data', () => {
    const templates = files('src', /\.astro$/)
      .filter((p) => !p.endsWith('JsonData.astro'))
      .filter((p) => /\bset:html\b/.test(readFileSync(p, 'utf8')));
    expect(templates).toEqual([]);
  });
});
