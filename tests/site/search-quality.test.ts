/**
 * Search finds what people type, over the built index: an abbreviation and its long form reach
 * the same pages, nonsense finds nothing instead of fragments, and a synonym leads only to a page
 * that really addresses the word.
 */
import { describe, expect, test } from 'vitest';
import { expandQuery, matchesQuery } from '../../src/lib/search/search';
import { search } from '../support/pagefind';
import { readDist } from '../support/dist';

/** The site's own search: the query and its synonyms, fragments dropped (as the island does). */
async function found(query: string): Promise<string[]> {
  const all = (await Promise.all(expandQuery(query).map((q) => search(q, {}, 8)))).flat();
  return [
    ...new Set(
      all
        .filter((page) => expandQuery(query).some((q) => matchesQuery(page, q)))
        .map((page) => page.url.split('?')[0] ?? ''),
    ),
  ];
}

describe('search finds what people type', () => {
  test.each([
    ['RAG', 'retrieval'],
    ['PEFT', 'parameter-efficient'],
    ['DPO', 'preference tuning'],
  ])('%s and %s reach the same pages', async (short, long) => {
    const a = await found(short);
    const b = await found(long);
    expect(a.length).toBeGreaterThan(0);
    expect(a.filter((url) => b.includes(url)).length).toBeGreaterThanOrEqual(Math.min(3, a.length));
  });

  test.each(['asdf', 'qwzx', 'zzkk'])(
    'nonsense (%s) finds nothing, not fragments',
    async (query) => {
      expect(await found(query)).toEqual([]);
    },
  );

  test('GDPR leads to the privacy criterion, which addresses it', async () => {
    const [first] = await found('GDPR');
    expect(first).toBe('/criteria/privacy/');
    expect(readDist('criteria/privacy/index.html')).toMatch(/\bGDPR\b/);
  });
});
