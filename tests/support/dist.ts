/** Helpers for tests that read the built site in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builtHtmlFiles, pageUrlPath } from '../../src/integrations/built-pages';

export const DIST = join(process.cwd(), 'dist');

/** Every file under dist/ with the given extension, as paths relative to dist/. */
export function distFiles(ext: string, dir = DIST): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...distFiles(ext, path));
    else if (name.endsWith(ext)) out.push(relative(DIST, path).split(sep).join('/'));
  }
  return out.sort();
}

/** HTML pages of the site (the Pagefind bundle excluded): the same list the build steps use. */
export function htmlPages(): string[] {
  return existsSync(DIST) ? builtHtmlFiles(DIST) : [];
}

/** The URL path a dist file is served at: `guide/overview/index.html` → `/guide/overview/`. */
export const urlPath = pageUrlPath;

export function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** URL paths listed in the sitemap: the pages a reader can reach. */
export function sitemapPaths(): string[] {
  const xml = readDist('sitemap-0.xml');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

export { parse as parseHtml } from 'node-html-parser';
