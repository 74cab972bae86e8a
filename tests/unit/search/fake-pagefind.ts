/**
 * A small stand-in for Pagefind's browser API, faithful in the ways that matter to the site's
 * search: words are stemmed (crudely), a word matches the words that start with its stem, a
 * word no page has falls back to shorter and shorter starts of it ("as" for "asdf"), a quoted
 * query needs its words in a row, and, as in Pagefind, each page's data is one shared object
 * that every `data()` call rewrites for its own search after loading it.
 */
import type { PagefindApi, PagefindHit } from '../../../src/lib/search/find';
import { keyOf } from '../../../src/lib/search/query';
import type { PagefindResultData } from '../../../src/lib/search/search';

export interface FakePage {
  url: string;
  text: string;
  title?: string;
  type?: string;
}

/** English-ish stemming, enough for "migrate", "migrating" and "migration" to meet. */
const stem = (word: string) => word.replace(/(ations?|ating|ates?|ed|ing|ions?|e|s)$/, '');

const stems = (text: string) => text.split(/\s+/).map((w) => stem(keyOf(w)));

export function fakePagefind(
  pages: FakePage[],
  /** Awaited before each page's data arrives: a scheduler decides the order in races. */
  loading: (id: string) => Promise<void> = async () => {},
): PagefindApi & { searches: string[] } {
  const shared = new Map<string, PagefindResultData>();
  const searches: string[] = [];
  const indexed = pages.map((page, i) => ({ ...page, id: `p${i}`, stems: stems(page.text) }));
  const all = indexed.flatMap((page) => page.stems);

  /** Positions of words on the page matching a term, after falling back if no page has it. */
  const positions = (page: (typeof indexed)[number], term: string) => {
    let start = stem(term);
    while (start.length > 1 && !all.some((s) => s.startsWith(start))) start = start.slice(0, -1);
    return page.stems.flatMap((s, at) => (s.startsWith(start) ? [at] : []));
  };
  const inARow = (page: (typeof indexed)[number], terms: string[]) => {
    const wanted = terms.map(stem);
    return page.stems.flatMap((_, at) =>
      wanted.every((w, k) => page.stems[at + k] === w) ? wanted.map((__, k) => at + k) : [],
    );
  };

  return {
    searches,
    search(query, { filters = {} } = {}) {
      if (query !== null) searches.push(query);
      const exact = query !== null && /^".+"$/.test(query);
      const terms = (query ?? '').replace(/"/g, '').split(' ').filter(Boolean);
      const results: PagefindHit[] = [];
      for (const page of indexed) {
        if (filters['type'] && page.type !== filters['type']) continue;
        const title = stems(page.title ?? '');
        const inTitle = (t: string) => !exact && title.some((w) => w.startsWith(stem(t)));
        const found = exact ? [inARow(page, terms)] : terms.map((t) => positions(page, t));
        if (found.some((at, k) => at.length === 0 && !inTitle(terms[k] ?? ''))) continue;
        const words = found.flat().sort((a, b) => a - b);
        const meta = terms.some(inTitle);
        results.push({
          id: page.id,
          score: words.length + (meta ? 10 : 0),
          words,
          matchedMetaFields: meta ? ['title'] : undefined,
          data: async () => {
            let data = shared.get(page.id);
            if (!data) {
              data = {
                url: page.url,
                excerpt: '',
                content: page.text,
                meta: { title: page.title },
              };
              shared.set(page.id, data);
            }
            await loading(page.id);
            // As Pagefind does: the shared object is rewritten for this search, then returned.
            const text = page.text.split(/\s+/);
            data.excerpt = text
              .map((w, at) => (words.includes(at) ? `<mark>${w}</mark>` : w))
              .join(' ');
            data.url = query
              ? `${page.url}?highlight=${encodeURIComponent(terms.join(' '))}`
              : page.url;
            data.filters = { type: [page.type ?? 'guide'] };
            return data;
          },
        });
      }
      return Promise.resolve({ results: results.sort((a, b) => b.score - a.score) });
    },
  };
}
