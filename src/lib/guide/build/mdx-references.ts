/**
 * Finds the references an MDX guide page makes to other content, straight from its source text:
 * `<Cite ids="a b#quote">` (source ids, each optionally naming a quote), `<Term id="x">` (glossary ids) and `<Fact id="x">` (dated
 * facts). Used at build time to
 * number citations in order of first use and to check that every id exists.
 */

export interface Reference {
  /** The id referred to. */
  id: string;
  /** 1-based line in the MDX file (front matter included), for error messages. */
  line: number;
}

/** A citation: the source, and the passage of it that the claim rests on, when one is named. */
export interface Citation extends Reference {
  /** The quote id from `<Cite ids="source#quote">`, if any. */
  quote?: string;
}

/** Splits one id of `<Cite ids>`: `source` or `source#quote`. */
export function parseCitation(text: string): { id: string; quote?: string } {
  const [id = '', quote] = text.split('#', 2);
  return quote === undefined ? { id } : { id, quote };
}

const CITE = /<Cite\s+ids=(["'])([^"']*)\1/g;
const TERM = /<Term\s+id=(["'])([^"']*)\1/g;
const FACT = /<Fact\s+id=(["'])([^"']*)\1/g;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function collect(text: string, pattern: RegExp, split: boolean): Reference[] {
  const found: Reference[] = [];
  for (const match of text.matchAll(pattern)) {
    const line = lineAt(text, match.index ?? 0);
    const value = match[2] ?? '';
    const ids = split ? value.split(/[\s,]+/).filter(Boolean) : [value];
    if (ids.length === 0) found.push({ id: '', line });
    for (const id of ids) found.push({ id, line });
  }
  return found;
}

/**
 * Every source cited by `<Cite ids="…">`, in order of appearance, repeats included, with the
 * quote each citation names (`source#quote`).
 */
export function citedSources(mdx: string): Citation[] {
  return collect(mdx, CITE, true).map(({ id, line }) => ({ ...parseCitation(id), line }));
}

/** Every glossary id linked by `<Term id="…">`, in order of appearance. */
export function linkedTerms(mdx: string): Reference[] {
  return collect(mdx, TERM, false);
}

/** Every dated fact shown with `<Fact id="…">`, in order of appearance. */
export function shownFacts(mdx: string): Reference[] {
  return collect(mdx, FACT, false);
}

/** Source ids in order of first citation: the numbering of the page's reference list. */
export function citationOrder(mdx: string): string[] {
  return [...new Set(citedSources(mdx).map((ref) => ref.id))];
}

/** For each cited source, the quote ids its citations name, in order of first citation. */
export function quotesCited(mdx: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { id, quote } of citedSources(mdx)) {
    const list = map.get(id) ?? [];
    if (quote !== undefined && !list.includes(quote)) list.push(quote);
    map.set(id, list);
  }
  return map;
}
