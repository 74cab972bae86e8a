/**
 * Which pages cite which source, and the citation order of pages built from data. Pure: takes
 * plain content, returns plain values.
 */
import type { CriterionData } from '../../schemas/criterion';
import type { TermData } from '../../schemas/glossary';
import type { GuideData } from '../../schemas/guide';
import { PATHS, criterionPath, guidePath } from '../site/routes';

export interface PageLink {
  href: string;
  title: string;
}

/** The fields of content entries this module reads, derived from the content schemas. */
interface CitingContent {
  guide: { id: string; data: Pick<GuideData, 'title' | 'sources'> }[];
  criteria: { id: string; data: Pick<CriterionData, 'label' | 'approaches' | 'disagreement'> }[];
  glossary: { data: Pick<TermData, 'sources'> }[];
}

/** The ids a criterion cites, in reading order: verdicts first, then the disagreement note. */
export function criterionSources(criterion: CitingContent['criteria'][number]): string[] {
  const lists = Object.values(criterion.data.approaches).map((v) => v.sources);
  if (criterion.data.disagreement) lists.push(criterion.data.disagreement.sources);
  return uniqueInOrder(lists);
}

/** Statuses a citation shows beside its number: the reader should weigh such a source. */
const FLAGGED = new Set(['deprecated', 'withdrawn']);

/** Source id → status, for the sources whose status a citation should show. */
export function flaggedSources(
  sources: readonly { id: string; data: { status?: string | undefined } }[],
): Record<string, string> {
  return Object.fromEntries(
    sources.flatMap(({ id, data }) =>
      data.status && FLAGGED.has(data.status) ? [[id, data.status]] : [],
    ),
  );
}

/** Flatten lists of ids, keeping the first appearance of each. */
export function uniqueInOrder(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * Map of source id → pages that cite it: guide pages, criterion pages, the glossary, and any
 * `other` pages whose citations are worked out elsewhere (the checklist's, from its model).
 */
export function citingPages(
  content: CitingContent,
  other: readonly (PageLink & { ids: readonly string[] })[] = [],
): Map<string, PageLink[]> {
  const map = new Map<string, PageLink[]>();
  const add = (id: string, link: PageLink) => {
    const list = map.get(id) ?? [];
    if (!list.some((l) => l.href === link.href)) list.push(link);
    map.set(id, list);
  };
  for (const page of content.guide) {
    for (const id of page.data.sources)
      add(id, { href: guidePath(page.id), title: page.data.title });
  }
  for (const criterion of content.criteria) {
    for (const id of criterionSources(criterion)) {
      add(id, { href: criterionPath(criterion.id), title: criterion.data.label });
    }
  }
  for (const term of content.glossary) {
    for (const id of term.data.sources) add(id, { href: PATHS.glossary, title: 'Glossary' });
  }
  for (const page of other) {
    for (const id of page.ids) add(id, { href: page.href, title: page.title });
  }
  return map;
}

/** The fields of a guide page `quoteCitations` reads. */
interface QuotingPage {
  id: string;
  data: Pick<GuideData, 'title'>;
  /** Its citations, each with the source and the passage it names (`source#quote`). */
  citations: readonly { id: string; quote?: string | undefined }[];
}

/** Map of `source#quote` → the guide pages whose citations name that passage, in page order. */
export function quoteCitations(pages: readonly QuotingPage[]): Map<string, PageLink[]> {
  const map = new Map<string, PageLink[]>();
  for (const page of pages) {
    for (const { id, quote } of page.citations) {
      if (quote === undefined) continue;
      const key = `${id}#${quote}`;
      const list = map.get(key) ?? [];
      if (!list.some((l) => l.href === guidePath(page.id)))
        list.push({ href: guidePath(page.id), title: page.data.title });
      map.set(key, list);
    }
  }
  return map;
}

/** Ids of the sources with a page of their own: those whose passages or stated facts we quote. */
export function quotedSourceIds(
  quotes: ReadonlyMap<string, unknown>,
  facts: readonly { data: { quotes: readonly { source: string }[] } }[],
): Set<string> {
  return new Set([...quotes.keys(), ...facts.flatMap((f) => f.data.quotes.map((q) => q.source))]);
}
