/**
 * The site's single way in to its content. Loads every collection once, runs the
 * cross-reference checks (so a broken id fails the build, naming the file and field) and hands
 * pages sorted, typed entries. Pages never call `getCollection` themselves.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { checkIntegrity, formatProblems } from '../lib/content/build/integrity';
import { checkQuotes } from '../lib/content/build/quotes';
import { parseGuideRef } from '../lib/site/routes';
import { formatStale, staleChecks } from '../lib/guide/build/staleness';
import { APPROACH_IDS, type ApproachId } from '../lib/site/approaches';
import { SITE_TODAY } from './today';

export type GuidePage = CollectionEntry<'guide'>;
export type Criterion = CollectionEntry<'criteria'>;
export type ChecklistRules = CollectionEntry<'checklistRules'>;
export type Source = CollectionEntry<'sources'>;
export type QuoteFile = CollectionEntry<'quotes'>;
export type Quote = QuoteFile['data']['quotes'][number];
export type Term = CollectionEntry<'glossary'>;
export type Fact = CollectionEntry<'facts'>;
export type ChangeLogEntry = CollectionEntry<'changes'>;
export type Offer = CollectionEntry<'offers'>;
export type Model = CollectionEntry<'models'>;
export type CostExample = CollectionEntry<'costExamples'>;
export type Approach = CollectionEntry<'approaches'> & { id: ApproachId };
export type SearchWords = CollectionEntry<'search'>;

export interface SiteContent {
  /** Guide pages in reading order. */
  guide: GuidePage[];
  /** Criteria in table order. */
  criteria: Criterion[];
  /** Checklist factors in question order (the engine's `Factor` is built from these). */
  checklist: CollectionEntry<'checklist'>[];
  /** The checklist's rules that belong to no single factor (`content/checklist/_rules.yaml`). */
  checklistRules: ChecklistRules;
  /** The five articles in their archive order (000–004), then vendor documents by publisher. */
  sources: Source[];
  /** Each source's quoted passages, by source id. */
  quotes: Map<string, Quote[]>;
  /** Glossary terms, alphabetical. */
  glossary: Term[];
  /** Dated facts (a date, a price, a minimum). */
  facts: Fact[];
  /** The "what changed" log, newest first. */
  changes: ChangeLogEntry[];
  /** Where tuning is on offer, by provider (`siteOffers()` orders them by status on the build's day). */
  offers: Offer[];
  /** Base models with their retirement dates. */
  models: Model[];
  /** The cost calculator's worked examples, the first being its starting point. */
  costExamples: CostExample[];
  /** The approaches, in the order of `APPROACH_IDS`. */
  approaches: Approach[];
  /** The words search treats specially (`content/search.yaml`). */
  search: SearchWords;
}

let loading: Promise<SiteContent> | undefined;

/** Every collection, named once; `load` reads them all in parallel. */
const COLLECTIONS = [
  'guide',
  'criteria',
  'checklist',
  'checklistRules',
  'sources',
  'quotes',
  'glossary',
  'approaches',
  'facts',
  'changes',
  'offers',
  'models',
  'costExamples',
  'search',
] as const satisfies readonly CollectionKey[];
type Loaded = { [K in (typeof COLLECTIONS)[number]]: CollectionEntry<K>[] };

async function loadCollections(): Promise<Loaded> {
  const lists = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));
  return Object.fromEntries(COLLECTIONS.map((name, i) => [name, lists[i]])) as Loaded;
}

async function load(): Promise<SiteContent> {
  const all = await loadCollections();
  // Guide pages are checked on their whole file, so that reported line numbers match the editor.
  const guideFiles = all.guide.map((page) => ({
    ...page,
    body: page.filePath ? readFileSync(page.filePath, 'utf8') : page.body,
  }));
  const problems = [
    ...checkIntegrity({ ...all, guide: guideFiles }),
    ...checkQuotes({ ...all, guide: guideFiles }),
  ];
  if (problems.length > 0) throw new Error(formatProblems(problems));
  warnIfStale(all.sources, all.facts);
  const [rules] = all.checklistRules;
  if (!rules || all.checklistRules.length !== 1)
    throw new Error('content/checklist/_rules.yaml is missing');
  const [search] = all.search;
  if (!search) throw new Error('content/search.yaml is missing');
  return {
    guide: all.guide.sort((a, b) => a.data.order - b.data.order),
    criteria: all.criteria.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    checklist: all.checklist.sort((a, b) => a.data.order - b.data.order),
    checklistRules: rules,
    sources: all.sources.sort(
      (a, b) =>
        a.data.kind.localeCompare(b.data.kind) ||
        (a.data.file ?? '').localeCompare(b.data.file ?? '') ||
        a.data.publisher.localeCompare(b.data.publisher),
    ),
    quotes: new Map(all.quotes.map((file) => [file.id, file.data.quotes])),
    glossary: all.glossary.sort((a, b) => a.data.term.localeCompare(b.data.term)),
    facts: all.facts,
    costExamples: all.costExamples.sort((a, b) => a.data.order - b.data.order),
    offers: all.offers.sort(
      (a, b) => a.data.provider.localeCompare(b.data.provider) || a.id.localeCompare(b.id),
    ),
    models: all.models.sort((a, b) => a.id.localeCompare(b.id)),
    changes: all.changes.sort(
      (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
    ),
    approaches: APPROACH_IDS.map((id) => byId(all.approaches, id) as Approach),
    search,
  };
}

/**
 * Prints which sources and facts were checked too long before the build's day. A warning, never
 * an error: the build must not break because the calendar moved.
 */
function warnIfStale(sources: readonly Source[], facts: readonly Fact[]): void {
  const checked = [
    ...sources.flatMap((s) =>
      s.data.checked
        ? [{ kind: 'source', id: s.id, file: 'content/sources.yaml', checked: s.data.checked }]
        : [],
    ),
    ...facts.map((f) => ({
      kind: 'fact',
      id: f.id,
      file: 'content/facts.yaml',
      checked: f.data.checked,
    })),
  ];
  const warning = formatStale(staleChecks(checked, SITE_TODAY));
  if (warning) console.warn(`[content] ${warning}`);
}

/**
 * All content, checked. A production build loads it once; the dev server reloads it on every
 * request so that edits to YAML and MDX show up (and broken references are reported) at once.
 */
export function siteContent(): Promise<SiteContent> {
  if (!import.meta.env.PROD) return load();
  loading ??= load();
  return loading;
}

/**
 * A value computed from the content (the offers with their prices, the facts by id): once in a
 * build, and again whenever the dev server reloads the content, so that no edit needs a restart.
 */
export function fromContent<T>(compute: (content: SiteContent) => T): () => Promise<T> {
  const computed = new WeakMap<SiteContent, T>();
  return async () => {
    const content = await siteContent();
    if (!computed.has(content)) computed.set(content, compute(content));
    return computed.get(content) as T;
  };
}

/** Look up an entry by id; the integrity check guarantees that referenced ids exist. */
export function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  const found = entries.find((entry) => entry.id === id);
  if (!found) throw new Error(`No entry "${id}"`);
  return found;
}

/**
 * The titles of guide references as content writes them (`slug` or `slug#anchor`, in criteria
 * and checklist factors): "Page title", or "Page title › Section heading" from the page's own
 * headings, so a link reads as the reader will find it. A heading that does not exist stops the
 * build.
 */
export async function guideTitles(refs: Iterable<string>): Promise<Map<string, string>> {
  const { guide } = await siteContent();
  const titles = await Promise.all(
    [...new Set(refs)].map(async (ref): Promise<[string, string]> => {
      const { slug, anchor } = parseGuideRef(ref);
      const page = byId(guide, slug);
      if (!anchor) return [ref, page.data.title];
      const { headings } = await render(page);
      const heading = headings.find((h) => h.slug === anchor);
      if (!heading)
        throw new Error(`No heading #${anchor} on guide page "${slug}" (${page.filePath ?? slug})`);
      return [ref, `${page.data.title} › ${heading.text}`];
    }),
  );
  return new Map(titles);
}

/** Dated facts by id, for filling `{fact:id}` placeholders in content sentences. */
export const factMap: () => Promise<Map<string, Fact['data']>> = fromContent(
  ({ facts }) => new Map(facts.map((f) => [f.id, f.data])),
);
