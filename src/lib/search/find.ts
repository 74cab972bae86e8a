/**
 * Running a reader's search on Pagefind, the same way in the browser (the search dialog and
 * /search/), in the site tests and in the benchmark: which words the index really knows,
 * synonyms, the pages that have every word, and when none does, the pages that have most.
 * The Pagefind API is passed in, so this module has no DOM and no network of its own.
 */
import {
  combinations,
  keyOf,
  keysOf,
  parseQuery,
  type Alternative,
  type SearchWordList,
} from './query';
import {
  pagefindFilters,
  toEntries,
  type PagefindResultData,
  type ResultEntry,
  type SearchState,
} from './search';

/** One hit as Pagefind returns it; its page's data loads only when asked for. */
export interface PagefindHit {
  id: string;
  score: number;
  /** Where on the page the matched words are, as word positions in its `content`. */
  words: number[];
  /** The metadata fields (title, term …) the query matched, if any. */
  matchedMetaFields?: string[] | undefined;
  data(): Promise<PagefindResultData>;
}

/** The part of Pagefind's search API used here. */
export interface PagefindApi {
  /** `null` lists every page (that passes the filters). */
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindHit[] } | null>;
}

export interface Found {
  /** Pages found. */
  total: number;
  /** The first `limit` pages, each followed by its best-matching headings. */
  entries: ResultEntry[];
  /** No page has every word of the query; these are the pages with most of them. */
  partial: boolean;
}

/** Kinds of page listed after every other page that has the same words: see `rank`. */
const LISTED_LAST = 'sources';

/** The most searches one query may run for its combinations of synonyms. */
const MAX_VARIANTS = 12;

/** How many of a word's first hits are read to tell a word's start from a fragment of it. */
const HITS_TO_READ = 3;

interface Candidate {
  hit: PagefindHit;
  /** Concepts of the query the page has (the fallback's first ranking key). */
  coverage: number;
  score: number;
  /** Whether any search matched the page's title or other metadata. */
  meta: boolean;
}

/**
 * What a match through a synonym is worth against a match of the words typed: a page that has
 * what the reader typed comes before one that has only another name for it ("cost" finds the
 * cost criterion before the calculator that says "cheapest").
 */
const SYNONYM_WEIGHT = 0.75;

/** A hit found through a synonym, its score weighed down. */
interface Weighed {
  hit: PagefindHit;
  weight: number;
}

/** The best of each page's hits over several searches, in the order first found. */
function bestOf(hits: readonly (PagefindHit | Weighed)[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const item of hits) {
    const { hit, weight } = 'weight' in item ? item : { hit: item, weight: 1 };
    const score = hit.score * weight;
    const meta = Boolean(hit.matchedMetaFields?.length);
    const seen = best.get(hit.id);
    if (!seen) best.set(hit.id, { hit, coverage: 1, score, meta });
    else if (score > seen.score) best.set(hit.id, { ...seen, hit, score, meta: meta || seen.meta });
    else seen.meta ||= meta;
  }
  return [...best.values()];
}

export interface Searcher {
  find(state: SearchState, limit: number): Promise<Found>;
  /** Reads every page's data, so that later searches never wait on the network. */
  prefetch(): Promise<void>;
}

/**
 * A search over one loaded Pagefind. `verify` is called before a search answers with no page,
 * or with pages that have only some of the words: it must throw if the index is not whole (a
 * file that failed to load looks to Pagefind like a word no page has).
 */
export function createSearcher(
  pagefind: PagefindApi,
  list: SearchWordList,
  verify: () => Promise<void> = async () => {},
): Searcher {
  const hits = async (query: string | null, filters: Record<string, string> = {}) =>
    (await pagefind.search(query, { filters }))?.results ?? [];

  /**
   * Pagefind keeps one object per page and rewrites its excerpt and highlighted URL on every
   * `data()` call, for whichever search asked last. Two calls for the same page that overlap
   * (the idle-time prefetch and a search, or two searches) could each get the other's
   * excerpt; so calls for one page run one after another, and each caller gets its own copy.
   */
  const reading = new Map<string, Promise<unknown>>();
  const read = (hit: PagefindHit): Promise<PagefindResultData> => {
    const next = (reading.get(hit.id) ?? Promise.resolve())
      .then(() => hit.data())
      .then((data) => ({ ...data }));
    reading.set(
      hit.id,
      next.catch(() => undefined),
    );
    return next;
  };

  /**
   * Whether the index has the word: a form of it ("migration" for "migrate": Pagefind stems
   * English), or words that start with it ("laten", typed on the way to "latency"). For a word
   * it does not have, Pagefind matches shorter and shorter starts of it instead ("as" for
   * "asdf"); those are fragments, never the word.
   */
  const isKnown = async (key: string): Promise<boolean> => {
    if ((await hits(`"${key}"`)).length > 0) return true;
    for (const hit of (await hits(key)).slice(0, HITS_TO_READ)) {
      const page = await read(hit);
      const text = (page.content ?? '').split(/\s+/);
      const found = [
        ...hit.words.map((at) => text[at] ?? ''),
        ...[page.meta['title'], page.meta['term'], page.meta['aliases']].flatMap((field) =>
          keysOf(field ?? ''),
        ),
      ];
      if (found.some((word) => keyOf(word).startsWith(key))) return true;
    }
    return false;
  };
  const knownWords = new Map<string, Promise<boolean>>();
  const known = (key: string): Promise<boolean> => {
    let check = knownWords.get(key);
    if (!check) {
      check = isKnown(key);
      knownWords.set(key, check);
      // Only a word found is remembered: a miss can come from an index file that failed to
      // load, which Pagefind fetches again on the next search that needs it.
      check.then(
        (found) => found || knownWords.delete(key),
        () => knownWords.delete(key),
      );
    }
    return check;
  };

  let listedLast: Promise<Set<string>> | undefined;
  const lastIds = () =>
    (listedLast ??= hits(null, { type: LISTED_LAST }).then(
      (found) => new Set(found.map((hit) => hit.id)),
    ));

  /** Ids of the pages that have a phrase as written (in any word form). */
  const phrases = new Map<string, Promise<Set<string>>>();
  const withPhrase = (words: readonly string[]) => {
    const text = `"${words.join(' ')}"`;
    let ids = phrases.get(text);
    if (!ids) {
      ids = hits(text).then((found) => new Set(found.map((hit) => hit.id)));
      phrases.set(text, ids);
    }
    return ids;
  };
  /** Pages with all the words of the alternatives, each phrase as written. */
  const search = async (alternatives: readonly Alternative[], filters: Record<string, string>) => {
    const [found, ...required] = await Promise.all([
      hits(alternatives.flatMap((a) => a.words).join(' '), filters),
      ...alternatives.filter((a) => a.phrase).map((a) => withPhrase(a.words)),
    ]);
    return found.filter((hit) => required.every((ids) => ids.has(hit.id)));
  };

  /**
   * Pages in the order readers get them, and whether none has every word as typed.
   *
   * Every word: the query with each concept as typed or as one of its synonyms, searched with
   * its minor words (stop words, numbers) and without them, so that "RAG vs fine tuning" does
   * not depend on which pages say "vs"; a page ranks by its best score. Failing that, most
   * words: one search per concept, pages ranked by how many concepts they have. Either way,
   * a page listed last (the sources list, which names every source's title) comes after every
   * other page with the same words, unless its title or other metadata matched.
   */
  const rank = async (query: string, filters: Record<string, string>) => {
    const parsed = parseQuery(query, list);
    if (parsed.concepts.length === 0) return { pages: [], partial: false };
    const words = [
      ...new Set([
        ...parsed.concepts.flatMap((c) => c.alternatives.flatMap((a) => a.words)),
        ...parsed.minor,
      ]),
    ];
    const knownSet = new Set(
      (await Promise.all(words.map(async (w) => ((await known(w)) ? [w] : [])))).flat(),
    );
    const usable = parsed.concepts.map((c) =>
      c.alternatives.filter((a) => a.words.every((w) => knownSet.has(w))),
    );
    const minor = parsed.minor.filter((w) => knownSet.has(w));
    const everyMinor = minor.length === parsed.minor.length;
    const last = await lastIds();
    const listedLastKey = (c: Candidate) => (last.has(c.hit.id) && !c.meta ? 1 : 0);

    const variants = combinations(usable, MAX_VARIANTS);
    const withMinor =
      minor.length > 0 ? variants.map((v) => [...v, { words: minor, phrase: false }]) : [];
    // A variant that uses a synonym anywhere, instead of what the reader typed, is weighed down.
    const asTyped = (v: readonly Alternative[]) =>
      v.slice(0, usable.length).every((alt, i) => alt === usable[i]?.[0]);
    const [typed, content] = await Promise.all(
      [withMinor, variants].map(async (list) =>
        (
          await Promise.all(
            list.map(async (v) =>
              (await search(v, filters)).map((hit) => ({
                hit,
                weight: asTyped(v) ? 1 : SYNONYM_WEIGHT,
              })),
            ),
          )
        ).flat(),
      ),
    );
    const every = bestOf([...(typed ?? []), ...(content ?? [])]);
    if (every.length > 0) {
      const order = (a: Candidate, b: Candidate) =>
        listedLastKey(a) - listedLastKey(b) || b.score - a.score;
      const complete = everyMinor && (minor.length === 0 || (typed ?? []).length > 0);
      return { pages: every.sort(order), partial: !complete };
    }
    if (parsed.concepts.length < 2) return { pages: [], partial: false };

    const perConcept = await Promise.all(
      usable.map(async (alternatives) =>
        bestOf(
          (
            await Promise.all(
              alternatives.map(async (a, i) =>
                (await search([a], filters)).map((hit) => ({
                  hit,
                  weight: i === 0 ? 1 : SYNONYM_WEIGHT,
                })),
              ),
            )
          ).flat(),
        ),
      ),
    );
    const most = new Map<string, Candidate>();
    for (const c of perConcept.flat()) {
      const seen = most.get(c.hit.id);
      if (!seen) most.set(c.hit.id, { ...c });
      else {
        seen.coverage += 1;
        seen.score += c.score;
        seen.meta ||= c.meta;
      }
    }
    const order = (a: Candidate, b: Candidate) =>
      b.coverage - a.coverage || listedLastKey(a) - listedLastKey(b) || b.score - a.score;
    return { pages: [...most.values()].sort(order), partial: most.size > 0 };
  };

  return {
    async find(state, limit) {
      const filters = pagefindFilters(state);
      let ranked = await rank(state.query, filters);
      if (ranked.partial || ranked.pages.length === 0) {
        await verify();
        // The index is whole now; a file that failed before is fetched again by this search.
        ranked = await rank(state.query, filters);
      }
      const data = await Promise.all(ranked.pages.slice(0, limit).map((c) => read(c.hit)));
      return { total: ranked.pages.length, entries: toEntries(data), partial: ranked.partial };
    },
    async prefetch() {
      for (const hit of await hits(null)) await read(hit);
    },
  };
}
