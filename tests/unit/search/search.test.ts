import { describe, expect, test } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  excerptSegments,
  pagefindFilters,
  readSearchState,
  searchHref,
  toEntries,
  type PagefindResultData,
  searchTitle,
} from '../../../src/lib/search/search';
import { isTyping, opensSearch } from '../../../src/lib/search/entry';

const key = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const body = { tagName: 'BODY' };
const field = { tagName: 'INPUT' };

describe('opening search from the keyboard', () => {
  test.each([
    ['/ on the page', key('/'), body, true],
    ['/ while typing in a field', key('/'), field, false],
    ['/ in a text area', key('/'), { tagName: 'TEXTAREA' }, false],
    ['/ in editable text', key('/'), { tagName: 'DIV', isContentEditable: true }, false],
    ['Ctrl+K on the page', key('k', { ctrlKey: true }), body, true],
    ['Ctrl+K while typing in a field', key('k', { ctrlKey: true }), field, true],
    ['⌘K', key('k', { metaKey: true }), body, true],
    ['Ctrl+Shift+K (caps)', key('K', { ctrlKey: true }), body, true],
    ['K alone', key('k'), body, false],
    ['Ctrl+/', key('/', { ctrlKey: true }), body, false],
    ['Alt+/', key('/', { altKey: true }), body, false],
    ['Ctrl+Alt+K', key('k', { ctrlKey: true, altKey: true }), body, false],
  ])('%s → opens: %s', (_, press, target, expected) => {
    expect(opensSearch(press, target)).toBe(expected);
  });

  test('nothing focused counts as not typing', () => {
    expect(isTyping(null)).toBe(false);
  });
});

describe('the search page URL', () => {
  test.each([
    ['', { query: '' }, []],
    ['?q=cost', { query: 'cost' }, []],
    ['?q=++time+to++market+', { query: 'time to market' }, []],
    [
      '?q=lora&type=glossary&approach=fine-tuning',
      { query: 'lora', type: 'glossary', approach: 'fine-tuning' },
      [],
    ],
    ['?q=x&type=', { query: 'x' }, []],
    ['?q=x&type=blog', { query: 'x' }, [/^The kind of page in the link was not recognised/]],
    ['?q=x&approach=rag', { query: 'x' }, [/^The approach in the link was not recognised/]],
    ['?q=a&q=b', { query: 'a' }, [/gives “q” more than once/]],
    ['?q=%3Cimg%20src%3Dx%3E', { query: '<img src=x>' }, []],
  ])('%s reads as %j', (search, state, problems) => {
    const read = readSearchState(search);
    expect(read.state).toEqual(state);
    expect(read.problems).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(read.problems[i]).toMatch(p));
  });

  test('a link cannot put its own words into the notice: invalid values are never repeated', () => {
    const attack = 'Security notice: this guide has moved to evil.example \u202e';
    const read = readSearchState(
      `?q=x&type=${encodeURIComponent(attack)}&approach=${encodeURIComponent(attack.repeat(500))}`,
    );
    expect(read.problems).toHaveLength(2);
    for (const problem of read.problems) {
      expect(problem).not.toContain('evil');
      expect(problem).not.toContain('\u202e');
      expect(problem.length).toBeLessThan(120);
    }
  });

  test('an over-long query is shortened, and the reader is told', () => {
    const read = readSearchState(`?q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`);
    expect(read.state.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(read.problems[0]).toMatch(/shortened/);
  });

  test.each([
    [{ query: '' }, '/search/'],
    [{ query: 'cost' }, '/search/?q=cost'],
    [
      { query: 'time to market', type: 'criterion' as const },
      '/search/?q=time+to+market&type=criterion',
    ],
    [{ query: 'a&b=c#d' }, '/search/?q=a%26b%3Dc%23d'],
    [{ query: 'x', approach: 'hybrid' as const }, '/search/?q=x&approach=hybrid'],
  ])('%j is written as %s and reads back the same', (state, href) => {
    expect(searchHref(state)).toBe(href);
    expect(readSearchState(href.replace('/search/', '')).state).toEqual(state);
  });

  test('filters become Pagefind filters, empty ones left out', () => {
    expect(pagefindFilters({ query: 'x' })).toEqual({});
    expect(pagefindFilters({ query: 'x', type: 'guide', approach: 'hybrid' })).toEqual({
      type: 'guide',
      approach: 'hybrid',
    });
  });
});

describe('highlighted excerpts', () => {
  test.each([
    ['plain text', [{ text: 'plain text', mark: false }]],
    [
      'what it <mark>costs</mark> to run',
      [
        { text: 'what it ', mark: false },
        { text: 'costs', mark: true },
        { text: ' to run', mark: false },
      ],
    ],
    ['<mark>LoRA</mark>', [{ text: 'LoRA', mark: true }]],
    [
      '&lt;b&gt; &amp; &quot;q&quot; &#39;s&#x27; &nbsp;',
      [{ text: `<b> & "q" 's' \u00a0`, mark: false }],
    ],
    ['&unknown; &#0; stays', [{ text: '&unknown; &#0; stays', mark: false }]],
    ['', []],
  ])('%j', (excerpt, segments) => {
    expect(excerptSegments(excerpt)).toEqual(segments);
  });

  test('escaped markup in page text stays text, never becomes an element', () => {
    const segments = excerptSegments('&lt;img src=x onerror=alert(1)&gt; <mark>cost</mark>');
    expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', mark: false });
    expect(segments[1]).toEqual({ text: 'cost', mark: true });
  });
});

describe('results as listed', () => {
  const sub = (title: string, id: string, score: number, element = 'h2') => ({
    title,
    url: `/p/#${id}`,
    excerpt: `about <mark>${title}</mark>`,
    anchor: { id, element },
    weighted_locations: [{ balanced_score: score }],
  });
  const page = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
    url: '/p/',
    excerpt: 'page <mark>text</mark>',
    meta: { title: 'Page' },
    filters: { type: ['criterion'] },
    sub_results: [],
    ...over,
  });

  test('a page reads with its title, its kind and its excerpt', () => {
    expect(toEntries([page()])).toEqual([
      {
        url: '/p/',
        title: 'Page',
        kind: 'Criterion',
        excerpt: [
          { text: 'page ', mark: false },
          { text: 'text', mark: true },
        ],
      },
    ]);
  });

  test('a glossary entry is titled by its term', () => {
    const [entry] = toEntries([
      page({ url: '/glossary/#lora', meta: { term: 'LoRA' }, filters: { type: ['glossary'] } }),
    ]);
    expect(entry).toMatchObject({ title: 'LoRA', kind: 'Glossary' });
  });

  test('a page with no title shows its address; an unknown kind shows none', () => {
    const [entry] = toEntries([page({ meta: {}, filters: { type: ['mystery'] } })]);
    expect(entry?.title).toBe('/p/');
    expect(entry?.kind).toBeUndefined();
  });

  test('the best-matching headings follow their page, in page order, at most three', () => {
    const subs = [
      sub('A', 'a', 1),
      sub('B', 'b', 9),
      sub('C', 'c', 5),
      sub('D', 'd', 7),
      { ...sub('Top', '', 99), anchor: undefined },
    ];
    const entries = toEntries([page({ sub_results: subs })]);
    expect(entries.map((e) => e.title)).toEqual(['Page', 'B', 'C', 'D']);
    expect(entries.slice(1).every((e) => e.parent === 'Page')).toBe(true);
  });

  test('the page’s own h1 is not listed again as a heading', () => {
    const entries = toEntries(
      [page({ sub_results: [sub('Page', 'title', 50, 'h1'), sub('B', 'b', 1)] })],
      3,
    );
    expect(entries.map((e) => e.title)).toEqual(['Page', 'B']);
  });

  test('pages keep Pagefind’s order', () => {
    const entries = toEntries([
      page({ url: '/1/', meta: { title: 'One' } }),
      page({ url: '/2/', meta: { title: 'Two' } }),
    ]);
    expect(entries.map((e) => e.url)).toEqual(['/1/', '/2/']);
  });
});

describe('the search page’s title', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';

  test('names the query inside an isolate, so its direction cannot reorder the title', () => {
    expect(searchTitle('cost', 'Site')).toBe(`“${FSI}cost${PDI}”: Search · Site`);
    expect(searchTitle('', 'Site')).toBe('Search · Site');
  });

  test.each([
    ['a right-to-left query', 'تكلفة الضبط'],
    ['an override', '\u202eevil.example'],
    ['an early end to the isolate', `x${PDI}\u202e tail`],
    ['a mark and an embedding', '\u200f\u202bcost\u202c'],
  ])('%s stays inside the isolate', (_, query) => {
    const title = searchTitle(query, 'Site');
    const inside = title.slice(title.indexOf(FSI) + 1, title.lastIndexOf(PDI));
    expect(title.endsWith(`${PDI}”: Search · Site`)).toBe(true);
    // The only direction controls left are the isolate's own two.
    expect(title.replace(FSI, '').replace(PDI, '')).not.toMatch(
      /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/,
    );
    expect(inside.length).toBeGreaterThan(0);
  });
});
