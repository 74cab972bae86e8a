/**
 * Pagefind's own browser search API, run in Node over the built index in dist/pagefind with
 * the options the site gives it, and the site's own search over it (synonyms, stop words and
 * all, from dist/search/words.json), so tests rank results exactly as readers see them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST } from './dist';
import { SEARCH_OPTIONS, type PagefindResultData } from '../../src/lib/search/search';
import { createSearcher, type PagefindHit, type Searcher } from '../../src/lib/search/find';
import type { SearchWordList } from '../../src/lib/search/query';

/** Raw result data also carries the indexed text of the page. */
export type IndexedPage = PagefindResultData & { content: string };

interface PagefindApi {
  options(options: object): Promise<void>;
  search(
    query: string | null,
    options?: object,
  ): Promise<{ results: (Omit<PagefindHit, 'data'> & { data(): Promise<IndexedPage> })[] }>;
}

let loaded: Promise<PagefindApi> | undefined;

/** Pagefind fetches its files; in Node, answer `file:` URLs from disk. */
function serveFiles() {
  const fetchOverNetwork = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return fetchOverNetwork(input, init);
    url.search = '';
    return new Response(await readFile(fileURLToPath(url)));
  };
}

export function builtIndex(): Promise<PagefindApi> {
  loaded ??= (async () => {
    serveFiles();
    const bundle = join(DIST, 'pagefind');
    // eslint-disable-next-line no-unsanitized/method -- the built bundle's file URL
    const api = (await import(
      /* @vite-ignore */ pathToFileURL(join(bundle, 'pagefind.js')).href
    )) as PagefindApi;
    await api.options({ ...SEARCH_OPTIONS, basePath: `${pathToFileURL(bundle).href}/` });
    return api;
  })();
  return loaded;
}

/** Result data of the first `limit` results for a query, best first. */
export async function search(
  query: string | null,
  options: object = {},
  limit = 10,
): Promise<IndexedPage[]> {
  const api = await builtIndex();
  const found = await api.search(query, options);
  return Promise.all(found.results.slice(0, limit).map((r) => r.data()));
}

/** The URL of each result, best first, without the highlight parameter. */
export async function ranked(query: string, limit = 5): Promise<string[]> {
  return (await search(query, {}, limit)).map((r) => {
    const url = new URL(r.url, 'https://site.invalid');
    url.searchParams.delete(SEARCH_OPTIONS.highlightParam);
    return url.pathname + url.search + url.hash;
  });
}

let searcher: Promise<Searcher> | undefined;

/** The site's search over the built index, as the search dialog and /search/ run it. */
export function siteSearch(): Promise<Searcher> {
  searcher ??= (async () => {
    const words = JSON.parse(
      await readFile(join(DIST, 'search/words.json'), 'utf8'),
    ) as SearchWordList;
    return createSearcher(await builtIndex(), words);
  })();
  return searcher;
}

/** The pages the site lists for a query, best first, without the highlight parameter. */
export async function found(query: string, limit = 5): Promise<string[]> {
  const { entries } = await (await siteSearch()).find({ query }, limit);
  return entries
    .filter((entry) => !entry.parent)
    .map((entry) => {
      const url = new URL(entry.url, 'https://site.invalid');
      url.searchParams.delete(SEARCH_OPTIONS.highlightParam);
      return url.pathname + url.search + url.hash;
    });
}
