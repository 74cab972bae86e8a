/**
 * The guide holds together as a guide, checked on the built pages: every page in content/guide
 * is published and reachable in reading order; every citation marker leads to the page's
 * reference list and on to an entry on /sources/; every glossary link lands on a term; every
 * section cites a source; each page opens with a summary, closes with key takeaways, shows its
 * reading time and review date, and carries its search filters. The checks are generic over the
 * pages present, so a new guide page is covered as soon as it is written.
 */
import { readdirSync } from 'node:fs';
import { NodeType } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parseHtml, readDist, distFiles } from '../support/dist';
import { APPROACH_IDS } from '../../src/lib/site/approaches';
import { SITE_TODAY } from '../../src/data/today';

type Doc = ReturnType<typeof parseHtml>;
type El = NonNullable<ReturnType<Doc['querySelector']>>;

/**
 * The guide's pages in the order a newcomer reads them. A page that goes missing, is renamed or
 * gets the wrong `order` breaks the guide's sequence, so the order is stated here, not derived.
 */
const READING_ORDER = [
  'overview',
  'prompt-engineering',
  'fine-tuning',
  'where-to-tune',
  'key-differences',
  'when-to-choose',
  'hybrid',
  'use-cases',
  'cost-and-time',
  'data',
  'beyond',
];

/** Slugs of the guide pages as written: one per content/guide/*.mdx. */
const written = readdirSync('content/guide')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''))
  .sort();

const pageCache = new Map<string, Doc>();
function page(path: string): Doc {
  const file = `${path.replace(/^\//, '')}index.html`;
  let doc = pageCache.get(file);
  if (!doc) {
    doc = parseHtml(readDist(file));
    pageCache.set(file, doc);
  }
  return doc;
}

/** Guide pages in the order the guide index lists them, with the part number each shows. */
function readingOrder(): { slug: string; part: number }[] {
  const links = page('/guide/').querySelectorAll('main ol a[href^="/guide/"]');
  return links.map((a) => {
    const slug = (a.getAttribute('href') ?? '').replace(/^\/guide\/|\/$/g, '');
    const label = page(`/guide/${slug}/`).querySelector('main header')?.text ?? '';
    const part = Number(/Part (\d+)/.exec(label)?.[1] ?? NaN);
    return { slug, part };
  });
}

const elements = (node: El) =>
  node.childNodes.filter((n): n is El => n.nodeType === NodeType.ELEMENT_NODE);

/** The page body (the rendered MDX), split into the text before the first `##` and each `##` section. */
function sections(doc: Doc) {
  const body = doc.querySelector('main .prose');
  if (!body) throw new Error('no .prose body');
  const intro: El[] = [];
  const parts: { heading: string; id: string; nodes: El[] }[] = [];
  for (const el of elements(body)) {
    if (el.tagName === 'H2') parts.push({ heading: el.text.trim(), id: el.id, nodes: [] });
    else if (parts.length === 0) intro.push(el);
    else parts.at(-1)?.nodes.push(el);
  }
  return { body, intro, parts };
}

/** Ids of the terms on /glossary/: each term is a section headed by its anchor. */
function glossaryTerms(): string[] {
  return page('/glossary/')
    .querySelectorAll('main section[aria-labelledby] > h2[id]')
    .filter(
      (h2) => h2.parentNode?.getAttribute('aria-labelledby') === h2.id && h2.id !== 'references',
    )
    .map((h2) => h2.id);
}

/**
 * Sections that make no factual claim and so cite nothing, each with the reason. Keep this list
 * short: a section that states a fact about the approaches must cite its source.
 */
const NO_CLAIMS: Record<string, string> = {
  'overview#how-to-use-this-site': 'directions for using the site itself',
};

const hasCitation = (nodes: El[]) => nodes.some((n) => n.querySelector('sup.cite a') !== null);

describe('the guide is published in reading order', () => {
  test('the guide index lists the parts in reading order, from the overview to beyond the two', () => {
    expect(readingOrder().map((p) => p.slug)).toEqual(READING_ORDER);
  });

  test('each page shows its place in the reading order as its part number', () => {
    expect(readingOrder().map((p) => `${p.part} ${p.slug}`)).toEqual(
      READING_ORDER.map((slug, i) => `${i + 1} ${slug}`),
    );
  });

  test('every page written in content/guide is listed once on the guide index', () => {
    expect(
      readingOrder()
        .map((p) => p.slug)
        .sort(),
    ).toEqual(written);
  });

  test('the index lists the pages by their part number, and no two pages share one', () => {
    const parts = readingOrder().map((p) => p.part);
    expect(parts.every(Number.isInteger), `part numbers: ${parts.join(', ')}`).toBe(true);
    expect(parts).toEqual([...new Set(parts)].sort((a, b) => a - b));
  });

  test.each(written)('%s links to the previous and next page in reading order', (slug) => {
    const order = readingOrder().map((p) => p.slug);
    const i = order.indexOf(slug);
    const nav = page(`/guide/${slug}/`).querySelector('nav[aria-label="Guide pages"]');
    expect(nav, 'previous/next navigation').not.toBeNull();
    const href = (rel: string) =>
      nav?.querySelector(`a[rel="${rel}"]`)?.getAttribute('href') ?? null;
    expect(href('prev')).toBe(i > 0 ? `/guide/${order[i - 1]}/` : null);
    expect(href('next')).toBe(i < order.length - 1 ? `/guide/${order[i + 1]}/` : null);
  });
});

describe('every guide page is cited and linked correctly', () => {
  const sourceIds = new Set(
    page('/sources/')
      .querySelectorAll('main li[id]')
      .map((el) => el.id),
  );
  const glossaryIds = new Set(glossaryTerms());

  test.each(written)(
    '%s: each citation number leads to its reference, and each reference to /sources/',
    (slug) => {
      const doc = page(`/guide/${slug}/`);
      const items = doc.querySelectorAll('section.references ol > li');
      expect(items.length, 'reference list').toBeGreaterThan(0);
      const markers = doc.querySelectorAll('main .prose sup.cite a');
      expect(markers.length, 'citation markers').toBeGreaterThan(0);

      const problems: string[] = [];
      const cited = new Set<string>();
      for (const marker of markers) {
        // A marker leads to its source's reference, or to a passage quoted inside it.
        const target = (marker.getAttribute('href') ?? '').replace(/^#/, '');
        const index = items.findIndex(
          (li) => li.id === target || li.querySelector(`[id="${target}"]`) !== null,
        );
        const number = marker.text.replace('source', '').trim();
        if (index < 0) problems.push(`marker ${number} → #${target}: no such reference`);
        else if (number !== String(index + 1))
          problems.push(`marker ${number} → #${target}, which is reference ${index + 1}`);
        if (index >= 0) cited.add(items[index]?.id ?? '');
      }
      for (const li of items) {
        const href = li.querySelector('a')?.getAttribute('href') ?? '';
        const id = href.replace('/sources/#', '');
        if (!href.startsWith('/sources/#') || !sourceIds.has(id))
          problems.push(`${li.id} links to ${href}, not an entry on /sources/`);
        if (`ref-${id}` !== li.id) problems.push(`${li.id} links to the entry for ${id}`);
        if (!cited.has(li.id)) problems.push(`${li.id} is listed but never cited`);
      }
      expect(problems).toEqual([]);
    },
  );

  test.each(written)('%s: every glossary link lands on a term on /glossary/', (slug) => {
    const links = page(`/guide/${slug}/`).querySelectorAll('main a[href^="/glossary/#"]');
    const broken = links
      .map((a) => (a.getAttribute('href') ?? '').replace('/glossary/#', ''))
      .filter((id) => !glossaryIds.has(id));
    expect(broken).toEqual([]);
  });

  test.each(written)('%s: every section cites at least one source', (slug) => {
    const { parts } = sections(page(`/guide/${slug}/`));
    expect(parts.length, 'sections').toBeGreaterThan(0);
    const uncited = parts
      .filter((part) => !hasCitation(part.nodes) && !NO_CLAIMS[`${slug}#${part.id}`])
      .map((part) => part.heading);
    expect(uncited).toEqual([]);
  });

  test('every section excused from citing still exists, so the exceptions cannot go stale', () => {
    const missing = Object.keys(NO_CLAIMS).filter((key) => {
      const [slug = '', id = ''] = key.split('#');
      return (
        !written.includes(slug) ||
        !sections(page(`/guide/${slug}/`)).parts.some((part) => part.id === id)
      );
    });
    expect(missing).toEqual([]);
  });
});

describe('every guide page is easy to scan', () => {
  test.each(written)('%s opens with a cited summary paragraph before the first section', (slug) => {
    const { intro } = sections(page(`/guide/${slug}/`));
    const first = intro[0];
    expect(first?.tagName, 'first element of the body').toBe('P');
    const words = (first?.text ?? '').split(/\s+/).filter(Boolean).length;
    expect(words, 'summary length in words').toBeGreaterThanOrEqual(30);
    expect(hasCitation(intro), 'summary cites its sources').toBe(true);
  });

  test.each(written)('%s closes with a key-takeaways box', (slug) => {
    const { body } = sections(page(`/guide/${slug}/`));
    const last = elements(body).at(-1);
    expect(last?.classList.contains('takeaways'), 'the last block of the body').toBe(true);
    expect(last?.querySelector('h2')?.text.trim()).toBe('Key takeaways');
    expect(last?.querySelectorAll('li').length ?? 0, 'takeaways').toBeGreaterThanOrEqual(2);
  });

  test.each(written)('%s shows its reading time and the date it was last reviewed', (slug) => {
    const header = page(`/guide/${slug}/`).querySelector('main header');
    expect(header?.text).toMatch(/\b\d+ min read\b/);
    expect(header?.text).toMatch(/Last reviewed/);
    const datetime = header?.querySelector('time')?.getAttribute('datetime') ?? '';
    expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(datetime)), datetime).toBe(false);
    expect(
      datetime <= SITE_TODAY.toISOString().slice(0, 10),
      'reviewed date is not after the day the site is built for',
    ).toBe(true);
  });

  test.each(written)('%s carries the search filters for page type and approaches', (slug) => {
    const doc = page(`/guide/${slug}/`);
    const type = doc
      .querySelectorAll('meta[data-pagefind-filter="type[content]"]')
      .map((m) => m.getAttribute('content'));
    expect(type).toEqual(['guide']);
    const approaches = doc
      .querySelectorAll('meta[data-pagefind-filter="approach[content]"]')
      .map((m) => m.getAttribute('content') ?? '');
    expect(approaches.length, 'approach filters').toBeGreaterThan(0);
    expect(approaches.filter((id) => !(APPROACH_IDS as readonly string[]).includes(id))).toEqual(
      [],
    );
    expect(new Set(approaches).size).toBe(approaches.length);
    expect(doc.querySelector('[data-pagefind-body] .prose'), 'the body is indexed').not.toBeNull();
  });
});

describe('the glossary serves the guide', () => {
  test('every glossary term is linked from at least one guide page or criterion page', () => {
    const pages = distFiles('.html').filter((f) =>
      /^(guide|criteria)\/[^/]+\/index\.html$/.test(f),
    );
    const linked = new Set(
      pages.flatMap((file) =>
        parseHtml(readDist(file))
          .querySelectorAll('main a[href^="/glossary/#"]')
          .map((a) => (a.getAttribute('href') ?? '').replace('/glossary/#', '')),
      ),
    );
    const terms = glossaryTerms();
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.filter((id) => !linked.has(id))).toEqual([]);
  });
});
