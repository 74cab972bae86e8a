import { describe, expect, test } from 'vitest';
import { splitRecords } from '../../../src/integrations/pagefind';

const page = (body: string) => `<!doctype html><html lang="en"><head>
  <meta name="pagefind-type" data-pagefind-filter="type[content]" content="glossary">
  <meta name="description" content="not copied">
</head><body><main><div data-pagefind-body>${body}</div></main></body></html>`;

describe('entries indexed as search results of their own', () => {
  const [lora, ...rest] = splitRecords(
    page(`<h1>Glossary</h1>
      <section data-search-record data-pagefind-ignore="all"><h2 id="lora">LoRA &amp; friends</h2>
        <p>Small matrices <a id="x" href="#y">beside</a> the model.</p>
        <p data-search-aliases="low-rank adaptation, &quot;LoRA&quot;">Also called …</p></section>
      <section id="rag" data-search-record><h3>RAG</h3><p>Retrieval.</p></section>`),
    '/glossary/',
  );

  test('one record per marked element, at the page URL with its anchor', () => {
    expect([lora?.url, ...rest.map((r) => r.url)]).toEqual(['/glossary/#lora', '/glossary/#rag']);
  });

  test('a record keeps the page’s filters, names its term and aliases, and drops ids', () => {
    const html = lora?.content ?? '';
    expect(html).toContain('data-pagefind-filter="type[content]" content="glossary"');
    expect(html).not.toContain('not copied');
    expect(html).toContain(
      '<meta data-pagefind-meta="term[content]" content="LoRA &amp; friends">',
    );
    expect(html).toContain(
      '<meta data-pagefind-meta="aliases[content]" content="low-rank adaptation, &quot;LoRA&quot;">',
    );
    expect(html).toContain('<div data-pagefind-body>');
    expect(html).toContain('Small matrices');
    expect(html).not.toMatch(/\sid=/);
    // The page's own record leaves the element out; the record itself must not.
    expect(html).not.toContain('data-pagefind-ignore="all"');
  });

  test('a record without a heading is a build error naming the page', () => {
    expect(() =>
      splitRecords(
        page('<section id="x" data-search-record><p>No heading</p></section>'),
        '/glossary/',
      ),
    ).toThrow(/\/glossary\/: an element with data-search-record needs an id and a heading/);
  });
});
