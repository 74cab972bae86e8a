/**
 * The HTML pages of a finished build, for the build steps that read them (link check, search
 * index, security headers) and for the site tests. One walker and one file → URL rule, so
 * every step agrees on which pages exist and where they are served.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** HTML files under `root`, as sorted `/`-separated paths relative to it; the Pagefind bundle is skipped. */
export function builtHtmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory())
        return entry.name === 'pagefind' && dir === root ? [] : builtHtmlFiles(root, path);
      return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
    })
    .sort();
}

/** The URL path a built file is served at: `guide/overview/index.html` → `/guide/overview/`, `404.html` → `/404.html`. */
export function pageUrlPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
