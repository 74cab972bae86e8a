/**
 * Loads Pagefind on first use and runs searches. The bundle is imported from its public URL at
 * run time (not bundled), so no page carries it until search is used.
 */
import {
  PAGEFIND_URL,
  SEARCH_OPTIONS,
  pagefindFilters,
  toEntries,
  type PagefindResultData,
  type ResultEntry,
  type SearchState,
} from '../../lib/search';

interface Pagefind {
  options(options: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(query: string, options?: object): Promise<void>;
  /** `null` lists every page. */
  search(
    query: string | null,
    options?: object,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

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

export async function find(state: SearchState, limit: number): Promise<Found> {
  const pagefind = await loadSearch();
  const search = await pagefind.search(state.query, { filters: pagefindFilters(state) });
  const results = search?.results ?? [];
  const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  return { total: results.length, entries: toEntries(data) };
}

/** What to tell the reader when the index cannot be loaded. */
export const UNAVAILABLE = import.meta.env.DEV
  ? 'Search has no index on the authoring server yet. Run `npm run build` once, then reload this page.'
  : 'Search is unavailable: its index could not be loaded. Try again later, or browse the guide.';
