/**
 * The Content Security Policy is in force on every page, strict, and repeated as a header for
 * static hosts; no page relies on inline event handlers or style attributes it would block.
 */
import { describe, expect, test } from 'vitest';
import { hashSource, headerPolicy, policyFromHtml } from '../../src/lib/site/build/csp-headers';
import { htmlPages, parseHtml, readDist, urlPath } from '../support/dist';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );

/** A `_headers` file as path → header lines (comments and blank lines skipped). */
function parseHeadersFile(text: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (/^\s/.test(line)) current?.push(line.trim());
    else blocks.set(line.trim(), (current = []));
  }
  return blocks;
}

describe('Content Security Policy', () => {
  test.each(htmlPages())('%s has a strict policy', (file) => {
    const policy = policyFromHtml(readDist(file));
    expect(policy, 'CSP <meta>').toBeDefined();
    const d = directives(policy ?? '');
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    const scripts = d.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(
      scripts.every(
        (s) => ["'self'", "'wasm-unsafe-eval'"].includes(s) || /^'sha256-[A-Za-z0-9+/=]+'$/.test(s),
      ),
    ).toBe(true);
    expect(d.get('style-src') ?? []).not.toContain("'unsafe-inline'");
  });

  test.each(htmlPages())(
    '%s has every inline script and style covered by a hash, no other hash, and no inline handlers',
    (file) => {
      const html = readDist(file);
      const doc = parseHtml(html);
      const policy = policyFromHtml(html) ?? '';
      const d = directives(policy);
      // A browser runs an inline script (or applies an inline style) only if the SHA-256 of its
      // exact text is listed in script-src (style-src); JSON data blocks are never run.
      const inline = doc
        .querySelectorAll('script:not([src]), style')
        .filter((el) => el.getAttribute('type') !== 'application/json')
        .map((el) => ({
          hash: hashSource(el.rawText),
          directive: el.tagName === 'SCRIPT' ? 'script-src' : 'style-src',
          text: `<${el.tagName.toLowerCase()}>${el.rawText.slice(0, 60)}…`,
        }));
      const missing = inline.filter((s) => !(d.get(s.directive) ?? []).includes(s.hash));
      expect(missing.map((s) => s.text)).toEqual([]);
      // A hash that matches nothing on the page allows nothing: it only costs bytes.
      const listed = [...(d.get('script-src') ?? []), ...(d.get('style-src') ?? [])];
      const unused = listed.filter(
        (source) => source.startsWith("'sha256-") && !inline.some((s) => s.hash === source),
      );
      expect(unused).toEqual([]);
      const withHandlers = doc
        .querySelectorAll('*')
        .filter((el) => Object.keys(el.attributes).some((a) => /^on[a-z]+$/i.test(a)));
      expect(withHandlers.map((el) => el.tagName)).toEqual([]);
      const withStyle = doc
        .querySelectorAll('[style]')
        .map((el) => `<${el.tagName.toLowerCase()} style="${el.getAttribute('style')}">`);
      expect(withStyle).toEqual([]);
    },
  );

  test('the host headers file repeats each page policy with frame-ancestors, and sets the other headers', () => {
    const headers = readDist('_headers');
    for (const header of [
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy:',
      'Permissions-Policy:',
    ]) {
      expect(headers).toContain(header);
    }
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
    for (const file of htmlPages()) {
      const path = urlPath(file);
      const expected = headerPolicy(policyFromHtml(readDist(file)) ?? '');
      expect(expected).toContain("frame-ancestors 'none'");
      expect(headers, path).toContain(`${path}\n  Content-Security-Policy: ${expected}\n`);
    }
  });

  test('long-lived caching applies only to hashed assets', () => {
    const immutable = [...parseHeadersFile(readDist('_headers'))]
      .filter(([, headers]) => headers.some((h) => /^Cache-Control:.*immutable/.test(h)))
      .map(([path]) => path);
    expect(immutable).toEqual(['/_astro/*']);
  });
});
