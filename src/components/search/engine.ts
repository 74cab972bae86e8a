/**
 * Loads search on first use: Pagefind from its public URL, the words search treats specially,
 * and the code that runs a search, all at run time and together, so that no page carries any
 * of it until search is used. A failed load is never kept: the next attempt imports a fresh
 * copy of Pagefind, because a Pagefind module whose set-up failed keeps failing.
 */
import {
  INDEX_FILES_URL,
  PAGEFIND_URL,
  SEARCH_OPTIONS,
  SEARCH_WORDS_URL,
  type SearchState,
} from '../../lib/search/search';
import type { Found, PagefindApi, Searcher } from '../../lib/search/find';
import type { SearchWordList } from '../../lib/search/query';

interface Pagefind extends PagefindApi {
  options(options: object): Promise<void>;
  filters(): Promise<unknown>;
  destroy(): Promise<void>;
}

let loading: Promise<Searcher> | undefined;
let loaded = false;
let attempt = 0;
let current: Pagefind | undefined;

/** Whether search has finished loading (searches then answer at once). */
export function searchLoaded(): boolean {
  return loaded;
}

/**
 * Forgets the search loaded or loading, so that the next search starts afresh: after a failure,
 * or a load that is taking too long (a request that hangs never settles, so waiting on it again
 * would wait for ever).
 */
export function retrySearch(): void {
  loading = undefined;
  loaded = false;
  void current?.destroy().catch(() => undefined); // its web worker, if it started one
  current = undefined;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

/**
 * Throws unless every file of the index can be fetched. Pagefind skips an index file that
 * fails to load, so without this a missing file would read as "No pages match".
 */
async function verifyIndex(): Promise<void> {
  const { files } = (await fetchJson(INDEX_FILES_URL)) as { files?: unknown };
  if (!Array.isArray(files)) throw new Error('no list of index files');
  const base = PAGEFIND_URL.slice(0, PAGEFIND_URL.lastIndexOf('/') + 1);
  const answers = await Promise.all(
    files
      .filter((file): file is string => typeof file === 'string' && /^[\w/.-]+$/.test(file))
      .map((file) => fetch(base + file, { method: 'HEAD', cache: 'no-cache' })),
  );
  if (answers.some((answer) => !answer.ok)) throw new Error('the search index is incomplete');
}

/** Starts loading search; resolves once searches can run. */
export function loadSearch(): Promise<Searcher> {
  if (loading) return loading;
  const load = (async () => {
    attempt += 1;
    // Each attempt after the first imports Pagefind under a new URL: a new module instance.
    const url = attempt > 1 ? `${PAGEFIND_URL}?attempt=${attempt}` : PAGEFIND_URL;
    const [pagefind, words, { createSearcher }] = await Promise.all([
      // eslint-disable-next-line no-unsanitized/method -- a constant same-origin URL
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      fetchJson(SEARCH_WORDS_URL) as Promise<SearchWordList>,
      import('../../lib/search/find'),
    ]);
    current = pagefind;
    await pagefind.options(SEARCH_OPTIONS);
    // Pagefind starts loading on first use; asking for the filters waits until the index can
    // answer, and fails if its entry file or WebAssembly cannot be loaded.
    await pagefind.filters();
    const searcher = createSearcher(pagefind, words, verifyIndex);
    prefetch(searcher);
    loaded = true;
    return searcher;
  })();
  loading = load;
  load.catch(() => loading === load && retrySearch());
  return load;
}

/**
 * Once search is open, reads every page's data (Pagefind's "fragments", a few tens of KB for
 * the whole site) when the browser is idle, so that later keystrokes never wait on the network.
 */
function prefetch(searcher: Searcher): void {
  const run = () => void searcher.prefetch().catch(() => undefined); // a miss loads on demand
  if ('requestIdleCallback' in window) requestIdleCallback(run);
  else setTimeout(run, 300);
}

/** Searches for the query, its synonyms and, when no page has every word, for most of them. */
export async function find(state: SearchState, limit: number): Promise<Found> {
  return (await loadSearch()).find(state, limit);
}

/** What to tell the reader when search cannot be loaded. */
export const UNAVAILABLE = import.meta.env.DEV
  ? 'Search has no index on the authoring server yet. Run `npm run build` once, then reload this page.'
  : 'Search is unavailable: its index could not be loaded. Try again, or reload the page later.';
