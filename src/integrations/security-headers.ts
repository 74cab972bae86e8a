/**
 * After the build, trims each page's Content-Security-Policy to the hashes of its own inline
 * scripts, then appends it to dist/_headers (which starts as public/_headers), so static hosts
 * send the policy as a header too. A page without a policy fails the build: the policy must be
 * in force everywhere.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersBlock, policyFromHtml, withOwnHashesOnly } from '../lib/site/build/csp-headers';
import { builtHtmlFiles, pageUrlPath } from './built-pages';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const blocks: string[] = [];
        for (const file of builtHtmlFiles(root)) {
          const html = withOwnHashesOnly(readFileSync(join(root, file), 'utf8'));
          writeFileSync(join(root, file), html);
          const policy = policyFromHtml(html);
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
