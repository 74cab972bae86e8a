import { describe, expect, test } from 'vitest';
import {
  hashSource,
  headerPolicy,
  policyFromHtml,
  withOwnHashesOnly,
} from '../../../src/lib/site/build/csp-headers';

const THEME = "document.documentElement.classList.add('js');";
const OTHER = 'console.log(1)';
const page = (policy: string, body = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><script>${THEME}</script></head><body>${body}</body></html>`;

describe('a page policy keeps only the hashes of its own inline scripts', () => {
  const policy = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hashSource(THEME)} ${hashSource(OTHER)} 'sha256-AAAA'; style-src 'self' 'sha256-BBBB'`;

  test('hashes of scripts and styles the page does not inline are dropped', () => {
    expect(policyFromHtml(withOwnHashesOnly(page(policy)))).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hashSource(THEME)};style-src 'self'`,
    );
  });

  test('an inline script the page does carry keeps its hash; JSON data needs none', () => {
    const body = `<script>${OTHER}</script><script type="application/json">{"a":1}</script>`;
    expect(policyFromHtml(withOwnHashesOnly(page(policy, body)))).toContain(hashSource(OTHER));
  });

  test('nothing but the policy changes, and a page without one is left alone', () => {
    const before = page(policy, '<p>Text &amp; more</p>');
    const after = withOwnHashesOnly(before);
    const outside = (html: string) => html.replace(/<meta http-equiv[^>]*>/, '');
    expect(outside(after)).toBe(outside(before));
    expect(withOwnHashesOnly('<p>no policy</p>')).toBe('<p>no policy</p>');
  });

  test('the header form adds frame-ancestors on one line', () => {
    expect(headerPolicy("default-src 'self';\n script-src 'self'")).toBe(
      "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
    );
  });
});
