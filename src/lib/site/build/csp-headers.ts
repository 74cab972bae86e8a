/**
 * Turns the Content-Security-Policy that Astro writes into each page's <meta> into blocks of a
 * `_headers` file, so hosts send the same policy as an HTTP header, with `frame-ancestors`
 * added (browsers ignore that directive in a <meta>).
 */
import { parseHtml } from './html';

/** The policy in a page's CSP <meta>, or undefined when the page has none. */
export function policyFromHtml(html: string): string | undefined {
  const meta = parseHtml(html)
    .querySelectorAll('meta[http-equiv]')
    .find((el) => el.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta?.getAttribute('content')?.trim();
}

/** The header form of a page policy: one line, `frame-ancestors 'none'` appended. */
export function headerPolicy(policy: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .filter((d) => !d.startsWith('frame-ancestors'));
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** A `_headers` block for one URL path. */
export function headersBlock(path: string, policy: string): string {
  return `${path}\n  Content-Security-Policy: ${headerPolicy(policy)}\n`;
}
