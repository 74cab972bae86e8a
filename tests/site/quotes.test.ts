/**
 * A reader sees the words a claim rests on, checked on the built pages: every citation of a
 * vendor document, paper or reference on a guide page leads to a passage in the page's reference
 * list that quotes the source and says where the words are and when they were read; every
 * quoted source has a page listing its passages; /sources/ leads to it. Generic over the content
 * present, so a new page or quote is covered as soon as it is written.
 */
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distFiles, parseHtml, readDist } from '../support/dist';

const kinds = new Map(
  (parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; kind: string }[]).map(
    (s) => [s.id, s.kind],
  ),
);
const guidePages = distFiles('.html').filter((f) => /^guide\/[^/]+\/index\.html$/.test(f));

describe.each(guidePages)('%s', (file) => {
  const doc = parseHtml(readDist(file));
  const links = doc.querySelectorAll('sup.cite a');

  test('every citation of a vendor document, paper or reference links to the passage it rests on', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1));
      const source = id.replace(/^ref-/, '').split('--')[0] ?? '';
      if (kinds.get(source) !== 'article') expect(id, `a citation of ${source}`).toContain('--');
      expect(doc.getElementById(id), `#${id} is on the page`).not.toBeNull();
    }
  });

  test('each passage quotes the source and says where and when it was read', () => {
    for (const item of doc.querySelectorAll('.ref-quotes > li')) {
      expect(item.querySelector('q')?.text.trim().length).toBeGreaterThan(9);
      expect(item.text.replace(/\s+/g, ' ')).toMatch(/read \d{1,2} [A-Z][a-z]+ \d{4}/);
    }
  });
});

describe('every quoted source has a page of its words', () => {
  const index = parseHtml(readDist('sources/index.html'));
  const pages = index
    .querySelectorAll('a[href^="/sources/"]')
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => /^\/sources\/[a-z0-9-]+\/$/.test(href));

  test('/sources/ links to the page of each quoted source', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages)('%s lists passages, each with its own anchor, words and place', (href) => {
    const doc = parseHtml(readDist(`${href.slice(1)}index.html`));
    const passages = doc.querySelectorAll('li[id] > q');
    const facts = doc.querySelectorAll('#facts');
    expect(passages.length + facts.length).toBeGreaterThan(0);
    for (const q of passages) expect(q.text.trim().length).toBeGreaterThan(9);
  });
});
