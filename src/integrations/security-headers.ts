/**
 * After the build, appends each page's Content-Security-Policy to dist/_headers (which starts
 * as public/_headers), so static hosts send the policy as a header too. A page without a
 * policy fails the build: the policy must be in force everywhere.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersBlock, policyFromHtml } from '../lib/site/build/csp-headers';
import { builtHtmlFiles, pageUrlPath } from './built-pages';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const blocks: string[] = [];
        for (const file of builtHtmlFiles(root)) {
          const policy = policyFromHtml(readFileSync(join(root, file), 'utf8'));
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          blocks.push(headersBlock(pageUrlPath(file), policy));
        }
        appendFileSync(
          join(root, '_headers'),
          `\n# Per-page Content-Security-Policy\n${blocks.join('\n')}`,
        );
        logger.info(`wrote the Content-Security-Policy of ${blocks.length} pages to _headers`);
      },
    },
  };
}
