/**
 * Running a search (src/lib/search/find.ts) over a stand-in for Pagefind: the same query always
 * gives the same results, whatever runs beside it; word forms, synonyms and word starts count,
 * fragments never do; when no page has every word, the pages with most of them are listed and
 * flagged; the sources list comes after pages with the same words; and an index that is not
 * whole makes search fail rather than find nothing.
 */
import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { createSearcher } from '../../../src/lib/search/find';
import type { SearchWordList } from '../../../src/lib/search/query';
import { fakePagefind, type FakePage } from './fake-pagefind';

const WORDS: SearchWordList = {
  synonyms: [
    ['vector database', 'vector store', 'index'],
    ['evals', 'evaluation'],
  ],
  stopWords: ['how', 'to', 'under', 'vs', 'the', 'a'],
  units: ['ms'],
};

const PAGES: FakePage[] = [
  { url: '/criteria/latency/', title: 'Latency', text: 'Latency is how fast answers come back' },
  { url: '/criteria/cost/', title: 'Cost', text: 'Cost per request and the cost of tuning' },
  {
    url: '/guide/tuning/',
    title: 'Fine-tuning',
    text: 'Migration to a new model means tuning again',
  },
  {
    url: '/guide/data/',
    title: 'Data',
    text: 'An evaluation set scores each change as a baseline',
  },
  {
    url: '/guide/retrieval/',
    title: 'Retrieval',
    text: 'Retrieval keeps a vector store of passages',
  },
  { url: '/guide/scatter/', title: 'Scatter', text: 'A vector of numbers and a store of words' },
  {
    url: '/checklist/',
    title: 'Checklist',
    text: 'Critical latency under 1000 ms rules out tuning',
  },
  {
    url: '/sources/',
    title: 'Sources',
    type: 'sources',
    text: 'Latency cost tuning migration evaluation evals as cited',
  },
];

const urls = (entries: { url: string; parent?: string | undefined }[]) =>
  entries.filter((e) => !e.parent).map((e) => e.url.split('?')[0]);

async function search(query: string, pages = PAGES, verify?: () => Promise<void>) {
  return createSearcher(fakePagefind(pages), WORDS, verify).find({ query }, 10);
}

describe('the same query always gives the same results', () => {
  test('whatever order page data arrives in, with the prefetch and other searches racing it', async () => {
    const reference = await createSearcher(fakePagefind(PAGES), WORDS).find(
      { query: 'tuning' },
      10,
    );
    expect(urls(reference.entries).length).toBeGreaterThan(2);
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const pagefind = fakePagefind(PAGES, (id) => s.schedule(Promise.resolve(), id));
        const searcher = createSearcher(pagefind, WORDS);
        const running = Promise.all([
          searcher.prefetch(),
          searcher.find({ query: 'tuning' }, 10),
          searcher.find({ query: 'cost' }, 10),
          searcher.find({ query: 'tuning' }, 10),
        ]);
        const [, first, , again] = await s.waitFor(running);
        // Excerpts and highlighted links included: each is the one for this search.
        expect(first).toEqual(reference);
        expect(again).toEqual(reference);
      }),
      { numRuns: 60 },
    );
  });
});

describe('which words count', () => {
  test('word forms meet: “migrate” finds the page that says “migration”', async () => {
    expect(urls((await search('migrate')).entries)).toContain('/guide/tuning/');
  });

  test('a word on its way to being typed finds the words it starts: “laten”', async () => {
    expect(urls((await search('laten')).entries)[0]).toBe('/criteria/latency/');
  });

  test('a word no page has finds nothing, never the pages with a fragment of it', async () => {
    // The stand-in, like Pagefind, answers "asdf" with every page that has "as".
    expect((await search('asdf')).total).toBe(0);
  });

  test('a synonym counts, and one of several words only as written', async () => {
    const found = urls((await search('vector database')).entries);
    expect(found).toContain('/guide/retrieval/'); // "vector store", in a row
    expect(found).not.toContain('/guide/scatter/'); // "vector" and "store", apart
  });

  test('an abbreviation reaches its long form: “evals” finds the evaluation set', async () => {
    expect(urls((await search('evals')).entries)).toContain('/guide/data/');
  });
});

describe('when no page has every word', () => {
  test('stop words, numbers and units do not decide: the page with the meaningful word leads', async () => {
    const found = await search('latency under 200 ms');
    expect(found.partial).toBe(true);
    expect(urls(found.entries)[0]).toBe('/criteria/latency/');
  });

  test('pages with more of the words come first', async () => {
    const found = await search('cost tuning passages');
    expect(found.partial).toBe(true);
    // Cost and tuning (two of three), then the sources list with the same two, then one of three.
    expect(urls(found.entries).slice(0, 2)).toEqual(['/criteria/cost/', '/sources/']);
    expect(urls(found.entries)).toContain('/guide/retrieval/');
  });

  test('a page with every word is a full match', async () => {
    const found = await search('cost tuning');
    expect(found.partial).toBe(false);
    expect(urls(found.entries)).toEqual(['/criteria/cost/', '/sources/']);
  });
});

describe('the sources list', () => {
  test('comes after every other page with the same words', async () => {
    const found = urls((await search('migration')).entries);
    expect(found).toEqual(['/guide/tuning/', '/sources/']);
  });

  test('leads when its own title matches', async () => {
    expect(urls((await search('sources')).entries)[0]).toBe('/sources/');
  });
});

describe('an index that is not whole', () => {
  test('is checked before saying nothing matches, and makes the search fail', async () => {
    const verify = vi.fn(() => Promise.reject(new Error('a file of the index failed to load')));
    await expect(search('asdf', PAGES, verify)).rejects.toThrow(/failed to load/);
    expect(verify).toHaveBeenCalledOnce();
  });

  test('is checked before saying only some words match', async () => {
    const verify = vi.fn(() => Promise.resolve());
    expect((await search('latency under 200 ms', PAGES, verify)).partial).toBe(true);
    expect(verify).toHaveBeenCalledOnce();
  });

  test('is not checked when pages have every word', async () => {
    const verify = vi.fn(() => Promise.resolve());
    await search('latency', PAGES, verify);
    expect(verify).not.toHaveBeenCalled();
  });
});

test('filters keep only pages of the kind asked for', async () => {
  const searcher = createSearcher(fakePagefind(PAGES), WORDS);
  const found = await searcher.find({ query: 'latency', type: 'sources' }, 10);
  expect(urls(found.entries)).toEqual(['/sources/']);
});
