/**
 * Builds the Pagefind search index as the last step of every production build, through
 * Pagefind's Node API, so `astro build` alone leaves a searchable site in dist/. Any indexing
 * error, or an index with no pages, fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (what: string, errors: readonly string[]) => {
          throw new Error(`Pagefind could not ${what}:\n  ${errors.join('\n  ')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index || errors.length) return fail('start', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) return fail('index the site', added.errors);
          if (added.page_count === 0) return fail('index the site', ['no page has data-pagefind-body']);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) return fail('write the index', written.errors);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
