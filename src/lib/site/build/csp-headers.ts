/**
 * The Content-Security-Policy that Astro writes into each page's <meta>: trimmed to the hashes
 * the page needs, and turned into blocks of a `_headers` file, so hosts send the same policy as
 * an HTTP header, with `frame-ancestors` added (browsers ignore that directive in a <meta>).
 */
import { createHash } from 'node:crypto';
import { parseHtml, type HTMLElement } from './html';

function policyMeta(doc: HTMLElement): HTMLElement | undefined {
  return doc
    .querySelectorAll('meta[http-equiv]')
    .find((el) => el.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
}

/** The policy in a page's CSP <meta>, or undefined when the page has none. */
export function policyFromHtml(html: string): string | undefined {
  return policyMeta(parseHtml(html))?.getAttribute('content')?.trim();
}

/** The CSP source expression that allows an inline script or style with exactly this text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * The page with a policy that lists only the hashes of its own inline scripts and styles.
 * Astro puts the hash of every script and stylesheet of the whole build on every page, external
 * files included (which 'self' already allows): some 500 gzipped bytes a page that allow
 * nothing. A page without a policy is returned unchanged.
 */
export function withOwnHashesOnly(html: string): string {
  const doc = parseHtml(html);
  const meta = policyMeta(doc);
  const policy = meta?.getAttribute('content');
  if (!meta || !policy) return html;
  const inline = new Set(
    doc
      .querySelectorAll('script:not([src]), style')
      .filter((el) => el.getAttribute('type') !== 'application/json')
      .map((el) => hashSource(el.rawText)),
  );
  const trimmed = policy
    .split(';')
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((source) => !source.startsWith("'sha256-") || inline.has(source))
        .join(' '),
    )
    .filter(Boolean)
    .join(';');
  // Source expressions are quoted with single quotes: the policy never holds a double quote.
  if (trimmed.includes('"')) throw new Error(`unexpected " in the page policy: ${trimmed}`);
  const [start, end] = meta.range;
  return `${html.slice(0, start)}<meta http-equiv="content-security-policy" content="${trimmed}">${html.slice(end)}`;
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
