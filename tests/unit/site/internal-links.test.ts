import { describe, expect, test } from 'vitest';
import {
  findBrokenLinks,
  formatBrokenLinks,
  idsOf,
  linksOf,
} from '../../../src/lib/site/build/internal-links';

const ORIGIN = 'https://site.example';
const page = (path: string, body: string) => ({ path, html: `<html><body>${body}</body></html>` });
const files = new Set(['/_astro/app.css', '/favicon.svg', '/og.png']);
const exists = (path: string) => files.has(path);

describe('internal links in the build', () => {
  test('ids and links are read from markup, not from scripts or JSON', () => {
    const html = `<h2 id="a">A</h2><a href="/x/#a">x</a><img src="/og.png" alt=""><script type="application/json">{"href":"/nope/"}</script><a href="https://elsewhere.example/">e</a><a href="mailto:a@b.c">m</a>`;
    expect([...idsOf(html)]).toEqual(['a']);
    expect(linksOf(html, ORIGIN)).toEqual(['/x/#a', '/og.png']);
  });

  const site = [
    page(
      '/',
      '<a href="/guide/">Guide</a><a href="/guide/#parts">Parts</a><link rel="stylesheet" href="/_astro/app.css">',
    ),
    page('/guide/', '<h2 id="parts">Parts</h2><a href="../">Home</a><a href="#parts">here</a>'),
  ];

  test('a site whose links all resolve has none broken', () => {
    expect(findBrokenLinks(site, ORIGIN, exists)).toEqual([]);
  });

  test.each([
    [
      'a missing page',
      '<a href="/criteria/nope/">x</a>',
      '/criteria/nope/',
      'no such page or file',
    ],
    [
      'a missing image',
      '<img src="/images/gone.png" alt="">',
      '/images/gone.png',
      'no such page or file',
    ],
    [
      'a missing anchor on another page',
      '<a href="/guide/#nowhere">x</a>',
      '/guide/#nowhere',
      'no element with id "nowhere" on /guide/',
    ],
    [
      'a missing anchor on the same page',
      '<a href="#top">x</a>',
      '#top',
      'no element with id "top" on /',
    ],
    [
      'an absolute link to a missing page of the site',
      `<a href="${ORIGIN}/old/">x</a>`,
      `${ORIGIN}/old/`,
      'no such page or file',
    ],
  ])('%s is reported with the page it is on', (_, body, link, reason) => {
    const pages = [page('/', body), ...site.slice(1)];
    expect(findBrokenLinks(pages, ORIGIN, exists)).toEqual([{ page: '/', link, reason }]);
  });

  test('the build error names each page and link', () => {
    expect(formatBrokenLinks([{ page: '/a/', link: '/b/', reason: 'no such page or file' }])).toBe(
      'The build has 1 broken link:\n  /a/ → /b/ (no such page or file)',
    );
  });
});
