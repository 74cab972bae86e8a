import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content';
import type { SearchWordList } from '../../lib/search/query';

/**
 * The words search treats specially (content/search.yaml: synonyms, stop words, units), as one
 * static file that the search code fetches together with the index, so that no page carries
 * them in its HTML.
 */
export const GET: APIRoute = async () => {
  const { search } = await siteContent();
  const words: SearchWordList = {
    synonyms: search.data.synonyms,
    stopWords: search.data.stopWords,
    units: search.data.units,
  };
  return new Response(JSON.stringify(words), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
