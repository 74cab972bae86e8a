/**
 * Fails the build when a page links to a page, file or #anchor that the build does not
 * contain, naming the page and the link. (The site tests check the same with linkinator
 * through a real HTTP server; this catches it as early as possible, for every author.)
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHtmlFiles, pageUrlPath } from './built-pages';
import {
  findBrokenLinks,
  formatBrokenLinks,
  type BuiltPage,
} from '../lib/site/build/internal-links';

function pagesIn(root: string): BuiltPage[] {
  return builtHtmlFiles(root).map((file) => ({
    path: pageUrlPath(file),
    html: readFileSync(join(root, file), 'utf8'),
  }));
}

export default function linkCheck(): AstroIntegration {
  let origin = '';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? 'http://localhost').origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = pagesIn(root);
        // The search bundle is written after this hook by the Pagefind step.
        const exists = (path: string) =>
          path.startsWith('/pagefind/') || existsSync(join(root, path));
        const broken = findBrokenLinks(pages, origin, exists);
        if (broken.length) throw new Error(formatBrokenLinks(broken));
        logger.info(`${pages.length} pages, no broken internal links or anchors`);
      },
    },
  };
}
