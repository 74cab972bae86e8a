/**
 * A claim that rests on a vendor document, a paper or a reference shows that source's own
 * words: how citations name a passage, where its words are, and the build's check that every
 * such citation names one that exists.
 */
import { describe, expect, test } from 'vitest';
import {
  citedSources,
  parseCitation,
  quotesCited,
} from '../../../src/lib/guide/build/mdx-references';
import { quoteAnchor, splitLocator } from '../../../src/lib/guide/quotes';
import { checkQuotes, type QuoteContent } from '../../../src/lib/content/build/quotes';
import { quoteCitations } from '../../../src/lib/guide/citations';

describe('a citation names its source and, optionally, the passage', () => {
  test('“source#quote” splits into both; a bare id has no passage', () => {
    expect(parseCitation('openai-accuracy#bleu-table')).toEqual({
      id: 'openai-accuracy',
      quote: 'bleu-table',
    });
    expect(parseCitation('anddata')).toEqual({ id: 'anddata' });
  });

  test('a page lists, for each source, the passages it cites in the order it first cites them', () => {
    const mdx = [
      'One <Cite ids="a#two b" />.',
      'Two <Cite ids="a#one a#two" />.',
      'Three <Cite ids="b" />.',
    ].join('\n');
    expect(citedSources(mdx).map((c) => [c.id, c.quote, c.line])).toEqual([
      ['a', 'two', 1],
      ['b', undefined, 1],
      ['a', 'one', 2],
      ['a', 'two', 2],
      ['b', undefined, 3],
    ]);
    expect(quotesCited(mdx)).toEqual(
      new Map([
        ['a', ['two', 'one']],
        ['b', []],
      ]),
    );
  });

  test('a passage has one anchor per source, so two sources may use the same quote id', () => {
    expect(quoteAnchor('a', 'x')).not.toBe(quoteAnchor('b', 'x'));
    expect(quoteAnchor('a-b', 'c')).not.toBe(quoteAnchor('a', 'b-c'));
  });
});

describe('where the words are', () => {
  test('an address with a section heading gives both, without quotation marks', () => {
    expect(splitLocator('https://x.test/p#a — "Model pricing"')).toEqual({
      url: 'https://x.test/p#a',
      place: 'Model pricing',
    });
  });
  test('an address alone, or a place alone, gives just that', () => {
    expect(splitLocator('https://x.test/p')).toEqual({ url: 'https://x.test/p' });
    expect(splitLocator('“Dataset size considerations”')).toEqual({
      place: 'Dataset size considerations',
    });
  });
  test('a heading that itself contains a dash stays whole', () => {
    expect(splitLocator('https://x.test — "A — B"').place).toBe('A — B');
  });
});

const entry = <T>(id: string, data: T, body?: string) => ({ id, data, body });

function content(body: string, extra: Partial<QuoteContent> = {}): QuoteContent {
  return {
    guide: [{ ...entry('page', {}, body), filePath: 'content/guide/page.mdx' }],
    sources: [
      entry('vendor-doc', { kind: 'vendor' as const }),
      entry('a-paper', { kind: 'paper' as const }),
      entry('article', { kind: 'article' as const }),
    ],
    quotes: [entry('vendor-doc', { quotes: [{ id: 'says-so' }] })],
    ...extra,
  };
}

describe('the build rejects a claim that does not show its source’s words', () => {
  test('a vendor citation naming an existing passage passes', () => {
    expect(checkQuotes(content('Claim <Cite ids="vendor-doc#says-so" />.'))).toEqual([]);
  });

  test('an article may be cited without a passage', () => {
    expect(checkQuotes(content('Claim <Cite ids="article" />.'))).toEqual([]);
  });

  test.each([
    ['vendor-doc', 'a vendor document'],
    ['a-paper', 'a paper'],
  ])('citing %s without a passage names the file, the line and what to write', (id, kind) => {
    const [problem, ...rest] = checkQuotes(content(`\nClaim <Cite ids="${id}" />.`));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/guide/page.mdx', field: 'line 2' });
    expect(problem?.message).toContain(`(${kind})`);
    expect(problem?.message).toContain(`"${id}#<quote id>"`);
  });

  test('a passage the source’s file does not have is named', () => {
    const [problem] = checkQuotes(content('Claim <Cite ids="vendor-doc#invented" />.'));
    expect(problem?.message).toBe(
      '<Cite> names quote "invented" of "vendor-doc", which content/quotes/vendor-doc.yaml does not have',
    );
  });

  test('a quotes file for a source the site does not list is named', () => {
    const problems = checkQuotes(
      content('', { quotes: [entry('nobody', { quotes: [{ id: 'x' }] })] }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/quotes/nobody.yaml', field: 'file name' }),
    ]);
  });

  test('a fact must quote each of its sources, and only its sources', () => {
    const facts = [
      entry('f', { sources: ['vendor-doc', 'a-paper'], quotes: [{ source: 'article' }] }),
    ];
    const problems = checkQuotes(content('', { facts }));
    expect(problems.map((p) => p.field)).toEqual(['f.quotes.0.source', 'f.quotes', 'f.quotes']);
  });
});

describe('which pages cite a passage', () => {
  test('each passage lists the guide pages citing it once, in page order', () => {
    const pages = [
      {
        id: 'one',
        data: { title: 'One' },
        citations: [
          { id: 's', quote: 'q' },
          { id: 's', quote: 'q' },
        ],
      },
      { id: 'two', data: { title: 'Two' }, citations: [{ id: 's', quote: 'q' }, { id: 's' }] },
    ];
    expect(
      quoteCitations(pages)
        .get('s#q')
        ?.map((p) => p.title),
    ).toEqual(['One', 'Two']);
  });
});
