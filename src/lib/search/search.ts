/**
 * Search logic shared by the search dialog, the /search/ page, the site tests and the benchmark:
 * the options every caller gives Pagefind (so tests rank exactly as readers see it), the URL
 * state of /search/, safe handling of Pagefind's highlighted excerpts, and turning Pagefind
 * results into the entries the UI lists. Running a search is in find.ts. No DOM here.
 */
import { isApproachId, type ApproachId } from '../site/approaches';
import { HIGHLIGHT_PARAM } from './entry';
import { searchPath } from './path';

/** Where the Pagefind bundle is served (a public contract). */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * The files of the search index that Pagefind loads as they are needed, listed by the build
 * (`{ "files": ["index/….pf_index", "filter/….pf_filter"] }`, paths inside /pagefind/), so
 * that search can tell a file that failed to load from a word no page has.
 */
export const INDEX_FILES_URL = '/pagefind/index-files.json';

/** The words search treats specially (content/search.yaml), as the browser fetches them. */
export const SEARCH_WORDS_URL = '/search/words.json';

/** Longer queries are cut to this many characters: no reader types more, and it bounds work. */
export const MAX_QUERY_LENGTH = 120;

/** Results listed in the dialog; the /search/ page lists more. */
export const DIALOG_RESULTS = 6;
export const PAGE_RESULTS = 20;
/** Headings listed under a page result, the best-matching first. */
export const SUB_RESULTS = 3;

/**
 * Options passed to `pagefind.options()` by every caller.
 *
 * Ranking: Pagefind adds `weight × IDF × coverage²` for each metadata field that matches the
 * query to the page's BM25 score from its body text, which is capped at about 2.4 × IDF per
 * term. A weight well above that makes a match in that field beat any number of mentions in
 * body text, and the order of the weights decides between fields:
 * - `title`, a page's h1 ("Cost", "Fine-tuning"): first;
 * - `term`, the name of a glossary entry (indexed as a record of its own): a little below, so
 *   a page named like a term (the criterion "Latency") comes before the term's entry;
 * - `synonyms`, a criterion's other names ("budget" for cost, set on criterion pages): below
 *   a term, so a term that is also a synonym ("overfitting") leads to its entry first;
 * - `description`, a page's meta description, its own one-sentence summary: a question a reader
 *   types ("how many examples do I need") finds the page whose summary answers it;
 * - `aliases`, a glossary entry's other names ("evals"): a nudge, not a rule.
 */
export const SEARCH_OPTIONS = {
  baseUrl: '/',
  excerptLength: 22,
  highlightParam: HIGHLIGHT_PARAM,
  ranking: {
    metaWeights: { title: 12, term: 8, synonyms: 5, description: 4, aliases: 3 },
  },
} as const;

/** Page types: the `type` filter every indexed page carries (set by BaseLayout's `pageType`). */
export const PAGE_TYPES = [
  { id: 'guide', label: 'Guide' },
  { id: 'criterion', label: 'Criterion' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'tool', label: 'Tool' },
  { id: 'sources', label: 'Sources' },
  { id: 'overview', label: 'Overview' },
] as const;
export type PageType = (typeof PAGE_TYPES)[number]['id'];

export function isPageType(value: unknown): value is PageType {
  return PAGE_TYPES.some((t) => t.id === value);
}

export function pageTypeLabel(id: string | undefined): string | undefined {
  return PAGE_TYPES.find((t) => t.id === id)?.label;
}

/** What /search/ shows, as read from or written to its URL. */
export interface SearchState {
  query: string;
  type?: PageType | undefined;
  approach?: ApproachId | undefined;
}

/**
 * Reads `?q=…&type=…&approach=…`. Values that are not valid are left out and reported in
 * `problems`, in words a reader understands, so the page can say what it ignored.
 */
export function readSearchState(search: string): { state: SearchState; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  for (const name of ['q', 'type', 'approach']) {
    if (params.getAll(name).length > 1)
      problems.push(`The link gives “${name}” more than once; only the first is used.`);
  }
  let query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  if (query.length > MAX_QUERY_LENGTH) {
    query = query.slice(0, MAX_QUERY_LENGTH).trim();
    problems.push(`The search was shortened to its first ${MAX_QUERY_LENGTH} characters.`);
  }
  const state: SearchState = { query };
  const type = params.get('type');
  if (isPageType(type)) state.type = type;
  // Never repeat a value that is not ours: a link could put any sentence into the notice.
  else if (type)
    problems.push(
      'The kind of page in the link was not recognised, so results are not filtered by kind.',
    );
  const approach = params.get('approach');
  if (isApproachId(approach)) state.approach = approach;
  else if (approach)
    problems.push(
      'The approach in the link was not recognised, so results are not filtered by approach.',
    );
  return { state, problems };
}

/** The /search/ URL for a state: `/search/?q=cost&type=criterion`. Empty values are left out. */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.type) params.set('type', state.type);
  if (state.approach) params.set('approach', state.approach);
  return searchPath(params.toString());
}

/** Characters that set the direction of the text around them: marks, embeddings, isolates. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The /search/ page's title for a query. A title is plain text, where no `<bdi>` can isolate
 * the query, so it is wrapped in isolate characters (FSI … PDI) once its own direction
 * controls are removed: a right-to-left query, or an override in it, can neither reorder the
 * rest of the title nor close the isolate early.
 */
export function searchTitle(query: string, siteName: string): string {
  const clean = query.replace(BIDI_CONTROLS, '');
  return clean ? `“\u2068${clean}\u2069”: Search · ${siteName}` : `Search · ${siteName}`;
}

/** Pagefind filter options for a state (Pagefind ANDs different filter keys). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.type) filters['type'] = state.type;
  if (state.approach) filters['approach'] = state.approach;
  return filters;
}

/** A run of excerpt text, highlighted when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X'
          ? parseInt(code.slice(2), 16)
          : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt into plain and highlighted runs of text. Pagefind escapes the page
 * text and then wraps matches in `<mark>`; only those two tags are read here, everything else
 * is decoded to text, so the UI can render excerpts with text nodes and never with innerHTML.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) {
      const text = decodeEntities(part);
      const last = segments.at(-1);
      if (last && last.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}

/** The parts of Pagefind's result data the UI uses (see Pagefind's search API docs). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string } | undefined;
  weighted_locations?: { balanced_score: number }[] | undefined;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, words separated by white space. */
  content?: string | undefined;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined> | undefined;
  sub_results?: PagefindSubResult[] | undefined;
}

/** One line of the results list: a page, or a heading within the page listed above it. */
export interface ResultEntry {
  url: string;
  title: string;
  excerpt: Segment[];
  /** The page type's label ("Criterion"), for page entries. */
  kind?: string | undefined;
  /** For a heading within a page: the page's title. */
  parent?: string | undefined;
}

const score = (sub: PagefindSubResult) =>
  (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * Pages in Pagefind's order, each followed by up to `maxSub` of its matching headings: the
 * best-scoring ones, listed in page order so they read top to bottom like the page.
 */
export function toEntries(
  results: readonly PagefindResultData[],
  maxSub = SUB_RESULTS,
): ResultEntry[] {
  return results.flatMap((page) => {
    const title = page.meta['title'] || page.meta['term'] || page.url;
    const entry: ResultEntry = {
      url: page.url,
      title,
      excerpt: excerptSegments(page.excerpt),
      kind: pageTypeLabel(page.filters?.['type']?.[0]),
    };
    // Headings only: the page-level sub-result repeats the page entry, and so does its own h1.
    const anchored = (page.sub_results ?? []).filter(
      (sub) => sub.anchor && sub.anchor.element !== 'h1',
    );
    const best = new Set([...anchored].sort((a, b) => score(b) - score(a)).slice(0, maxSub));
    const subs = anchored
      .filter((sub) => best.has(sub))
      .map((sub): ResultEntry => ({
        url: sub.url,
        title: sub.title,
        excerpt: excerptSegments(sub.excerpt),
        parent: title,
      }));
    return [entry, ...subs];
  });
}
