/**
 * The check that every claim resting on a vendor document, a paper or a reference shows that
 * source's own words: each `<Cite>` of such a source names a passage (`source#quote`) that
 * exists in `content/quotes/<source>.yaml`, and each quotes file belongs to a known source.
 * Citations of the five articles may name a passage, and need not (their words are checked
 * against the articles' text by a test, since the articles are not part of the build).
 */
import type { SourceData } from '../../../schemas/source';
import type { QuoteData } from '../../../schemas/quote';
import { citedSources } from '../../guide/build/mdx-references';
import type { Entry, Problem } from './integrity';

export interface QuoteContent {
  guide: Entry<unknown>[];
  /** Dated facts, each with its sources and their words. */
  facts?: Entry<{ sources: string[]; quotes: { source: string }[] }>[];
  sources: Entry<Pick<SourceData, 'kind'>>[];
  quotes: Entry<{ quotes: readonly Pick<QuoteData, 'id'>[] }>[];
}

/** Kinds of source whose citations must show the passage they rest on. */
const NEEDS_QUOTE = new Set<SourceData['kind']>(['vendor', 'paper', 'reference']);

const KIND_NAME: Record<SourceData['kind'], string> = {
  article: 'one of the five articles',
  vendor: 'a vendor document',
  paper: 'a paper',
  reference: 'a reference',
};

export function checkQuotes(content: QuoteContent): Problem[] {
  const problems: Problem[] = [];
  const kinds = new Map(content.sources.map((s) => [s.id, s.data.kind]));
  const quoteIds = new Map(
    content.quotes.map((f) => [f.id, new Set(f.data.quotes.map((q) => q.id))]),
  );

  for (const file of content.quotes) {
    if (!kinds.has(file.id)) {
      problems.push({
        file: file.filePath ?? `content/quotes/${file.id}.yaml`,
        field: 'file name',
        message: `names no source: add "${file.id}" to content/sources.yaml or rename the file`,
      });
    }
  }

  for (const page of content.guide) {
    const file = page.filePath ?? `content/guide/${page.id}.mdx`;
    for (const cite of citedSources(page.body ?? '')) {
      const kind = kinds.get(cite.id);
      if (!kind) continue; // an unknown source is reported by checkIntegrity
      const field = `line ${cite.line}`;
      if (cite.quote === undefined) {
        if (NEEDS_QUOTE.has(kind)) {
          problems.push({
            file,
            field,
            message: `<Cite> of "${cite.id}" (${KIND_NAME[kind]}) needs the words it rests on: write "${cite.id}#<quote id>" with a quote from content/quotes/${cite.id}.yaml`,
          });
        }
      } else if (!quoteIds.get(cite.id)?.has(cite.quote)) {
        problems.push({
          file,
          field,
          message: `<Cite> names quote "${cite.quote}" of "${cite.id}", which content/quotes/${cite.id}.yaml does not have`,
        });
      }
    }
  }
  for (const fact of content.facts ?? []) {
    const file = 'content/facts.yaml';
    const quoted = new Set(fact.data.quotes.map((q) => q.source));
    fact.data.quotes.forEach((q, i) => {
      if (!fact.data.sources.includes(q.source))
        problems.push({
          file,
          field: `${fact.id}.quotes.${i}.source`,
          message: `"${q.source}" is quoted but not listed in the fact's sources`,
        });
    });
    for (const source of fact.data.sources) {
      if (!quoted.has(source))
        problems.push({
          file,
          field: `${fact.id}.quotes`,
          message: `give the words of "${source}" that state the value (a quote with source: ${source})`,
        });
    }
  }
  return problems;
}
