/**
 * Marks the searched terms on a page opened from a search result (`?highlight=…`) with
 * Pagefind's highlighter. Loaded by SearchButton.astro only on such pages, so that no other
 * page carries it.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/entry';

interface PagefindHighlight {
  new (options: object): unknown;
}

export async function highlight(): Promise<void> {
  const url = '/pagefind/pagefind-highlight.js';
  // eslint-disable-next-line no-unsanitized/method -- a constant same-origin URL
  const { default: Highlight } = (await import(/* @vite-ignore */ url)) as {
    default: PagefindHighlight;
  };
  new Highlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false, // styled in SearchPanel.astro; an injected <style> would break a strict CSP
    markOptions: {
      className: 'pagefind-highlight',
      // Whole words only: never "per" inside "cheaper".
      accuracy: { value: 'exactly', limiters: [...',.:;()“”"\'’!?-–/'] },
      // Not in citation markers or navigation; inside glossary entries, though they are kept
      // out of the glossary page's own index record.
      exclude: [
        '.cite',
        '.cite *',
        'nav',
        'nav *',
        '[data-pagefind-ignore]:not([data-search-record])',
        '[data-pagefind-ignore]:not([data-search-record]) *',
      ],
    },
  });
}
