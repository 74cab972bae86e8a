/**
 * What a reader's query asks for: its words as the search index sees them, grouped into the
 * things the reader is looking for ("vector database" is one thing, with other names), apart
 * from the words that carry no meaning of their own ("how", "vs", "200"). No DOM here.
 */

/** The words search treats specially, as published at /search/words.json (content/search.yaml). */
export interface SearchWordList {
  synonyms: readonly (readonly string[])[];
  stopWords: readonly string[];
  units: readonly string[];
}

/**
 * Punctuation Pagefind drops from a query before searching (dashes, brackets, quotes and other
 * punctuation marks), so that "fine-tune" is searched as "finetune", as the index stores it.
 */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A word as the index sees it: lower case, without punctuation. */
export function keyOf(word: string): string {
  return word.toLowerCase().replace(PUNCTUATION, '');
}

/** The words of a text as the index sees them. */
export function keysOf(text: string): string[] {
  return text.split(/\s+/).map(keyOf).filter(Boolean);
}

/** One way to search for a concept: all of its words, or (`phrase`) those words in a row. */
export interface Alternative {
  words: string[];
  /**
   * A synonym of more than one word must appear as written (in any word form): "move off"
   * means nothing when "move" and "off" are in different paragraphs. What the reader typed is
   * searched as words, as in any search box.
   */
  phrase: boolean;
}

/** One thing the reader is looking for. */
export interface Concept {
  /** Ways to search for it: what the reader typed first, then its synonyms. */
  alternatives: Alternative[];
}

export interface ParsedQuery {
  /** The words that carry the query's meaning, each with its synonyms. */
  concepts: Concept[];
  /**
   * Stop words, bare numbers and the units after them ("200 ms"): a page needs them to have
   * every word of the query, but they never decide which pages have most of it.
   */
  minor: string[];
}

/**
 * A word's stem, roughly as an English stemmer cuts it: "migrating", "migrate" and "migration"
 * all give "migrat". Pagefind stems the words it searches itself; this lets a synonym group
 * written with one form ("migrate") be found from another ("migrating").
 */
export function stemOf(key: string): string {
  const stem = key.replace(/(ings?|ions?|ed|es|e|s)$/, '');
  return stem.length >= 4 ? stem : key;
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((word, i) => stemOf(word) === stemOf(b[i] ?? ''));

/**
 * Splits a query into concepts and minor words. A run of words that is a synonym phrase
 * becomes one concept (the longest phrase wins: "vector store" before "store"); any other word
 * is a concept of its own unless it is a stop word, a bare number or a unit right after one. A
 * query of minor words only ("what is") is searched for those words.
 */
export function parseQuery(query: string, list: SearchWordList): ParsedQuery {
  const keys = keysOf(query);
  const groups = list.synonyms.map((group) => group.map(keysOf));
  const stop = new Set(list.stopWords);
  const units = new Set(list.units);
  const number = (key: string | undefined) => /^\d+$/.test(key ?? '');
  const concepts: Concept[] = [];
  const minor: string[] = [];
  const seen = new Set<string>();
  /** Adds a concept once: a word, or a synonym group however many of its phrases are typed. */
  const add = (id: string, alternatives: Alternative[]) => {
    if (!seen.has(id)) concepts.push({ alternatives });
    seen.add(id);
  };
  for (let i = 0; i < keys.length;) {
    let best: { phrase: string[]; group: string[][]; g: number } | undefined;
    groups.forEach((group, g) => {
      for (const phrase of group)
        if (
          phrase.length > (best?.phrase.length ?? 0) &&
          sameWords(keys.slice(i, i + phrase.length), phrase)
        )
          best = { phrase, group, g };
    });
    if (best) {
      const { phrase, group, g } = best;
      add(`synonyms ${g}`, [
        { words: phrase, phrase: false },
        ...group
          .filter((other) => other !== phrase)
          .map((words) => ({ words, phrase: words.length > 1 })),
      ]);
      i += phrase.length;
      continue;
    }
    const key = keys[i] ?? '';
    if (stop.has(key) || number(key) || (units.has(key) && number(keys[i - 1]))) {
      if (!minor.includes(key)) minor.push(key);
    } else add(key, [{ words: [key], phrase: false }]);
    i += 1;
  }
  if (concepts.length === 0)
    return {
      concepts: minor.map((key) => ({ alternatives: [{ words: [key], phrase: false }] })),
      minor: [],
    };
  return { concepts, minor };
}

/**
 * Every way of picking one item from each list, in order, the first items first, stopping at
 * `cap` (a query with several synonym groups could otherwise ask for hundreds of searches).
 */
export function combinations<T>(lists: readonly (readonly T[])[], cap: number): T[][] {
  let out: T[][] = [[]];
  for (const list of lists) {
    out = out.flatMap((head) => list.map((item) => [...head, item])).slice(0, cap);
  }
  return out;
}
