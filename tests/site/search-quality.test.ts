/**
 * Search finds what readers type, over the built site, run exactly as the search dialog and
 * /search/ run it: reader queries reach their answer in the first three results, word forms and
 * synonyms meet, a query no page fully matches falls back to the pages with most of its words
 * and says so, nonsense finds nothing, and the sources list never outranks a page with the same
 * words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { found, siteSearch } from '../support/pagefind';
import { readDist } from '../support/dist';

interface ReaderQuery {
  query: string;
  expect: string;
  why: string;
}
const READER_QUERIES = parse(readFileSync('tests/search-queries.yaml', 'utf8')) as ReaderQuery[];

describe('reader queries reach their answer in the first three results', () => {
  test('the list holds at least sixteen queries, each with its reason', () => {
    expect(READER_QUERIES.length).toBeGreaterThanOrEqual(16);
    for (const q of READER_QUERIES) expect(q.why.length, q.query).toBeGreaterThan(10);
  });

  test.each(READER_QUERIES.map((q) => [q.query, q.expect] as const))(
    '“%s” → %s',
    async (query, url) => {
      expect(await found(query, 3)).toContain(url);
    },
  );
});

describe('word forms and synonyms meet', () => {
  test('“migrate”, “migrating” and “migration” find the same pages', async () => {
    const [migrate, migrating, migration] = await Promise.all(
      ['migrate', 'migrating', 'migration'].map((q) => found(q, 20)),
    );
    expect(migrate?.length).toBeGreaterThan(0);
    expect(new Set(migrating)).toEqual(new Set(migrate));
    expect(new Set(migration)).toEqual(new Set(migrate));
  });

  test.each([
    ['RAG', 'retrieval'],
    ['PEFT', 'parameter-efficient'],
    ['DPO', 'preference tuning'],
    ['evals', 'evaluation'],
    ['brand voice', 'tone of voice'],
  ])('%s and %s lead to the same page first, and share most of the first five', async (a, b) => {
    const [first, second] = await Promise.all([found(a, 5), found(b, 5)]);
    expect(first[0]).toBeDefined();
    expect(second[0]).toBe(first[0]);
    expect(first.filter((url) => second.includes(url)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('when no page has every word', () => {
  test('the pages with most of the words are listed, and the reader is told', async () => {
    const result = await (await siteSearch()).find({ query: 'latency under 200 ms on a kiosk' }, 5);
    expect(result.partial).toBe(true);
    expect(result.entries[0]?.url).toMatch(/^\/criteria\/latency\//);
  });

  test('a word the index does not have leaves the others to find pages, never fragments of it', async () => {
    const result = await (await siteSearch()).find({ query: 'cost asdf' }, 5);
    expect(result.partial).toBe(true);
    expect(result.entries[0]?.url).toMatch(/^\/criteria\/cost\//);
  });

  test('a page with every word is a match, not a fallback', async () => {
    const result = await (await siteSearch()).find({ query: 'deployment time' }, 5);
    expect(result.partial).toBe(false);
    expect(result.total).toBeGreaterThan(0);
  });
});

describe('nonsense finds nothing', () => {
  test.each(['asdf', 'qwzx', 'zzkk', 'asdf qwzx'])('%s', async (query) => {
    const result = await (await siteSearch()).find({ query }, 5);
    expect(result).toMatchObject({ total: 0, entries: [], partial: false });
  });
});

describe('the sources list comes after every other page with the same words', () => {
  test.each(['evals', 'RAG vs fine tuning', 'migrate', 'gemini'])('%s', async (query) => {
    const urls = await found(query, 100);
    expect(urls).toContain('/sources/');
    expect(urls.at(-1)).toBe('/sources/');
  });

  test('but a search for the sources list by its name finds it first', async () => {
    expect((await found('sources'))[0]).toBe('/sources/');
  });
});

test('GDPR leads to the privacy criterion, which addresses it', async () => {
  const [first] = await found('GDPR');
  expect(first).toBe('/criteria/privacy/');
  expect(readDist('criteria/privacy/index.html')).toMatch(/\bGDPR\b/);
});
