/**
 * After the build, appends each page's Content-Security-Policy to dist/_headers (which starts
 * as public/_headers), so static hosts send the policy as a header too. A page without a
 * policy fails the build: the policy must be in force everywhere.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersBlock, policyFromHtml } from '../lib/csp-headers';

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path, root);
    return name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const blocks: string[] = [];
        for (const file of htmlFiles(root).sort()) {
          const policy = policyFromHtml(readFileSync(join(root, file), 'utf8'));
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          const path = file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`;
          blocks.push(headersBlock(path, policy));
        }
        appendFileSync(join(root, '_headers'), `\n# Per-page Content-Security-Policy\n${blocks.join('\n')}`);
        logger.info(`wrote the Content-Security-Policy of ${blocks.length} pages to _headers`);
      },
    },
  };
}
