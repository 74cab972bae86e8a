/**
 * The search page's address, in a module of its own: the search island needs only this, and
 * importing the full route table would put every path (and the tools' labels) into its bundle.
 * src/lib/site/routes.ts re-exports it with the rest.
 */
export const SEARCH_PATH = '/search/';

/** The search page with a query string (`q=cost&type=criterion`, without "?"), or without one. */
export function searchPath(query = ''): string {
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}
