/**
 * Finds the references an MDX guide page makes to other content, straight from its source text:
 * `<Cite ids="a b">` (source ids), `<Term id="x">` (glossary ids) and `<Fact id="x">` (dated
 * facts). Used at build time to
 * number citations in order of first use and to check that every id exists.
 */

export interface Reference {
  /** The id referred to. */
  id: string;
  /** 1-based line in the MDX file (front matter included), for error messages. */
  line: number;
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

/** Every source id cited by `<Cite ids="…">`, in order of appearance, repeats included. */
export function citedSources(mdx: string): Reference[] {
  return collect(mdx, CITE, true);
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
