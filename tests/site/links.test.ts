/**
 * Every internal link and #anchor on the built site resolves. linkinator serves dist/ and
 * crawls it from the home page with fragment checking on. Links to the production origin
 * (canonical URLs, Open Graph images) are rewritten to the local copy so they are checked too;
 * other external links are not fetched (the tests run offline) but must be https.
 */
import { describe, expect, test } from 'vitest';
import { LinkChecker, type LinkResult } from 'linkinator';
import { htmlPages, urlPath } from '../support/dist';
import { freePort } from '../support/free-port';
import { SITE_URL } from '../../src/site-url';
const ORIGIN = new URL(SITE_URL).origin;
const SITE = new RegExp(`^${ORIGIN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`);

describe('links and anchors', () => {
  let results: LinkResult[] = [];
  const external = new Set<string>();

  test('linkinator finds no broken internal link or anchor', { timeout: 120_000 }, async () => {
    const PORT = await freePort();
    const result = await new LinkChecker().check({
      path: 'dist/',
      port: PORT,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      urlRewriteExpressions: [{ pattern: SITE, replacement: `http://localhost:${PORT}` }],
      linksToSkip: async (link) => {
        const local =
          link.startsWith(`http://localhost:${PORT}`) || link.startsWith('http://127.0.0.1');
        if (!local && !SITE.test(link)) external.add(link);
        return !local && !SITE.test(link);
      },
    });
    results = result.links;
    const broken = results.filter((l) => l.state === 'BROKEN');
    const report = broken
      .map((l) => `${l.url} (status ${l.status}) linked from ${l.parent}`)
      .join('\n');
    expect(report, `${broken.length} broken links`).toBe('');
    expect(results.length).toBeGreaterThan(htmlPages().length);
  });

  test('every page is reachable by following links from the home page', () => {
    const visited = new Set(
      results.map(
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

  test('external links are secure', () => {
    const insecure = [...external].filter((link) => link.startsWith('http:'));
    expect(insecure).toEqual([]);
  });
});
