/**
 * Search over the built index: the site's own search (as the dialog and /search/ run it) puts
 * the page a reader is looking for first, and Pagefind's index holds only page content.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, htmlPages, parseHtml, readDist, urlPath } from '../support/dist';
import { found, ranked, search, type IndexedPage } from '../support/pagefind';
import { PAGE_TYPES } from '../../src/lib/search/search';

/** What readers type, and the page that must be the first result. */
const CRITERIA: [string, string][] = [
  ['cost', '/criteria/cost/'],
  ['budget', '/criteria/cost/'],
  ['expertise', '/criteria/expertise/'],
  ['skills', '/criteria/expertise/'],
  ['flexibility', '/criteria/flexibility/'],
  ['agility', '/criteria/flexibility/'],
  ['deployment time', '/criteria/deployment-time/'],
  ['time to market', '/criteria/deployment-time/'],
  ['scalability', '/criteria/scalability/'],
  ['growth', '/criteria/scalability/'],
  ['performance', '/criteria/performance/'],
  ['accuracy', '/criteria/performance/'],
  ['data requirements', '/criteria/data-requirements/'],
  ['data', '/criteria/data-requirements/'],
  ['dataset', '/criteria/data-requirements/'],
  ['customization', '/criteria/customization/'],
  ['tailoring', '/criteria/customization/'],
  ['maintenance', '/criteria/maintenance/'],
  ['retraining', '/criteria/maintenance/'],
  ['consistency', '/criteria/consistency/'],
  ['reliability', '/criteria/consistency/'],
  ['latency', '/criteria/latency/'],
  ['delay', '/criteria/latency/'],
  ['generalization', '/criteria/generalization/'],
  ['robustness', '/criteria/generalization/'],
  ['privacy', '/criteria/privacy/'],
  ['data protection', '/criteria/privacy/'],
];

const GLOSSARY: [string, string][] = [
  ['LoRA', '/glossary/#lora'],
  ['low-rank adaptation', '/glossary/#lora'],
  ['PEFT', '/glossary/#peft'],
  ['RAG', '/glossary/#rag'],
  ['retrieval augmented generation', '/glossary/#rag'],
  ['catastrophic forgetting', '/glossary/#catastrophic-forgetting'],
  ['overfitting', '/glossary/#overfitting'],
  ['few-shot', '/glossary/#few-shot'],
  ['zero-shot prompting', '/glossary/#zero-shot'],
  ['token', '/glossary/#token'],
  ['context window', '/glossary/#context-window'],
  ['distillation', '/glossary/#distillation'],
  ['evaluation set', '/glossary/#evaluation-set'],
  ['evals', '/glossary/#evaluation-set'],
  ['baseline', '/glossary/#baseline'],
  ['foundation model', '/glossary/#pre-trained-model'],
  ['inference', '/glossary/#inference'],
  ['training data', '/glossary/#training-data'],
];

const QUESTIONS: [string, string][] = [
  ['how many examples do I need', '/guide/data/'],
  ['is fine tuning expensive', '/criteria/cost/'],
  ['how long does fine tuning take', '/guide/cost-and-time/'],
  ['how much will it cost', '/cost/'],
  ['how much does it cost', '/cost/'],
  ['calculator', '/cost/'],
  ['break-even', '/cost/'],
  ['where can I fine-tune', '/offers/'],
  ['what changed', '/changes/'],
  ['combine both', '/guide/hybrid/'],
  ['glossary', '/glossary/'],
  ['sources', '/sources/'],
];

const built = (url: string) => existsSync(join(DIST, url.split('#')[0] ?? '', 'index.html'));

/** Every expected page must exist in the build: a renamed page fails here, not silently. */
function rows(table: [string, string][]) {
  for (const [query, url] of table) {
    if (!built(url)) throw new Error(`“${query}” expects ${url}, which the build does not contain`);
  }
  return table;
}

describe('the page a reader is looking for is the first result', () => {
  describe('a criterion, by name or by a synonym', () => {
    test.each(rows(CRITERIA))('“%s” → %s', async (query, url) => {
      expect((await found(query))[0]).toBe(url);
    });
  });

  describe('a glossary term, at its entry', () => {
    test.each(rows(GLOSSARY))('“%s” → %s', async (query, url) => {
      expect((await found(query))[0]).toBe(url);
    });
  });

  describe('a question or a page name', () => {
    test.each(rows(QUESTIONS))('“%s” → %s', async (query, url) => {
      expect((await found(query))[0]).toBe(url);
    });
  });
});

const doc = (url: string) => parseHtml(readDist(`${url.slice(1)}index.html`));
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Titles of the indexed pages (their h1), by URL. */
const pageTitles = new Map(
  htmlPages()
    .map((file) => parseHtml(readDist(file)))
    .filter((page) => page.querySelector('[data-pagefind-body]'))
    .map((page) => [
      new URL(page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').pathname,
      text(page.querySelector('h1')?.text),
    ]),
);

describe('every criterion and every glossary term, from the built pages', () => {
  const criteria = [...pageTitles].filter(([url]) => /^\/criteria\/[^/]+\/$/.test(url));
  test.each(criteria)('%s is first for its name, “%s”', async (url, name) => {
    expect((await found(name))[0]).toBe(url);
  });

  const terms = doc('/glossary/')
    .querySelectorAll('[data-search-record]')
    .map((entry) => {
      const heading = entry.querySelector('h2');
      return [`/glossary/#${heading?.id}`, text(heading?.text)] as const;
    });
  test('the glossary has entries to search', () => expect(terms.length).toBeGreaterThanOrEqual(10));
  // The table above holds each term's entry to first place. Across all of them the promise is
  // weaker, because a term may be the name of a page of its own ("Fine-tuning", "Latency") or
  // the start of one ("Prompt" → "Prompt engineering"), which rightly comes first; the entry
  // then follows within the first five. Otherwise the entry is in the first three.
  test.each(terms)('%s comes right after any page named for its term, “%s”', async (url, term) => {
    const results = await found(term, 5);
    const first = results[0] ?? '';
    const namedForTerm = (pageTitles.get(first.split('#')[0] ?? '') ?? '')
      .toLowerCase()
      .startsWith(term.toLowerCase().split(' (')[0] ?? term);
    if (namedForTerm && first !== url) expect(results).toContain(url);
    else expect(results.slice(0, 3)).toContain(url);
  });
});

describe('results', () => {
  test('a glossary entry opens at its anchor with the terms to highlight, and reads as a glossary entry', async () => {
    const [lora] = await search('LoRA');
    expect(lora?.url).toMatch(/^\/glossary\/\?highlight=lora#lora$/i);
    expect(lora?.meta['term']).toBe(text(doc('/glossary/').querySelector('#lora')?.text));
    expect(lora?.filters?.['type']).toEqual(['glossary']);
  });

  test('on a long page, a match under a heading links to that heading', async () => {
    const overview = doc('/guide/overview/');
    const heading = overview.querySelectorAll('[data-pagefind-body] .prose h2[id]').at(-1);
    expect(heading).toBeDefined();
    const [first] = (await search(text(heading?.text))).filter((r) =>
      r.url.startsWith('/guide/overview/'),
    );
    const anchors = (first?.sub_results ?? []).map((sub) => sub.url.split('#')[1]);
    expect(anchors).toContain(heading?.id);
  });

  test.each(PAGE_TYPES.map((t) => t.id))(
    'the “%s” filter keeps only pages of that kind',
    async (type) => {
      const found = await search(null, { filters: { type } }, 100);
      expect(found.length).toBeGreaterThan(0);
      for (const record of found) expect(record.filters?.['type']).toEqual([type]);
    },
  );

  test.each(['prompt-engineering', 'fine-tuning', 'hybrid', 'retrieval'])(
    'the “%s” filter keeps only pages covering it',
    async (approach) => {
      const found = await search('model', { filters: { approach } }, 100);
      expect(found.length).toBeGreaterThan(0);
      for (const record of found) expect(record.filters?.['approach']).toContain(approach);
    },
  );
});

describe('only page content is indexed', () => {
  let all: Promise<IndexedPage[]> | undefined;
  const everything = () => (all ??= search(null, {}, 1000));
  const path = (record: IndexedPage) => new URL(record.url, 'https://site.invalid').pathname;

  test('every page with content to find is in the index, and no other', async () => {
    const indexed = new Set((await everything()).map(path));
    for (const file of htmlPages()) {
      const searchable = Boolean(parseHtml(readDist(file)).querySelector('[data-pagefind-body]'));
      expect(indexed.has(urlPath(file)), `${urlPath(file)} in the index`).toBe(searchable);
    }
  });

  test.each(['/search/', '/404/'])('%s is left out of the index', async (url) => {
    const indexed = (await everything()).map(path);
    expect(indexed).not.toContain(url);
    // Not even by its own heading.
    const heading = text(
      parseHtml(readDist(url === '/404/' ? '404.html' : 'search/index.html')).querySelector('h1')
        ?.text,
    );
    expect((await ranked(heading, 50)).map((u) => u.split('?')[0])).not.toContain(url);
  });

  test('header, footer, citation markers and reference lists are not', async () => {
    const home = doc('/');
    const chrome = [
      text(home.querySelector('footer p')?.text),
      text(home.querySelector('a[href="#main"]')?.text),
    ];
    const references = doc('/guide/overview/')
      .querySelectorAll('.references li a')
      .map((a) => text(a.text));
    expect(references.length).toBeGreaterThan(1);
    for (const record of await everything()) {
      // The sources page lists the sources' titles as its content.
      const notContent = path(record) === '/sources/' ? chrome : [...chrome, ...references];
      for (const phrase of notContent)
        expect(record.content, `${record.url} contains “${phrase}”`).not.toContain(phrase);
      expect(record.content, `${record.url} has citation markers`).not.toMatch(/\bsource \d/);
    }
  });

  test('glossary entries are indexed once, as entries, not again inside the glossary page', async () => {
    const page = (await everything()).find((r) => r.url.split('?')[0] === '/glossary/');
    const definitions = doc('/glossary/')
      .querySelectorAll('[data-search-record] p')
      .map((p) => text(p.text).slice(0, 40));
    expect(page).toBeDefined();
    for (const definition of definitions) expect(page?.content).not.toContain(definition);
  });
});
