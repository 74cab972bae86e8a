/**
 * Checks the links between built pages: every internal href/src must name a file of the build,
 * and every #fragment an element id on the target page. Pure: the caller supplies the pages.
 */
import { parseHtml } from './html';

export interface BuiltPage {
  /** URL path the page is served at, such as `/guide/overview/`. */
  path: string;
  html: string;
}

export interface BrokenLink {
  /** The page the link is on. */
  page: string;
  /** The link as written. */
  link: string;
  reason: string;
}

/** Ids of all elements on a page (fragment targets). */
export function idsOf(html: string): Set<string> {
  return new Set(
    parseHtml(html)
      .querySelectorAll('[id]')
      .map((el) => el.id),
  );
}

/** Internal links on a page, as written (external, mailto:, data: and the like left out). */
export function linksOf(html: string, origin: string): string[] {
  // Links inside JSON data or scripts are not navigations: the parser keeps those as text.
  return parseHtml(html)
    .querySelectorAll('[href], [src], [poster]')
    .flatMap((el) => ['href', 'src', 'poster'].map((name) => el.getAttribute(name) ?? ''))
    .filter(
      (link) => link !== '' && (!/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith(origin)),
    );
}

/**
 * Every broken internal link among `pages`. `fileExists` answers whether a non-page file
 * (stylesheet, image, script, XML) exists at a URL path.
 */
export function findBrokenLinks(
  pages: readonly BuiltPage[],
  origin: string,
  fileExists: (path: string) => boolean,
): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, idsOf(p.html)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const link of linksOf(page.html, origin)) {
      const url = new URL(link, origin + page.path);
      if (url.origin !== new URL(origin).origin) continue;
      const path = decodeURIComponent(url.pathname);
      const ids = byPath.get(path) ?? byPath.get(`${path}/`);
      if (!ids && !fileExists(path)) {
        broken.push({ page: page.path, link, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && ids && !ids.has(fragment)) {
        broken.push({
          page: page.path,
          link,
          reason: `no element with id "${fragment}" on ${path}`,
        });
      }
    }
  }
  return broken;
}

export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return `The build has ${broken.length} broken link${broken.length === 1 ? '' : 's'}:\n${broken
    .map((b) => `  ${b.page} → ${b.link} (${b.reason})`)
    .join('\n')}`;
}
