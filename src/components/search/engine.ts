/**
 * Loads Pagefind on first use and runs searches. The bundle is imported from its public URL at
 * run time (not bundled), so no page carries it until search is used.
 */
import {
  PAGEFIND_URL,
  SEARCH_OPTIONS,
  expandQuery,
  matchCount,
  matchesQuery,
  pagefindFilters,
  toEntries,
  type PagefindResultData,
  type ResultEntry,
  type SearchState,
} from '../../lib/search/search';

interface Pagefind {
  options(options: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(query: string, options?: object): Promise<void>;
  /** `null` lists every page. */
  search(query: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
}

/** One hit as Pagefind returns it; its page's data loads only when asked for. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

let loading: Promise<Pagefind> | undefined;
let loaded = false;

/** Whether the index has finished loading (searches then answer at once). */
export function searchLoaded(): boolean {
  return loaded;
}

/**
 * Forgets a load that is taking too long, so that the next search starts a fresh one (a
 * request that hangs never settles, so waiting on it again would wait for ever).
 */
export function retrySearch(): void {
  if (!loaded) loading = undefined;
}

/** Starts loading Pagefind and its index metadata; resolves once searches can run. */
export function loadSearch(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = PAGEFIND_URL; // a variable, so the bundler leaves the import to run time
    // eslint-disable-next-line no-unsanitized/method -- a constant same-origin URL
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options(SEARCH_OPTIONS);
    // init() only starts loading; asking for the filters waits until the index can answer
    // (and fails if its files are missing).
    await pagefind.filters();
    prefetch(pagefind);
    loaded = true;
    return pagefind;
  })();
  // A failed load (no index yet, offline) may succeed on the next attempt.
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Once search is open, fetches every result's data (Pagefind's "fragments", a few tens of KB
 * for the whole site) one by one when the browser is idle, so that later keystrokes never
 * wait on the network.
 */
function prefetch(pagefind: Pagefind): void {
  const fetchAll = async () => {
    const all = await pagefind.search(null);
    for (const result of all?.results ?? []) await result.data();
  };
  const run = () => void fetchAll().catch(() => undefined); // a miss is fetched on demand later
  if ('requestIdleCallback' in window) requestIdleCallback(run);
  else setTimeout(run, 300);
}

export interface Found {
  /** Pages that match. */
  total: number;
  /** The first `limit` pages, each followed by its best-matching headings. */
  entries: ResultEntry[];
}

/**
 * Searches for the query and its synonyms (RAG and retrieval are one term), merges the results
 * by score, and drops pages that match only a fragment of a word ("as" for "asdf"), so that
 * nonsense finds nothing rather than noise.
 */
export async function find(state: SearchState, limit: number): Promise<Found> {
  const pagefind = await loadSearch();
  const filters = pagefindFilters(state);
  const queries = expandQuery(state.query);
  const searches = await Promise.all(queries.map((query) => pagefind.search(query, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const result of searches.flatMap((search) => search?.results ?? [])) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  const results = [...best.values()].sort((a, b) => b.score - a.score);
  // Read a few more than are shown, so that dropping fragments still fills the list.
  const data = await Promise.all(results.slice(0, limit * 2).map((result) => result.data()));
  const kept = data.filter((page) => queries.some((query) => matchesQuery(page, query)));
  return {
    total: matchCount({ found: results.length, read: data.length, kept: kept.length, limit }),
    entries: toEntries(kept.slice(0, limit)),
  };
}

/** What to tell the reader when the index cannot be loaded. */
export const UNAVAILABLE = import.meta.env.DEV
  ? 'Search has no index on the authoring server yet. Run `npm run build` once, then reload this page.'
  : 'Search is unavailable: its index could not be loaded. Try again later, or browse the guide.';
