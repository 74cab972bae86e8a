/**
 * How a quoted passage is addressed and where it is: pure helpers shared by the reference list,
 * the sources pages and their tests.
 */

/** The anchor of a quoted passage in a page's reference list: `ref-<source>--<quote>`. */
export function quoteAnchor(source: string, quote: string): string {
  return `ref-${source}--${quote}`;
}

/** The anchor of a source in a page's reference list. */
export function sourceAnchor(source: string): string {
  return `ref-${source}`;
}

export interface Locator {
  /** The address of the page, with its #anchor, when the locator gives one. */
  url?: string;
  /** The section heading or other place in words, when the locator gives one. */
  place?: string;
}

/**
 * Splits a locator written as `https://… — "Heading"`, `https://…` or `"Heading"` into its
 * address and its place in words (quotation marks removed).
 */
export function splitLocator(locator: string): Locator {
  const [first = '', ...rest] = locator.split(/\s+—\s+/);
  const unquote = (text: string) => text.trim().replace(/^["“]|["”]$/g, '');
  if (/^https?:\/\//.test(first.trim())) {
    const place = unquote(rest.join(' — '));
    return place ? { url: first.trim(), place } : { url: first.trim() };
  }
  return { place: unquote(locator) };
}
