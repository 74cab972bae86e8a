/**
 * Site search with Pagefind.
 *
 * Build: as the last step of every production build, indexes dist/ through Pagefind's Node
 * API, so `astro build` alone leaves a searchable site. Any indexing error, or an index with no
 * pages, fails the build. Only pages with `data-pagefind-body` (BaseLayout adds it when a page
 * has a `pageType`) are indexed, and inside them the citation markers and reference lists are
 * left out: they repeat the same source titles on every page and would pull every page into
 * every search.
 *
 * Records: an element marked `data-search-record` (with a heading, and an `id` on itself or on
 * that heading) is also indexed
 * as a search result of its own at `<page URL>#<id>`. The glossary uses it so that a term's
 * own short entry, not the long glossary page, ranks first for that term and opens at its
 * anchor. Such elements also carry `data-pagefind-ignore="all"` so they are not counted twice.
 * The record's heading becomes its `term` metadata and `data-search-aliases="a, b"` inside it
 * its `aliases`: fields that rank a little below a page title (see SEARCH_OPTIONS).

 *
 * Index files: the list of index and filter files Pagefind loads as they are needed, written
 * beside them (INDEX_FILES_URL), so that search can check them when a search finds nothing:
 * Pagefind itself reports a file that failed to load as a word no page has.
 *
 * Dev: `astro dev` has no index of its own; it serves the one from the last production build
 * (dist/pagefind/) at /pagefind/, and says what to run when there is none.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtHtmlFiles, pageUrlPath } from './built-pages';
import { INDEX_FILES_URL } from '../lib/search/search';

/** Inside indexed pages, what is not page content. */
const EXCLUDE_SELECTORS = ['.cite', '.references'];

export const NO_INDEX_HINT =
  'Run `npm run build` once; the dev server then serves its search index.';

export default function pagefindSearch(): AstroIntegration {
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'dev') return;
        const bundle = join(fileURLToPath(config.outDir), 'pagefind');
        if (!existsSync(join(bundle, 'pagefind.js')))
          logger.warn(`no search index in ${bundle}. ${NO_INDEX_HINT}`);
        updateConfig({ vite: { plugins: [serveIndex(bundle)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (what: string, errors: readonly string[]) => {
          throw new Error(`Pagefind could not ${what}:\n  ${errors.join('\n  ')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'en',
            excludeSelectors: EXCLUDE_SELECTORS,
          });
          if (!index || errors.length) return fail('start', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) return fail('index the site', added.errors);
          if (added.page_count === 0)
            return fail('index the site', ['no page has data-pagefind-body']);
          let records = 0;
          for (const file of builtHtmlFiles(site)) {
            const html = readFileSync(join(site, file), 'utf8');
            if (!html.includes('data-search-record')) continue;
            for (const record of splitRecords(html, pageUrlPath(file))) {
              const result = await index.addHTMLFile(record);
              if (result.errors.length) return fail(`index ${record.url}`, result.errors);
              records++;
            }
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) return fail('write the index', written.errors);
          writeIndexFiles(written.outputPath);
          logger.info(
            `indexed ${added.page_count} pages and ${records} entries into ${written.outputPath}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Lists the index's chunk files (`index/…`, `filter/…`) in the bundle directory. */
function writeIndexFiles(bundle: string): void {
  const files = ['index', 'filter'].flatMap((dir) =>
    (existsSync(join(bundle, dir)) ? readdirSync(join(bundle, dir)) : [])
      .sort()
      .map((name) => `${dir}/${name}`),
  );
  const name = INDEX_FILES_URL.slice(INDEX_FILES_URL.lastIndexOf('/') + 1);
  writeFileSync(join(bundle, name), JSON.stringify({ files }));
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `data-search-record` elements of a page as HTML documents of their own: the page's search
 * filters, the element's heading as `term`, its `data-search-aliases` as `aliases`, and its
 * content without ids (the record's URL already points at the element).
 */
export function splitRecords(html: string, url: string): { url: string; content: string }[] {
  const root = parse(html);
  const head = root
    .querySelectorAll('head [data-pagefind-filter]')
    .map((el) => el.outerHTML)
    .join('');
  return root.querySelectorAll('[data-search-record]').map((el) => {
    const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
    const id = el.getAttribute('id') ?? heading?.getAttribute('id');
    if (!id || !heading)
      throw new Error(`${url}: an element with data-search-record needs an id and a heading`);
    const aliases = el.querySelector('[data-search-aliases]')?.getAttribute('data-search-aliases');
    const body = parse(el.innerHTML);
    body.querySelectorAll('[id]').forEach((node: HTMLElement) => node.removeAttribute('id'));
    const meta = [
      `<meta data-pagefind-meta="term[content]" content="${escapeAttr(heading.textContent.trim())}">`,
      aliases
        ? `<meta data-pagefind-meta="aliases[content]" content="${escapeAttr(aliases)}">`
        : '',
    ].join('');
    return {
      url: `${url}#${id}`,
      content: `<!doctype html><html lang="en"><head>${head}${meta}</head><body><div data-pagefind-body>${body.toString()}</div></body></html>`,
    };
  });
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves the last production build's Pagefind bundle under /pagefind/ on the dev server. */
function serveIndex(bundle: string): Plugin {
  return {
    name: 'pagefind-search:dev-index',
    configureServer(server) {
      server.middlewares.use('/pagefind/', (req, res) => {
        const path = normalize(
          join(bundle, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')),
        );
        if (!path.startsWith(bundle + sep) || !existsSync(path) || !statSync(path).isFile()) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(
            `${req.originalUrl ?? req.url} is not in the search index of the last build. ${NO_INDEX_HINT}`,
          );
          return;
        }
        const ext = path.slice(path.lastIndexOf('.'));
        res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(path));
      });
    },
  };
}
