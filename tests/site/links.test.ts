/**
 * Every internal link and #anchor on the built site resolves when served over HTTP, every page
 * can be reached from the home page, and external links are secure. linkinator crawls dist/
 * once, from the home page, with fragment checking on; each test reads that one crawl, so any
 * test can run on its own. Links to the production origin (canonical URLs, Open Graph images)
 * are rewritten to the local copy so they are checked too; other external links are not
 * fetched (the tests run offline). (The build's own link check, src/integrations/link-check.ts,
 * fails early on files it cannot find; this crawl checks what a server actually answers.)
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { htmlPages, urlPath } from '../support/dist';
import { freePort } from '../../scripts/preview.mjs';
import { SITE_URL } from '../../src/site-url';

const ORIGIN = new URL(SITE_URL).origin;
const SITE = new RegExp(`^${ORIGIN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`);

interface Crawl {
  links: LinkResult[];
  external: Set<string>;
}

async function crawl(): Promise<Crawl> {
  const port = await freePort();
  const external = new Set<string>();
  const result = await new LinkChecker().check({
    path: 'dist/',
    port,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    urlRewriteExpressions: [{ pattern: SITE, replacement: `http://localhost:${port}` }],
    linksToSkip: (link) => {
      const local =
        link.startsWith(`http://localhost:${port}`) || link.startsWith('http://127.0.0.1');
      if (!local && !SITE.test(link)) external.add(link);
      return Promise.resolve(!local && !SITE.test(link));
    },
  });
  return { links: result.links, external };
}

describe('links and anchors', () => {
  let site: Crawl;
  beforeAll(async () => {
    site = await crawl();
  }, 120_000);

  test('no internal link or #anchor is broken', () => {
    const broken = site.links.filter((l) => l.state === LinkState.BROKEN);
    const report = broken
      .map((l) => `${l.url} (status ${l.status}) linked from ${l.parent}`)
      .join('\n');
    expect(report, `${broken.length} broken links`).toBe('');
    expect(site.links.length).toBeGreaterThan(htmlPages().length);
  });

  test('every page is reachable by following links from the home page', () => {
    const visited = new Set(
      site.links.map(
        (l) =>
          `/${l.url
            .replace(/^dist\/?/, '')
            .replace(/^https?:\/\/[^/]+\//, '')
            .replace(/#.*$/, '')}`,
      ),
    );
    const unreachable = htmlPages()
      .map(urlPath)
      .filter((path) => path !== '/404.html' && !visited.has(path));
    expect(unreachable).toEqual([]);
  });

  test('external links are secure (https)', () => {
    expect(site.external.size).toBeGreaterThan(0);
    const insecure = [...site.external].filter((link) => link.startsWith('http:'));
    expect(insecure).toEqual([]);
  });
});
